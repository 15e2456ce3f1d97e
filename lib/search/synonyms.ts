import { z } from 'zod';
import { readDataFile } from '@/lib/core/data-file';
import { formatProblem } from '@/lib/core/problems';

/**
 * The search words file editors extend (`content/synonyms.yaml`):
 * - `groups`: phrases a resident may use for the same thing, laid over the lexicon's concepts (a group sharing a
 *   phrase with a concept adds its other phrases to it; any other group is a concept of its own);
 * - `generic`: words almost every question has (怎么, 办理, 多少钱): a document sharing only these with a query
 *   is never a result, and they do not count when deciding whether anything is close;
 * - `filler`: courtesy and voice-input phrases (请问, 在线等, 谢谢) cut out of a question before it is searched.
 */
export const searchWordsSchema = z
  .object({
    groups: z.array(z.array(z.string().trim().min(1, 'a phrase is empty')).min(2, 'a group needs at least two phrases')),
    generic: z.array(z.string().trim().min(1, 'a generic word is empty')).default([]),
    filler: z.array(z.string().trim().min(1, 'a filler phrase is empty')).default([]),
  })
  .strict();

export type SearchWordsFile = z.output<typeof searchWordsSchema>;

/**
 * Parses the file or throws every problem as `file:line: what — how to fix`, one a line: the same loader
 * (lib/core/data-file.ts) and the same messages as every other data file editors keep.
 */
export function parseSearchWords(text: string, file: string): SearchWordsFile {
  const read = readDataFile(file, text, searchWordsSchema);
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  return read.value;
}

/** The synonym groups alone. */
export function parseSynonyms(text: string, file: string): string[][] {
  return parseSearchWords(text, file).groups;
}
