/**
 * `npm run dev`: the Next.js dev server plus a watcher on `content/`. Adding, changing or
 * removing a text file (or a data file) re-runs the content step and the search index; open
 * pages refresh by themselves, and a file with an error shows as a banner in the browser (and
 * in this terminal) until it is fixed. Until then the pages keep the last good records. The search
 * worker's script is rebuilt whenever a file under lib/ changes.
 *
 * The browser learns about rebuilds from a small event stream on DEV_EVENTS_PORT (3001),
 * which only `components/dev-content-watcher.tsx` listens to, and only in development.
 *
 *   npm run dev [-- next dev options, e.g. --port 3100]
 *   CONTENT_DIR=/some/copy npm run dev      (watch and build another content folder)
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { ANSI, PLAIN } from '@/lib/content/report';
import { runContentStep } from '@/lib/content/run';
import { formatProblem } from '@/lib/core/problems';
import { INITIAL_STATUS, problemPlace, statusAfter, type ContentStatus, type RebuildOutcome } from '@/lib/dev/content-status';
import { buildSearchIndexFiles } from '@/lib/search/index/files';
import { buildIslands } from './build-islands';

const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');
// The site reads these two places (lib/site/records.ts, the search island), so they are fixed.
const GENERATED_DIR = path.resolve('generated');
const SEARCH_DIR = path.resolve('public', 'search');
const EVENTS_PORT = Number(process.env.DEV_EVENTS_PORT ?? 3001);
const style = process.stdout.isTTY && !process.env.NO_COLOR ? ANSI : PLAIN;

let status: ContentStatus = INITIAL_STATUS;
const listeners = new Set<ServerResponse>();

function broadcast() {
  const message = `data: ${JSON.stringify(status)}\n\n`;
  for (const res of listeners) res.write(message);
}

/** One content step and search index, in this process: a few hundred milliseconds instead of two tsx start-ups. */
function runSteps(): { outcome: RebuildOutcome; summary: string } {
  let run: ReturnType<typeof runContentStep>;
  try {
    // Writes generated/report.json even on failure; its errors are what the banner shows.
    run = runContentStep(CONTENT_DIR, GENERATED_DIR);
  } catch (error) {
    return { outcome: { kind: 'crashed', error: errorText(error) }, summary: '' };
  }
  const { report } = run;
  const counts = run.siteData
    ? `${report.files} files → ${report.full + report.excerpts} pages (${report.full} full, ${report.excerpts} excerpts), ${report.mergedDuplicates} merged, ${report.refused.length} refused, ${report.leftOut.length} left out, ${report.warnings.length} warnings`
    : `${report.files} files checked, ${report.errors.length} errors, ${report.warnings.length} warnings`;
  const summary = `${counts} (${run.seconds.toFixed(2)} s; details in generated/report.md)`;
  // Without new records the old index stays, like the old pages.
  if (!run.siteData) return { outcome: { kind: 'reported', errors: report.errors }, summary };
  try {
    buildSearchIndexFiles(path.join(GENERATED_DIR, 'site-data.json'), SEARCH_DIR);
  } catch (error) {
    return { outcome: { kind: 'reported', errors: [], searchError: errorText(error) }, summary };
  }
  return { outcome: { kind: 'reported', errors: [], refused: report.refused }, summary };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let timer: NodeJS.Timeout | undefined;

function rebuild() {
  const time = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  const { outcome, summary } = runSteps();
  status = statusAfter(status, outcome);
  if (summary) console.log(style.dim(`[content ${time}] ${summary}`));
  if (status.ok) console.log(style.green(`[content ${time}] ✔ pages and search updated`));
  else {
    console.log(style.red(`[content ${time}] ✘ ${status.problems.length} problem(s), shown in the browser until fixed; pages keep the last good version:`));
    for (const p of status.problems) console.log(style.red(`  ${p.line > 0 ? formatProblem(p) : `${problemPlace(p)}: ${p.message} — ${p.fix}`}`));
  }
  broadcast();
}

// Only content and data files count: an editor's swap and backup files (`.x.txt.swp`, `x.txt~`) do not.
const WATCHED = /\.(txt|ya?ml)$/i;

watch(CONTENT_DIR, { recursive: true }, (_event, name) => {
  if (name !== null && !WATCHED.test(name)) return;
  clearTimeout(timer);
  // Saving often touches a file several times in a row; one rebuild for the lot.
  timer = setTimeout(rebuild, 200);
});

const events = createServer((req, res) => {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'Access-Control-Allow-Origin': '*',
  });
  res.write(`data: ${JSON.stringify(status)}\n\n`);
  listeners.add(res);
  req.on('close', () => listeners.delete(res));
});
events.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${EVENTS_PORT} is in use (another \`npm run dev\`?). Stop it, or start with DEV_EVENTS_PORT=3002 npm run dev.`
      : `The content event stream could not start: ${error.message}`,
  );
  process.exit(1);
});
events.listen(EVENTS_PORT, '127.0.0.1');

// The search worker's script is esbuild's, not Next's (scripts/build-islands.ts): built now and after each change to lib/.
async function rebuildIslands() {
  try {
    await buildIslands();
  } catch (error) {
    console.log(style.red(`[islands] ✘ the search worker did not build: ${errorText(error)}`));
  }
}
let islandsTimer: NodeJS.Timeout | undefined;
watch(path.resolve('lib'), { recursive: true }, (_event, name) => {
  if (name !== null && !/\.ts$/.test(name)) return;
  clearTimeout(islandsTimer);
  islandsTimer = setTimeout(() => void rebuildIslands(), 200);
});
await rebuildIslands();

console.log(style.bold(`Watching ${path.relative(process.cwd(), CONTENT_DIR) || '.'}/ for changes.`));
rebuild();
const next = spawn(process.execPath, [path.resolve('node_modules', 'next', 'dist', 'bin', 'next'), 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_DEV_EVENTS_PORT: String(EVENTS_PORT) },
});
next.on('close', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
