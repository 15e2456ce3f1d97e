/**
 * `npm run dev`: the Next.js dev server plus a watcher on `content/`. Adding, changing or
 * removing a text file re-runs the content step; open pages reload by themselves, and a
 * file with an error shows as a banner in the browser (and in this terminal) until fixed.
 *
 * The browser learns about rebuilds from a small event stream on DEV_EVENTS_PORT (3001),
 * which only `components/dev-content-watcher.tsx` listens to, and only in development.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { parseProblemLines, type ContentStatus } from '../lib/dev/content-status';

const CONTENT_DIR = 'content';
const EVENTS_PORT = Number(process.env.DEV_EVENTS_PORT ?? 3001);

let status: ContentStatus = { revision: 0, ok: true, problems: [] };
const listeners = new Set<ServerResponse>();

function broadcast() {
  const message = `data: ${JSON.stringify(status)}\n\n`;
  for (const res of listeners) res.write(message);
}

function runStep(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        process.stdout.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let running = false;
let again = false;

async function rebuild() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  do {
    again = false;
    console.log('\n[content] rebuilding …');
    const content = await runStep('npx', ['tsx', 'scripts/build-content.ts']);
    // The search index follows the records; without new records the old index stays, like the old pages.
    const index = content.code === 0 ? await runStep('npx', ['tsx', 'scripts/build-search-index.ts']) : { code: 0, output: '' };
    const problems = parseProblemLines(content.output);
    const ok = content.code === 0 && index.code === 0;
    status = { revision: status.revision + 1, ok, problems: ok ? [] : problems.length > 0 ? problems : [{ file: CONTENT_DIR, line: 0, message: 'the content step failed', fix: 'read the terminal running `npm run dev`' }] };
    console.log(ok ? '[content] ✔ pages updated' : `[content] ✘ ${status.problems.length} problem(s): shown in the browser until fixed`);
    broadcast();
  } while (again);
  running = false;
}

let timer: NodeJS.Timeout | undefined;
watch(CONTENT_DIR, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => void rebuild(), 250);
});

createServer((req, res) => {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'Access-Control-Allow-Origin': '*',
  });
  res.write(`data: ${JSON.stringify(status)}\n\n`);
  listeners.add(res);
  req.on('close', () => listeners.delete(res));
}).listen(EVENTS_PORT, '127.0.0.1');

await rebuild();
const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_DEV_EVENTS_PORT: String(EVENTS_PORT) },
});
next.on('close', (code) => process.exit(code ?? 0));
