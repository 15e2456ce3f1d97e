import { z } from 'zod';

/** What the dev server tells open pages after each content rebuild. */
export const contentProblemSchema = z.object({ file: z.string(), line: z.number(), message: z.string(), fix: z.string() });
export const contentStatusSchema = z.object({ revision: z.number(), ok: z.boolean(), problems: z.array(contentProblemSchema) });
export type ContentProblem = z.infer<typeof contentProblemSchema>;
export type ContentStatus = z.infer<typeof contentStatusSchema>;

// The content step prints every problem as `file:line: what is wrong — how to fix it`.
const PROBLEM_LINE = /^(?<file>[^\s:][^:]*):(?<line>\d+): (?<message>.+?) — (?<fix>.+)$/;

/** Picks the problem lines out of the content step's output (colour codes removed). */
export function parseProblemLines(output: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const raw of output.split('\n')) {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '').trim();
    const match = PROBLEM_LINE.exec(line);
    if (match?.groups) {
      const { file = '', line: lineNo = '0', message = '', fix = '' } = match.groups;
      problems.push({ file, line: Number(lineNo), message, fix });
    }
  }
  return problems;
}
