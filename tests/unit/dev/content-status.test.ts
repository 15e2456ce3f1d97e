import { describe, expect, it } from 'vitest';
import { INITIAL_STATUS, isContentStatus, parseProblemLines, problemPlace, statusAfter } from '@/lib/dev/content-status';

const empty = { file: 'news/empty.txt', line: 1, message: 'file is empty', fix: 'write the question on the first line and the answer below it, or delete the file' };

describe('parseProblemLines', () => {
  it('reads the problem lines of a step output, colours and all', () => {
    const output = [
      'files  5   published 4',
      '\x1b[31mnews/empty.txt:1: the file is empty — write the question on the first line\x1b[0m',
      'a b.txt:12: 相关推荐 has no items — remove the line or add items',
      'progress 100%',
    ].join('\n');
    expect(parseProblemLines(output)).toEqual([
      { file: 'news/empty.txt', line: 1, message: 'the file is empty', fix: 'write the question on the first line' },
      { file: 'a b.txt', line: 12, message: '相关推荐 has no items', fix: 'remove the line or add items' },
    ]);
  });

  it('finds nothing in a clean report', () => {
    expect(parseProblemLines('✔ 4 files, 0 problems')).toEqual([]);
  });
});

describe('statusAfter', () => {
  it('shows the content report errors, then clears them once the file is fixed', () => {
    const broken = statusAfter(INITIAL_STATUS, { kind: 'reported', errors: [empty] });
    expect(broken).toEqual({ revision: 1, ok: false, problems: [empty] });
    const fixed = statusAfter(broken, { kind: 'reported', errors: [] });
    expect(fixed).toEqual({ revision: 2, ok: true, problems: [] });
  });

  it('shows refused files while the rest of the site refreshes', () => {
    const status = statusAfter(INITIAL_STATUS, { kind: 'reported', errors: [], refused: [empty] });
    expect(status).toEqual({ revision: 1, ok: true, problems: [empty] });
  });

  it('names the synonyms file when the search index fails on it', () => {
    const error = 'content/synonyms.yaml:4: invalid YAML (BAD_INDENT) — write each group as a list, e.g. `- [医保, 医疗保险]`';
    const status = statusAfter(INITIAL_STATUS, { kind: 'reported', errors: [], searchError: error });
    expect(status.ok).toBe(false);
    expect(status.problems).toEqual([{ file: 'content/synonyms.yaml', line: 4, message: 'invalid YAML (BAD_INDENT)', fix: 'write each group as a list, e.g. `- [医保, 医疗保险]`' }]);
  });

  it('still shows a problem when a step crashed without naming a file', () => {
    const status = statusAfter({ revision: 7, ok: true, problems: [] }, { kind: 'crashed', error: "ENOENT: no such file or directory, scandir '/x/content'\n    at readdirSync" });
    expect(status.revision).toBe(8);
    expect(status.ok).toBe(false);
    expect(status.problems).toHaveLength(1);
    expect(status.problems[0]?.message).toBe("the content step stopped: ENOENT: no such file or directory, scandir '/x/content'");
    expect(problemPlace(status.problems[0] ?? empty)).toBe('content');
  });

  it('writes the place as file:line, or the file alone for line 0', () => {
    expect(problemPlace(empty)).toBe('news/empty.txt:1');
    expect(problemPlace({ ...empty, line: 0 })).toBe('news/empty.txt');
  });
});

describe('isContentStatus', () => {
  it('accepts what the dev server sends and refuses anything else', () => {
    expect(isContentStatus({ revision: 3, ok: false, problems: [{ file: 'a.txt', line: 2, message: 'm', fix: 'f' }] })).toBe(true);
    expect(isContentStatus({ revision: 3, ok: true, problems: [] })).toBe(true);
    expect(isContentStatus({ revision: '3', ok: true, problems: [] })).toBe(false);
    expect(isContentStatus({ revision: 3, ok: false, problems: [{ file: 'a.txt', line: '2', message: 'm', fix: 'f' }] })).toBe(false);
    expect(isContentStatus(null)).toBe(false);
  });
});
