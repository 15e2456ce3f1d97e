/** What the dev server tells open pages after each content rebuild. */
export type ContentProblem = { file: string; line: number; message: string; fix: string };
export type ContentStatus = { revision: number; ok: boolean; problems: ContentProblem[] };

// A hand-written check rather than a zod schema: this module is imported by the layout's dev-only
// watcher, and bundlers keep zod in every page's scripts even where the watcher itself is dropped.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isContentProblem(value: unknown): value is ContentProblem {
  return (
    isRecord(value) &&
    typeof value.file === 'string' &&
    typeof value.line === 'number' &&
    typeof value.message === 'string' &&
    typeof value.fix === 'string'
  );
}

/** Checks a message from the dev server before the page believes it. */
export function isContentStatus(value: unknown): value is ContentStatus {
  return (
    isRecord(value) &&
    typeof value.revision === 'number' &&
    typeof value.ok === 'boolean' &&
    Array.isArray(value.problems) &&
    value.problems.every(isContentProblem)
  );
}

export const INITIAL_STATUS: ContentStatus = { revision: 0, ok: true, problems: [] };

/**
 * How one rebuild ended: the content step's own report (its errors, already `file:line: what — fix`), and
 * whether the search index that follows it failed; or a crash, when a step threw before it could report.
 */
export type RebuildOutcome = { kind: 'reported'; errors: ContentProblem[]; refused?: ContentProblem[]; searchError?: string } | { kind: 'crashed'; error: string };

// Steps print every problem as `file:line: what is wrong — how to fix it`.
const PROBLEM_LINE = /^(?<file>[^\s:][^:]*):(?<line>\d+): (?<message>.+?) — (?<fix>.+)$/;

/** Picks the problem lines out of a step's output or error message (colour codes removed). */
export function parseProblemLines(output: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '').trim();
    const match = PROBLEM_LINE.exec(line);
    if (match?.groups) {
      const { file = '', line: lineNo = '0', message = '', fix = '' } = match.groups;
      problems.push({ file, line: Number(lineNo), message, fix });
    }
  }
  return problems;
}

const TERMINAL_FIX = 'read the terminal running `npm run dev`, fix what it names and save again';

/**
 * The status open pages get after a rebuild; every rebuild is a new revision, so pages know to refresh.
 * Refused files are shown too, with `ok`: the rest of the site was rebuilt and the pages refresh.
 */
export function statusAfter(previous: ContentStatus, outcome: RebuildOutcome): ContentStatus {
  const revision = previous.revision + 1;
  if (outcome.kind === 'crashed') {
    const named = parseProblemLines(outcome.error);
    const problems = named.length > 0 ? named : [{ file: 'content', line: 0, message: `the content step stopped: ${firstLine(outcome.error)}`, fix: TERMINAL_FIX }];
    return { revision, ok: false, problems };
  }
  if (outcome.errors.length > 0) return { revision, ok: false, problems: outcome.errors };
  if (outcome.searchError !== undefined) {
    const named = parseProblemLines(outcome.searchError);
    const problems = named.length > 0 ? named : [{ file: 'search index', line: 0, message: `the search index was not rebuilt: ${firstLine(outcome.searchError)}`, fix: TERMINAL_FIX }];
    return { revision, ok: false, problems };
  }
  return { revision, ok: true, problems: outcome.refused ?? [] };
}

/** `file:line` as the banner and the terminal show it; line 0 means the problem concerns the whole file or run. */
export function problemPlace(p: ContentProblem): string {
  return p.line > 0 ? `${p.file}:${p.line}` : p.file;
}

function firstLine(text: string): string {
  return text.trim().split('\n', 1)[0] ?? text;
}
