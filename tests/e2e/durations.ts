/**
 * Where the browser tests' time goes, from a Playwright JSON report: the wall time, the tests' own durations summed
 * per worker slot, per spec file and project, and the slowest tests.
 *
 *   PLAYWRIGHT_JSON_OUTPUT_NAME=/tmp/pw.json npx playwright test --reporter=line,json
 *   npx tsx tests/e2e/durations.ts /tmp/pw.json [how many tests, 30]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const result = z.object({ duration: z.number(), status: z.string(), parallelIndex: z.number() });
const spec = z.object({ title: z.string(), tests: z.array(z.object({ projectName: z.string(), results: z.array(result) })) });
type Suite = { file?: string; specs?: z.infer<typeof spec>[]; suites?: Suite[] };
const suite: z.ZodType<Suite> = z.lazy(() => z.object({ file: z.string().optional(), specs: z.array(spec).optional(), suites: z.array(suite).optional() }));
const report = z.object({
  stats: z.object({ duration: z.number(), expected: z.number(), skipped: z.number(), unexpected: z.number(), flaky: z.number() }),
  suites: z.array(suite),
});

const [file, top = '30'] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx tests/e2e/durations.ts REPORT.json [TOP]');
  process.exit(2);
}
const { stats, suites } = report.parse(JSON.parse(readFileSync(file, 'utf8')));

const perFile = new Map<string, number>();
const perSlot = new Map<number, number>();
const tests: { seconds: number; name: string; status: string }[] = [];
function walk(s: Suite, inFile: string): void {
  const name = s.file ?? inFile;
  for (const { title, tests: runs } of s.specs ?? [])
    for (const { projectName, results } of runs)
      for (const r of results) {
        if (r.status === 'skipped') continue;
        const seconds = r.duration / 1000;
        const key = `${name} [${projectName}]`;
        perFile.set(key, (perFile.get(key) ?? 0) + seconds);
        perSlot.set(r.parallelIndex, (perSlot.get(r.parallelIndex) ?? 0) + seconds);
        tests.push({ seconds, name: `${key} ${title}`, status: r.status });
      }
  for (const child of s.suites ?? []) walk(child, name);
}
for (const s of suites) walk(s, '');

const row = (seconds: number, text: string) => `${seconds.toFixed(1).padStart(7)}  ${text}`;
const total = tests.reduce((sum, t) => sum + t.seconds, 0);
console.log(`wall ${(stats.duration / 1000).toFixed(1)} s; durations ${total.toFixed(1)} s; ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`);
console.log('\nper worker slot');
for (const [slot, seconds] of [...perSlot].sort((a, b) => a[0] - b[0])) console.log(row(seconds, `slot ${slot}`));
console.log('\nper spec file [project]');
for (const [key, seconds] of [...perFile].sort((a, b) => b[1] - a[1])) console.log(row(seconds, key));
console.log(`\nthe ${top} slowest tests`);
for (const t of tests.sort((a, b) => b.seconds - a.seconds).slice(0, Number(top))) console.log(row(t.seconds, t.status === 'passed' ? t.name : `${t.name} (${t.status})`));
