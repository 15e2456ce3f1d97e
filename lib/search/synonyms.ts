import { parseDocument } from 'yaml';
import { z } from 'zod';

/**
 * The search words file editors extend (`content/synonyms.yaml`):
 * - `groups`: phrases a resident may use for the same thing, laid over the lexicon's concepts (a group sharing a
 *   phrase with a concept adds its other phrases to it; any other group is a concept of its own);
 * - `generic`: words almost every question has (怎么, 办理, 多少钱): a document sharing only these with a query
 *   is never a result, and they do not count when deciding whether anything is close;
 * - `filler`: courtesy and voice-input phrases (请问, 在线等, 谢谢) cut out of a question before it is searched.
 */
const searchWordsSchema = z
  .object({
    groups: z.array(z.array(z.string().trim().min(1, 'a phrase is empty')).min(2, 'a group needs at least two phrases')),
    generic: z.array(z.string().trim().min(1, 'a generic word is empty')).default([]),
    filler: z.array(z.string().trim().min(1, 'a filler phrase is empty')).default([]),
  })
  .strict();

export type SearchWordsFile = z.output<typeof searchWordsSchema>;

/** Parses the file or throws `file:line: what — how to fix` for the first problem found. */
export function parseSearchWords(text: string, file: string): SearchWordsFile {
  const doc = parseDocument(text, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? 1;
    throw new Error(`${file}:${line}: invalid YAML (${yamlError.code}) — write each group as a list, e.g. \`- [医保, 医疗保险]\``);
  }
  const result = searchWordsSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new Error(
      `${file}:${lineOfPath(text, issue?.path ?? [])}: ${issue?.message ?? 'invalid'}${where ? ` at ${where}` : ''} — the file is \`groups:\` followed by lists of at least two phrases, \`generic:\` and \`filler:\` followed by lists of words`,
    );
  }
  return result.data;
}

/** The synonym groups alone. */
export function parseSynonyms(text: string, file: string): string[][] {
  return parseSearchWords(text, file).groups;
}

// Points at the item's line when the path names one; YAML positions of nested items are not worth a parser of their own.
function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  const [key, item] = path;
  if (typeof key !== 'string' || typeof item !== 'number') return 1;
  const lines = text.split(/\r?\n/);
  const top = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (top < 0) return 1;
  let seen = -1;
  for (let i = top + 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (/^\S/.test(line)) break;
    if (/^\s*-\s/.test(line) && !/^\s{4,}-/.test(line)) seen += 1;
    if (seen === item) return i + 1;
  }
  return 1;
}
