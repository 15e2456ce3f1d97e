import { KEY_POINT_FILE } from './key-point';
import { PAGE_FURNITURE_FILE } from './page-furniture-data';
import type { History } from './history';
import { SEARCH_WORDS_FILE } from './search-words';

/** The editor-maintained data files, by their path relative to content/. */
export const DATA_FILES = {
  topics: 'topics.yaml',
  scope: 'scope.yaml',
  regions: 'regions.yaml',
  lexicon: 'lexicon.yaml',
  furniture: PAGE_FURNITURE_FILE,
  synonyms: SEARCH_WORDS_FILE,
  keyPoint: KEY_POINT_FILE,
} as const;

/** `size` is the file's real size when `bytes` holds only its beginning (an oversized file is never read whole). */
export type SourceFile = { path: string; bytes: Uint8Array; size?: number };
export type BuildInput = {
  files: SourceFile[];
  /**
   * The data files' text; without `furniture`, no line is taken for page furniture and no title is cut; without
   * `synonyms`, search has the lexicon's words only; without `keyPoint`, no answer gets a 要点.
   */
  data: Record<Exclude<keyof typeof DATA_FILES, 'furniture' | 'synonyms' | 'keyPoint'>, string> & { furniture?: string; synonyms?: string; keyPoint?: string };
  /** `npm run content -- --strict`: a file left out of scope, or refused, is an error, not a warning. */
  strict?: boolean;
  /** Each content file's first and last commit (lib/content/history.ts); without it, only front-matter dates. */
  history?: History;
};
