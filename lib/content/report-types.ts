import type { Problem } from '@/lib/core/problems';
import type { Origin } from './schema';
import type { ScopeVerdict } from './scope-decision';

/** A scope decision the report shows: what was decided, why (rule or reason) and on what evidence. */
export type ScopeNote = {
  file: string;
  line: number;
  question: string;
  kind: 'article' | 'related';
  verdict: ScopeVerdict;
  rule?: string;
  reason?: string;
  evidence: string;
};
export type LeftOut = ScopeNote & { rule: string; reason: string };
/** A line of a file's answer part that is not on its page (a disclaimer, page chrome), and why. */
export type OmittedLine = { file: string; line: number; text: string; reason: string };
export type Merge = { question: string; slug: string; kind: 'same-question' | 'same-summary'; occurrences: Origin[] };
export type FileOutcome = 'published' | 'draft' | 'left-out' | 'refused' | 'error';

export type Report = {
  files: number;
  full: number;
  excerpts: number;
  drafts: { file: string; question: string }[];
  /** Occurrences folded into another record: repeated questions and same-summary alternative titles. */
  mergedDuplicates: number;
  merges: Merge[];
  /** Related items left out of scope. */
  leftOut: LeftOut[];
  /** Every line between a question and its related list that is not published, with the reason. */
  omittedLines: OmittedLine[];
  /** Whole files left out as clearly off-topic (需要编辑确认); with `strict` they are errors instead. */
  needsConfirmation: LeftOut[];
  /** Questions kept on weak evidence, for an editor to confirm. */
  borderline: ScopeNote[];
  /** The scope decision that kept each question on clear evidence (its first place), with that evidence. */
  kept: ScopeNote[];
  /**
   * Files not published because of a problem of their own (unreadable, no answer, broken front matter, a slug or a
   * topic that cannot be); the rest of the site is built. With `strict` they are errors instead.
   */
  refused: Problem[];
  errors: Problem[];
  warnings: Problem[];
  topics: { slug: string; name: string; count: number }[];
  regions: { slug: string; name: string; count: number }[];
  /** Full answers with a 要点 box, by evidence (content/key-point.yaml), and those with none; excerpts with a short answer. */
  keyPoints: { summary: number; direct: number; none: number; excerptShortAnswers: number };
  /**
   * 本站更新于 / 首次发布: pages with a site date, and where dates came from — the content folder's git history (read in
   * `gitMs`), or none (`note` says why: not in git, a shallow clone); front matter `date` / `updated` override either.
   */
  siteDates: { fromGit: boolean; gitMs: number; note?: string; dated: number; undated: number; frontMatterOverrides: number };
  /** Every input file and what became of it, so no file is ever dropped silently. */
  fileOutcomes: { file: string; outcome: FileOutcome }[];
};
