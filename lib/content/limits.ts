/**
 * Resource bounds of the content step. Every pass over a file is linear in its size, and these caps keep a
 * stranger's file from turning one page into megabytes of HTML: a file over a cap is refused with an error,
 * never truncated silently.
 */
export const LIMITS = {
  /** Bytes per file. The real pages are 5–15 kB; 2 MB is a hundred times the largest and still renders fast. */
  maxFileBytes: 2 * 1024 * 1024,
  /** Lines per file, counted after decoding. */
  maxLines: 10_000,
  /** Characters of one question; a longer "question" is a paragraph that lost its line breaks. */
  maxQuestionChars: 200,
  /** Nesting of bullet and numbered lists. Deeper items are kept at this depth (with a warning) so no text is lost. */
  maxListDepth: 6,
  /** Items of one related list. */
  maxRelatedItems: 200,
} as const;
