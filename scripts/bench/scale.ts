/**
 * The whole site at scale: `npm run bench:scale -- 10000` (any N, several allowed).
 *
 * For each N: a throw-away copy of the project gets a generated corpus of N questions in place
 * of content/'s text files (scripts/generate-corpus.ts, deterministic), then every build stage
 * runs in it as `npm run build` would run it, each timed, with the peak memory of its whole
 * process tree sampled. Then: out/ size, file count, bytes per page, search index bytes, and the
 * search figures of scripts/bench/search.ts for the same N. The real content/ and out/ are untouched.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { copyProject } from '@/lib/dev/project-copy';
import { generateCorpus } from '@/lib/dev/generate-corpus';

type Stage = { name: string; seconds: number; peakMiB: number };

/** Sum of the resident memory of a process and all its descendants, from one `ps` listing. */
function treeRssKiB(root: number): number {
  const listing = spawnSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' }).stdout;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const line of listing.split('\n')) {
    const [pid, ppid, kib] = line.trim().split(/\s+/).map(Number);
    if (pid === undefined || ppid === undefined || kib === undefined || Number.isNaN(pid)) continue;
    rss.set(pid, kib);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? 0;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs one stage in `cwd`, printing a heartbeat, and returns its wall time and peak tree memory. */
function runStage(name: string, cwd: string, command: string, args: string[], env: Record<string, string> = {}): Promise<Stage> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
    }, 250);
    const heartbeat = setInterval(() => process.stdout.write(`  … ${name} ${((performance.now() - started) / 1000).toFixed(0)} s\n`), 15_000);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearInterval(heartbeat);
      const stage = { name, seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024 };
      if (code === 0) {
        console.log(`  ✔ ${name}: ${stage.seconds.toFixed(1)} s, peak ${stage.peakMiB.toFixed(0)} MiB`);
        resolve(stage);
      } else reject(new Error(`${name} failed (exit ${code}):\n${tail}`));
    });
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function sizeOf(files: string[]) {
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    bytes += statSync(file).size;
    gzip += gzipSync(readFileSync(file)).length;
  }
  return { bytes, gzip };
}

/** The build's .br/.gz siblings (lib/export/precompress.ts). */
const PRECOMPRESSED = /\.(br|gz)$/;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * A throw-away copy of the project with a generated corpus of `count` questions in place of content/'s text files,
 * built stage by stage as `npm run build` would build it. The caller removes `project` when done with its out/.
 */
export async function buildGeneratedCopy(count: number, compress: boolean, prefix = `yibao-scale-${count}-`): Promise<{ project: string; stages: Stage[] }> {
  const project = copyProject(prefix);
  try {
    for (const file of readdirSync(path.join(project, 'content'))) if (file.endsWith('.txt')) rmSync(path.join(project, 'content', file));
    const generated = generateCorpus(count, path.join(project, 'content'));
    console.log(`  generated ${generated.files} files (${mib(generated.bytes)}) in ${project}`);
    const stages = [
      await runStage('content', project, 'npx', ['tsx', 'scripts/build-content.ts', '--quiet']),
      await runStage('search index', project, 'npx', ['tsx', 'scripts/build-search-index.ts']),
      await runStage('islands', project, 'npx', ['tsx', 'scripts/build-islands.ts']),
      await runStage('next build', project, 'npx', ['next', 'build'], { NEXT_EXPORT_DIR: 'out' }),
      // Finishing writes the siblings of what it finishes; precompress does the rest, as `npm run build` does.
      await runStage(compress ? 'finish export (+ compress)' : 'finish export', project, 'npx', ['tsx', 'scripts/finish-export.ts', 'out', ...(compress ? [] : ['--no-compress'])]),
      ...(compress ? [await runStage('precompress (the rest)', project, 'npx', ['tsx', 'scripts/precompress.ts', 'out', '--after-finishing'])] : []),
    ];
    return { project, stages };
  } catch (failure) {
    rmSync(project, { recursive: true, force: true });
    throw failure;
  }
}

async function scale(count: number, compress: boolean) {
  console.log(`\n=== ${count.toLocaleString('en')} questions ===`);
  const { project, stages } = await buildGeneratedCopy(count, compress);
  try {
    const out = path.join(project, 'out');
    const all = walk(out);
    // The .br/.gz siblings are counted apart: the site's own files and bytes stay comparable with earlier runs.
    const files = all.filter((f) => !PRECOMPRESSED.test(f));
    const siblings = all.length - files.length;
    const pages = files.filter((f) => f.endsWith('.html')).length;
    const outBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    const search = sizeOf(walk(path.join(out, 'search')).filter((f) => !PRECOMPRESSED.test(f)));
    const total = stages.reduce((sum, s) => sum + s.seconds, 0);
    console.log(`\nBuild of ${count.toLocaleString('en')} questions (npx tsx scripts/bench/scale.ts ${count})`);
    console.log('stage\twall s\tpeak MiB');
    for (const s of stages) console.log(`${s.name}\t${s.seconds.toFixed(1)}\t${s.peakMiB.toFixed(0)}`);
    console.log(`full build\t${total.toFixed(1)}\t${Math.max(...stages.map((s) => s.peakMiB)).toFixed(0)}`);
    console.log(`out/: ${mib(outBytes)} in ${files.length} files, ${pages} pages, ${(outBytes / pages / 1024).toFixed(1)} KiB per page; ${siblings} precompressed siblings`);
    console.log(`search index: ${mib(search.bytes)} (${mib(search.gzip)} gzip)`);
    return { count, stages, total, outBytes, files: files.length, pages, search };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

// Run as a script; buildGeneratedCopy is also imported (scripts/bench/first-search.ts).
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const counts = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (counts.length === 0) {
    console.error('usage: npm run bench:scale -- N [N …] [--no-compress]   e.g. npm run bench:scale -- 10000 50000');
    process.exit(2);
  }
  // --no-compress: the build without .br/.gz siblings, to weigh what precompressing adds.
  const compress = !process.argv.includes('--no-compress');
  const results = [];
  for (const count of counts) results.push(await scale(count, compress));
  if (results.length > 1) {
    const [a, b] = [results[0], results[results.length - 1]];
    if (a && b) {
      const n = b.count / a.count;
      console.log(`\nGrowth from ${a.count.toLocaleString('en')} to ${b.count.toLocaleString('en')} (×${n.toFixed(1)} questions; linear = ×${n.toFixed(1)})`);
      for (const [i, s] of a.stages.entries()) {
        const t = b.stages[i];
        if (t) console.log(`${s.name}\ttime ×${(t.seconds / s.seconds).toFixed(2)}\tmemory ×${(t.peakMiB / s.peakMiB).toFixed(2)}`);
      }
      console.log(`out/ bytes ×${(b.outBytes / a.outBytes).toFixed(2)}\tsearch index ×${(b.search.bytes / a.search.bytes).toFixed(2)}`);
    }
  }
  console.log('\nSearch at the same sizes:');
  const search = spawnSync('npx', ['tsx', 'scripts/bench/search.ts', '--sizes', counts.join(',')], { stdio: 'inherit' });
  process.exit(search.status ?? 1);
}
