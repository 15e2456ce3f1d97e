/**
 * The content step's cost: wall time, CPU time and peak memory for the seed pages and for 10,000 generated pages.
 *
 *   npx tsx scripts/bench/content.ts [--count 10000]
 *
 * Each run is its own child process, so peak RSS is that run's alone; output goes to a temporary folder, never
 * to generated/. Goal: 10,000 files in under 20 s on the project's 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { generateCorpus } from '@/lib/dev/generate-corpus';
import { runContentStep } from '@/lib/content/run';

const GOAL_SECONDS = 20;
const measurement = z.object({ files: z.number(), full: z.number(), excerpts: z.number(), errors: z.number(), seconds: z.number(), cpuSeconds: z.number(), peakRssMb: z.number() });
type Measurement = z.infer<typeof measurement>;

function child(contentDir: string, outDir: string): void {
  const run = runContentStep(contentDir, outDir);
  const usage = process.resourceUsage();
  const result: Measurement = {
    files: run.report.files,
    full: run.report.full,
    excerpts: run.report.excerpts,
    errors: run.report.errors.length,
    seconds: run.seconds,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMb: usage.maxRSS / 1024,
  };
  console.log(JSON.stringify(result));
}

function measure(label: string, contentDir: string): Measurement {
  const out = mkdtempSync(path.join(tmpdir(), 'bench-content-out-'));
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', contentDir, out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const last = r.stdout.trim().split('\n').pop() ?? '';
    const parsed = measurement.safeParse(last.startsWith('{') ? JSON.parse(last) : undefined);
    if (r.status !== 0 || !parsed.success) throw new Error(`${label}: the content step failed\n${r.stderr}`);
    return parsed.data;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function row(label: string, m: Measurement): string {
  return `${label.padEnd(22)} ${String(m.files).padStart(6)} files  ${String(m.full).padStart(6)} full  ${String(m.excerpts).padStart(5)} excerpts  ${m.seconds.toFixed(2).padStart(6)} s  cpu ${m.cpuSeconds.toFixed(2).padStart(6)} s  peak RSS ${m.peakRssMb.toFixed(0).padStart(5)} MB${m.errors > 0 ? `  ${m.errors} errors` : ''}`;
}

function main(): void {
  const countAt = process.argv.indexOf('--count');
  const count = countAt >= 0 ? Number(process.argv[countAt + 1]) : 10_000;
  console.log('Content step (parse, check, link, write site-data.json):');
  console.log(row('seeds (content/)', measure('seeds', path.resolve('content'))));
  const corpus = mkdtempSync(path.join(tmpdir(), `bench-corpus-${count}-`));
  try {
    const started = performance.now();
    generateCorpus(count, corpus);
    console.log(`  (generated ${count} files in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    const m = measure(`${count} generated`, corpus);
    console.log(row(`${count} generated`, m));
    const verdict = m.seconds < GOAL_SECONDS ? 'within' : 'OVER';
    console.log(`Goal: ${count} files in under ${GOAL_SECONDS} s — ${verdict} (${m.seconds.toFixed(1)} s).`);
    if (m.errors > 0 || m.seconds >= GOAL_SECONDS) process.exitCode = 1;
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) child(process.argv[childAt + 1] ?? '', process.argv[childAt + 2] ?? '');
else main();
