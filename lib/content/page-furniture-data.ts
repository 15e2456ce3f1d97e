import { z } from 'zod';
import { readDataFile } from '@/lib/core/data-file';
import { fail, ok, type Result } from '@/lib/core/problems';

/** The data file of page furniture, by its path relative to content/. */
export const PAGE_FURNITURE_FILE = 'page-furniture.yaml';

/**
 * `content/page-furniture.yaml`: the words that page furniture is made of (buttons, bylines, timestamps) and the
 * words that name a site or a column in a title. Words only: which line is furniture is decided from evidence in
 * lib/content/furniture.ts, and which title suffix is a site's in lib/content/title-suffix.ts.
 */
export const pageFurnitureSchema = z
  .object({
    ui_words: z.array(z.string().min(1)).min(1),
    neutral: z.string(),
    metadata_labels: z.array(z.string().min(1)),
    furniture: z
      .object({
        max_chars: z.number().int().positive(),
        min_share: z.number().gt(0).max(1),
        recurring_files: z.number().int().min(2),
        edge_lines: z.number().int().min(0),
      })
      .strict(),
    site_suffix: z.object({ endings: z.array(z.string().min(1)), names: z.array(z.string().min(1)) }).strict(),
    related_header_words: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type PageFurnitureWords = {
  /** UI words by their first character, longest first, so `阅读原文` is read before `阅读`. */
  uiWords: Map<string, string[]>;
  neutral: Set<string>;
  metadataLabels: string[];
  maxChars: number;
  minShare: number;
  recurringFiles: number;
  edgeLines: number;
  siteEndings: string[];
  siteNames: Set<string>;
  /** Words a related list's own short header holds (相关, 推荐, 往期): a hint, confirmed by the titles under it. */
  relatedHeaderWords: string[];
};

/** The one loader of the file; an absent file (a test's data) means no words at all, which is never an error. */
export function readPageFurniture(text: string): Result<PageFurnitureWords> {
  if (text.trim() === '') return ok(EMPTY);
  const read = readDataFile(PAGE_FURNITURE_FILE, text, pageFurnitureSchema);
  if (!read.ok) return fail(...read.problems);
  const d = read.value;
  return ok({
    uiWords: byFirstCharacter(d.ui_words),
    neutral: new Set(d.neutral.replace(/\s/g, '')),
    metadataLabels: [...new Set(d.metadata_labels)].sort((a, b) => b.length - a.length),
    maxChars: d.furniture.max_chars,
    minShare: d.furniture.min_share,
    recurringFiles: d.furniture.recurring_files,
    edgeLines: d.furniture.edge_lines,
    siteEndings: d.site_suffix.endings,
    siteNames: new Set(d.site_suffix.names),
    relatedHeaderWords: d.related_header_words,
  });
}

function byFirstCharacter(words: string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const list = index.get(w.charAt(0));
    if (list) list.push(w);
    else index.set(w.charAt(0), [w]);
  }
  return index;
}

const EMPTY: PageFurnitureWords = {
  uiWords: new Map(),
  neutral: new Set(),
  metadataLabels: [],
  maxChars: 0,
  minShare: 1,
  recurringFiles: Number.MAX_SAFE_INTEGER,
  edgeLines: 0,
  siteEndings: [],
  siteNames: new Set(),
  relatedHeaderWords: [],
};
