/**
 * The last touches on a fresh export, before it is swapped into out/ (lib/export/finish-export.ts says what they are):
 *   npx tsx scripts/finish-export.ts DIR [--no-compress]
 *
 * The folders are shared out over one process per core, each running this file with `--part INDEX/COUNT`.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { finishedLine, finishExport, joinParts, type FinishedPart, type FinishedSite, type Part } from '@/lib/export/finish-export';

const NO_COMPRESS = '--no-compress';

/** `finishExport` over all of `dir`, in `parts` processes running this file, each taking its share of the folders. */
export async function finishExportInParallel(dir: string, { parts = availableParallelism(), compress = true }: { parts?: number; compress?: boolean } = {}): Promise<FinishedSite> {
  const runs = Array.from(
    { length: parts },
    (_, index) =>
      new Promise<FinishedPart>((resolve, reject) => {
        // execArgv carries tsx's loader, so the child runs this TypeScript file as the parent does.
        const args = [...process.execArgv, import.meta.filename, dir, '--part', `${index}/${parts}`, ...(compress ? [] : [NO_COMPRESS])];
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0) reject(new Error(`finishing part ${index + 1} of ${parts} failed (exit ${code})`));
          else resolve(JSON.parse(stdout) as FinishedPart);
        });
      }),
  );
  return joinParts(dir, await Promise.all(runs));
}

function parsePart(text: string | undefined): Part {
  const match = /^(\d+)\/(\d+)$/.exec(text ?? '');
  const index = Number(match?.[1]);
  const of = Number(match?.[2]);
  if (!match || of < 1 || index >= of) throw new Error(`--part needs INDEX/COUNT like 0/2, not ${JSON.stringify(text)}`);
  return { index, of };
}

// scripts/build.ts imports finishExportInParallel; only a run of this file is a command.
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const args = process.argv.slice(2);
  const compress = !args.includes(NO_COMPRESS);
  const [dir, flag, value] = args.filter((a) => a !== NO_COMPRESS);
  if (!dir) {
    console.error(`usage: tsx scripts/finish-export.ts DIR [${NO_COMPRESS}]`);
    process.exit(2);
  }
  if (flag === '--part') {
    // A child of finishExportInParallel: its tally on stdout, nothing else.
    console.log(JSON.stringify(finishExport(dir, parsePart(value), { compress })));
  } else {
    console.log(finishedLine(await finishExportInParallel(dir, { compress })));
  }
}
