import { byteOrder } from '@/lib/core/order';
import type { ParsedFile } from './read-files';
import type { Article, Origin } from './schema';

export type FullCandidate = { question: string; key: string; file: ParsedFile; origin: Origin };
export type ExcerptOccurrence = { question: string; summary: string; source?: { name: string; date?: string }; origin: Origin; listedBy: string };

/** A record before slugs, structure and links are decided. */
export type Draft = {
  key: string;
  question: string;
  full?: FullCandidate;
  duplicates: FullCandidate[];
  occurrences: ExcerptOccurrence[];
  altTitles: string[];
  aliasKeys: string[];
};

/** The draft of a question, begun the first time any file names it. */
export function groupOf(groups: Map<string, Draft>, key: string, question: string): Draft {
  let g = groups.get(key);
  if (!g) {
    g = { key, question, duplicates: [], occurrences: [], altTitles: [], aliasKeys: [] };
    groups.set(key, g);
  }
  return g;
}

/** The excerpt text chosen for a question listed several times: the newest, then the longest summary. */
export function bestOccurrence(occurrences: ExcerptOccurrence[]): ExcerptOccurrence | undefined {
  return [...occurrences].sort(
    (a, b) => byteOrder(b.source?.date ?? '', a.source?.date ?? '') || b.summary.length - a.summary.length || byteOrder(a.summary, b.summary),
  )[0];
}

/** A record with its slug, topics and regions, keeping its draft for the links still to come. */
export type ArticleRecord = Omit<Article, 'related' | 'listedBy'> & { draft: Draft };
