import type { Problem } from '@/lib/core/problems';
import type { FileOutcome, LeftOut, OmittedLine, Report, ScopeNote } from './report-types';
import { describeEvidence } from './scope';
import type { ScopeDecision } from './scope-decision';

/** Where every step writes what it found; the report is made from it at the end. */
export type Log = {
  errors: Problem[];
  refused: Problem[];
  strict: boolean;
  warnings: Problem[];
  outcome: Map<string, FileOutcome>;
  drafts: Report['drafts'];
  leftOut: LeftOut[];
  omittedLines: OmittedLine[];
  needsConfirmation: LeftOut[];
  borderline: ScopeNote[];
  kept: ScopeNote[];
  keptQuestions: Set<string>;
  /** Full answers whose front matter sets `date` or `updated`. */
  dateOverrides: number;
};

export function newLog(strict: boolean): Log {
  return { errors: [], refused: [], strict, warnings: [], outcome: new Map(), drafts: [], leftOut: [], omittedLines: [], needsConfirmation: [], borderline: [], kept: [], keptQuestions: new Set(), dateOverrides: 0 };
}

/**
 * One file's own problem keeps that file off the site and nothing else: it is refused, and the report names it
 * first. Under `strict` (an editors' CI) it is an error, and nothing is written — as scope verdicts do.
 */
export function refuse(log: Log, ...problems: Problem[]): void {
  for (const p of problems) {
    (log.strict ? log.errors : log.refused).push(p);
    log.outcome.set(p.file, log.strict ? 'error' : 'refused');
  }
}

/** A scope decision as the report shows it. */
export function scopeNote(file: string, line: number, question: string, kind: ScopeNote['kind'], decision: ScopeDecision): ScopeNote {
  const evidence = describeEvidence(decision.evidence, kind === 'article' ? '回答' : '摘要');
  return decision.kept
    ? { file, line, question, kind, verdict: decision.verdict, evidence }
    : { file, line, question, kind, verdict: 'out', rule: decision.rule, reason: decision.reason, evidence };
}

/** Borderline decisions are listed every time (an editor checks each place); a clear keep once per question. */
export function noteKept(log: Log, note: ScopeNote): void {
  if (note.verdict === 'borderline') log.borderline.push(note);
  else if (!log.keptQuestions.has(note.question)) {
    log.keptQuestions.add(note.question);
    log.kept.push(note);
  }
}
