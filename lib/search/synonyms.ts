import { parseDocument } from 'yaml';
import { z } from 'zod';

/**
 * The synonym file editors extend (`content/synonyms.yaml`): groups of phrases a resident
 * may use for the same thing. A query containing one phrase of a group also searches with
 * each of the others.
 */
const synonymFileSchema = z
  .object({
    groups: z.array(z.array(z.string().trim().min(1, 'a phrase is empty')).min(2, 'a group needs at least two phrases')),
  })
  .strict();

/** Parses the file or throws `file:line: what — how to fix` for the first problem found. */
export function parseSynonyms(text: string, file: string): string[][] {
  const doc = parseDocument(text, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? 1;
    throw new Error(`${file}:${line}: invalid YAML (${yamlError.code}) — write each group as a list, e.g. \`- [医保, 医疗保险]\``);
  }
  const result = synonymFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new Error(
      `${file}:${lineOfPath(text, issue?.path ?? [])}: ${issue?.message ?? 'invalid'}${where ? ` at ${where}` : ''} — the file is \`groups:\` followed by lists of at least two phrases`,
    );
  }
  return result.data.groups;
}

// Points at the group's line when the path names one; YAML positions of nested items are not worth a parser of their own.
function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  const group = typeof path[1] === 'number' ? path[1] : undefined;
  if (group === undefined) return 1;
  const lines = text.split(/\r?\n/);
  let seen = -1;
  for (let i = 0; i < lines.length; i += 1) {
    if (/^\s*-\s/.test(lines[i] ?? '') && !/^\s{4,}-/.test(lines[i] ?? '')) seen += 1;
    if (seen === group) return i + 1;
  }
  return 1;
}
