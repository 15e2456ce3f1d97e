import { z } from 'zod';
import { readDataFile } from '@/lib/core/data-file';
import { ok, type Result } from '@/lib/core/problems';
import type { Lexicon } from '../lexicon/lexicon';
import type { ScopeFile } from './scope';

/** Relative to content/. */
export const SEARCH_WORDS_FILE = 'synonyms.yaml';
/** What the content step writes beside site-data.json for the search index. */
export const SEARCH_WORDS_JSON = 'search-words.json';

/**
 * The search words file editors extend (`content/synonyms.yaml`):
 * - `groups`: phrases a resident may use for the same thing, laid over the lexicon's concepts (a group sharing a
 *   phrase with a concept adds its other phrases to it; any other group is a concept of its own);
 * - `generic`: words almost every question has (怎么, 办理, 多少钱): a document sharing only these with a query
 *   is never a result, and they do not count when deciding whether anything is close;
 * - `filler`: courtesy and voice-input phrases (请问, 在线等, 谢谢) cut out of a question before it is searched.
 */
export const searchWordsFileSchema = z
  .object({
    groups: z.array(z.array(z.string().trim().min(1, 'a phrase is empty')).min(2, 'a group needs at least two phrases')).default([]),
    generic: z.array(z.string().trim().min(1, 'a generic word is empty')).default([]),
    filler: z.array(z.string().trim().min(1, 'a filler phrase is empty')).default([]),
  })
  .strict();

export type SearchWordsFile = z.output<typeof searchWordsFileSchema>;

/**
 * Everything the search index needs from content/, written by the content step as generated/search-words.json so
 * that the index build reads only generated/ (lib/content is the one reader of content/):
 * the lexicon's concepts, the editors' synonym groups, generic words and filler, and content/scope.yaml's rules as
 * written (the search worker compiles the patterns itself, and judges a question in or out of scope as pages are).
 */
export type SearchWordsData = SearchWordsFile & {
  concepts: { term: string; forms: string[]; topics: string[]; scope: Lexicon['concepts'][number]['scope']; weakForms: string[]; contexts?: Lexicon['concepts'][number]['contexts'] }[];
  scope: {
    weights: ScopeFile['evidence'];
    exclude: { id: string; patterns: string[]; unless: string[]; unlessCore: boolean }[];
  };
};

/** Reads synonyms.yaml (absent: no groups, generic words or filler) and joins it to the lexicon and scope rules already read. */
export function readSearchWords(text: string, lexicon: Lexicon, scope: ScopeFile): Result<SearchWordsData> {
  const file = readSearchWordsFile(text);
  if (!file.ok) return file;
  return ok({
    ...file.value,
    concepts: lexicon.concepts.map((c) => ({ term: c.term, forms: c.forms, topics: c.topics, scope: c.scope, weakForms: c.weakForms, ...(c.contexts.length > 0 ? { contexts: c.contexts } : {}) })),
    scope: {
      weights: scope.evidence,
      exclude: scope.exclude.map((e) => ({ id: e.id, patterns: e.patterns, unless: e.unless ?? [], unlessCore: e.unless_core ?? false })),
    },
  });
}

/** The file alone, as an editor wrote it (tests and the dev server's checks). */
export function readSearchWordsFile(text: string, file = SEARCH_WORDS_FILE): Result<SearchWordsFile> {
  return readDataFile(file, text.trim() === '' ? '{}' : text, searchWordsFileSchema);
}
