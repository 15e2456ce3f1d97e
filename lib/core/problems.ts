import { byteOrder } from './order';

/**
 * Problems are values, never thrown: every step returns them so one run can report all of them together.
 * `file` is relative to the content folder, `line` is 1-based (0 when a problem concerns the whole run).
 */
export type Problem = { file: string; line: number; message: string; fix: string };

/** The one format every problem is printed in: `file:line: what is wrong — how to fix it`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message} — ${p.fix}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return byteOrder(a.file, b.file) || a.line - b.line || byteOrder(a.message, b.message);
}

/** A step's outcome: a value, or the problems that prevented one. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });
