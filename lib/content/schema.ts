import { z } from 'zod';
import { ISO_DATE } from '@/lib/core/dates';

/**
 * The contract between the content step and everything that reads its output.
 * The content step validates every record against these schemas before writing,
 * and `lib/site/records.ts` validates again when it loads them, so a page never
 * renders data of the wrong shape. Types are derived, never cast.
 */

/** ASCII, lower-case, hyphen-separated, at most 80 characters. */
export const slugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case ASCII letters, digits and single hyphens');

/** A calendar date the text itself states, `YYYY-MM-DD`. Never a file time or the build time. */
export const isoDateSchema = z.string().regex(ISO_DATE, 'a date is written YYYY-MM-DD');

const frontMatterDate = z.union([isoDateSchema, z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** Front matter an editor may put at the top of a file to override what the parser infers. */
export const frontMatterSchema = z
  .object({
    slug: slugSchema.optional(),
    title: z.string().trim().min(1).optional(),
    topics: z.array(slugSchema).min(1).optional(),
    regions: z.array(z.string().trim().min(1)).optional(),
    date: frontMatterDate.optional(),
    /** When the site last changed the answer, overriding the content file's last commit. */
    updated: frontMatterDate.optional(),
    /** A public note on what changed (更新说明), shown next to the date. Either key; one of them. */
    change_note: z.string().trim().min(1).max(200).optional(),
    更新说明: z.string().trim().min(1).max(200).optional(),
    draft: z.boolean().optional(),
  })
  .strict()
  .refine((fm) => fm.change_note === undefined || fm.更新说明 === undefined, { message: 'write the note once, as `change_note` or as `更新说明`', path: ['更新说明'] });
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Where a record's text came from: a content file (relative to `content/`) and a 1-based line. */
export const originSchema = z.object({ file: z.string(), line: z.number().int().positive() });
export type Origin = z.infer<typeof originSchema>;

export const sectionSchema = z.object({ id: z.string(), title: z.string() });
export type Section = z.infer<typeof sectionSchema>;

export const articleSchema = z.object({
  slug: slugSchema,
  /** `full`: the question a file is about, with its whole answer. `excerpt`: an item of a related list, a cut-off summary. */
  kind: z.enum(['full', 'excerpt']),
  question: z.string().min(1),
  /** Other wordings merged into this page (same question, or word-for-word the same summary). */
  altTitles: z.array(z.string()),
  /**
   * Merged questions that had a page of their own (word-for-word the same summary): the slug each would have had,
   * so the site can keep that URL as a page whose canonical link is this one. Absent when there are none.
   */
  aliases: z.array(z.object({ slug: slugSchema, question: z.string().min(1) })).optional(),
  /** The answer as HTML made by remark/rehype from text nodes only: never raw file markup. */
  answerHtml: z.string(),
  /** The same answer as plain text, for descriptions, snippets and search. */
  answerText: z.string(),
  /** `<h2>` sections of the answer, in order, for the table of contents. */
  sections: z.array(sectionSchema),
  /** A short direct answer a summary opened with (`788元/月`), when detected reliably. */
  shortAnswer: z.string().optional(),
  /**
   * The 要点 box: a whole sentence of the answer's own words that sums it up or answers the question directly, and
   * the evidence it was taken on (lib/content/key-point.ts). Absent when no sentence fits; never text we wrote.
   */
  keyPoint: z.object({ text: z.string().min(1), evidence: z.enum(['summary', 'direct', 'short-answer']) }).optional(),
  /** Source name and date as the file states them (`健康新闻 2025-03-18`). */
  source: z.object({ name: z.string(), date: isoDateSchema.optional() }).optional(),
  /** Publication date, only when the text or front matter states it. */
  date: isoDateSchema.optional(),
  /**
   * When this site first published the page and last changed it: the content file's first and last commit
   * (lib/content/history.ts), front matter `date` / `updated` overriding. Absent when neither is known.
   */
  siteDates: z.object({ published: isoDateSchema.optional(), updated: isoDateSchema.optional() }).optional(),
  /** The editor's public 更新说明 for the latest change (front matter `change_note` / `更新说明`). */
  changeNote: z.string().optional(),
  /** Years the question or answer talks about, ascending; `newestYear` is the last of them. */
  years: z.array(z.number().int()),
  newestYear: z.number().int().optional(),
  topics: z.array(slugSchema).min(1),
  regions: z.array(slugSchema),
  /** Related question slugs in display order: the scraped page's list first, then computed similar ones. */
  related: z.array(slugSchema),
  /** For excerpts: the full articles whose related list named this question (where the excerpt was found). */
  listedBy: z.array(slugSchema),
  /** For excerpts: full answers on the same main concepts (lib/content/same-ground.ts); absent when there are none. */
  fullAnswers: z.array(slugSchema).optional(),
  origins: z.array(originSchema).min(1),
});
export type Article = z.infer<typeof articleSchema>;

export const topicSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  description: z.string(),
  count: z.number().int().nonnegative(),
  /** content/topics.yaml `featured`: leads the header, the home page and topic lists. */
  featured: z.literal(true).optional(),
  /** content/topics.yaml `search_example`: a search the site offers as an example. */
  searchExample: z.string().optional(),
});
export type Topic = z.infer<typeof topicSchema>;

/**
 * The searches the site offers as examples: the `search_example` of each featured topic among `topics` (the ones
 * with questions, as the caller lists them), in the topics file's order. Decided here once for the search page
 * (lib/site) and the search worker (meta.json).
 */
export function searchExamples(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => (t.featured && t.searchExample ? [t.searchExample] : []));
}

export const regionSchema = z.object({
  slug: slugSchema,
  /** Full official name: `广东省`, `广州市`. */
  name: z.string(),
  /** Short display name: `广东`, `广州`. */
  shortName: z.string(),
  level: z.enum(['province', 'city']),
  /** The province slug; for a province, its own slug. */
  province: slugSchema,
  /** Administrative-division code from the dataset. */
  code: z.string(),
  count: z.number().int().nonnegative(),
});
export type Region = z.infer<typeof regionSchema>;

/** Characters of an answer's opening kept in its summary: a snippet of up to `LEAD_CHARS - 1` reads as from the whole answer. */
export const LEAD_CHARS = 200;

/**
 * What a listing needs of an article: no answer body, no link lists. The pages' build workers hold every
 * article's summary and read one article's full record per page (`generated/articles/<slug>.json`), so a
 * 50,000-question build does not keep 50,000 answers in each worker.
 */
export const articleSummarySchema = articleSchema
  .pick({ slug: true, kind: true, question: true, aliases: true, source: true, date: true, newestYear: true, topics: true, regions: true })
  .extend({
    /** The answer's plain text with runs of white space made one space, cut at `LEAD_CHARS`. */
    lead: z.string(),
  });
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export function summarize(article: Article): ArticleSummary {
  const { slug, kind, question, aliases, source, date, newestYear, topics, regions } = article;
  return {
    slug,
    kind,
    question,
    ...(aliases ? { aliases } : {}),
    ...(source ? { source } : {}),
    ...(date ? { date } : {}),
    ...(newestYear !== undefined ? { newestYear } : {}),
    topics,
    regions,
    lead: article.answerText.replace(/\s+/g, ' ').trim().slice(0, LEAD_CHARS),
  };
}

/** One entry of the 医保名词解释 page: a lexicon concept and the questions that name it (bounded, best first). */
export const glossaryEntrySchema = z.object({
  id: slugSchema,
  term: z.string(),
  gloss: z.string(),
  forms: z.array(z.string()),
  topics: z.array(slugSchema),
  questions: z.array(z.object({ slug: slugSchema, question: z.string() })),
  /** Every question that names the concept, of which `questions` lists the first few. */
  total: z.number().int().nonnegative(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export const glossarySchema = z.array(glossaryEntrySchema);

/** Every record, written once by the content step to `generated/site-data.json`: the search index and tests read it; the pages read `catalogDataSchema` and one article at a time. */
export const siteDataSchema = z.object({
  articles: z.array(articleSchema),
  topics: z.array(topicSchema),
  regions: z.array(regionSchema),
  /** The lexicon with the questions that use each concept (also written alone to `generated/glossary.json`). */
  glossary: glossarySchema.optional(),
});
export type SiteData = z.infer<typeof siteDataSchema>;

/** What the pages' build reads once per worker: `generated/catalog.json`. */
export const catalogDataSchema = z.object({
  articles: z.array(articleSummarySchema),
  topics: z.array(topicSchema),
  regions: z.array(regionSchema),
});
export type CatalogData = z.infer<typeof catalogDataSchema>;
