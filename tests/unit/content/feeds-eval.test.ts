import { describe, expect, it } from 'vitest';
import { evaluateFeeds } from '@/lib/eval/feeds';

/**
 * Pages from sources nobody here wrote (tests/fixtures/feeds-eval): no file stops the build, every answer sentence
 * is on its page, and most of what a reader should see is right. A floor under what `npm run bench -- feeds` prints.
 */
describe.each(['tests/fixtures/feeds-eval/visible', 'tests/fixtures/feeds-eval/heldout-2026-12-07', 'tests/fixtures/feeds-eval/heldout-2026-12-07c'])('feeds in %s', (dir) => {
  const { tally, files, stoppedBy } = evaluateFeeds(dir);

  it('publish every file: none stops the build, each has its page', () => {
    expect(stoppedBy).toEqual([]);
    expect(files.filter((f) => f.failures.some((x) => x.startsWith('no page published')))).toEqual([]);
  });

  it('keep every answer sentence and every figure whole', () => {
    expect(tally.sentences.passed / tally.sentences.total).toBeGreaterThanOrEqual(0.99);
    expect(tally['figures whole'].passed).toBe(tally['figures whole'].total);
  });

  it('get most checks right: titles, topics, furniture, structure', () => {
    const checks = Object.values(tally);
    const passed = checks.reduce((n, c) => n + c.passed, 0);
    const total = checks.reduce((n, c) => n + c.total, 0);
    expect(passed / total).toBeGreaterThanOrEqual(0.8);
    expect(tally['inner questions'].passed).toBe(tally['inner questions'].total);
  });
});
