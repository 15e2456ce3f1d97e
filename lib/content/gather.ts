import { DATA_FILES } from './input';
import { groupOf, type Draft, type FullCandidate } from './drafts';
import { noteKept, scopeNote, type Log } from './build-log';
import { questionKey, type Page } from './parse-page';
import type { ParsedFile } from './read-files';
import type { Rules } from './rules';
import { decideScope, type ScopeDecision } from './scope-decision';
import type { ScopeNote } from './report-types';
import { typeset } from './typography';

/**
 * Each file's own question: decided on the question and its whole answer. A clearly off-topic file is left out
 * with a warning for an editor (「需要编辑确认」), or an error under `strict`; the rest of the site builds as usual.
 */
export function takeFullArticles(parsed: ParsedFile[], rules: Rules, groups: Map<string, Draft>, log: Log): void {
  for (const p of parsed) {
    const { question, key } = p;
    if (p.frontMatter.draft) {
      log.drafts.push({ file: p.file, question });
      log.outcome.set(p.file, 'draft');
      continue;
    }
    const decision = decideScope(rules.scope, question, answerOpening(p.page));
    const note = scopeNote(p.file, p.page.questionLine, question, 'article', decision);
    if (!decision.kept) {
      if (log.strict) {
        log.errors.push({
          file: p.file,
          line: p.page.questionLine,
          message: `the question \`${question}\` looks off-topic for this site (${decision.reason}; ${note.evidence})`,
          fix: `delete the file, or add its insurance words to content/${DATA_FILES.lexicon}, or adjust rule \`${decision.rule}\` in content/${DATA_FILES.scope}`,
        });
        log.outcome.set(p.file, 'error');
      } else {
        log.needsConfirmation.push({ ...note, rule: decision.rule, reason: decision.reason });
        log.outcome.set(p.file, 'left-out');
      }
      continue;
    }
    noteKept(log, note);
    const g = groupOf(groups, key, question);
    const candidate: FullCandidate = { question, key, file: p, origin: { file: p.file, line: p.page.questionLine } };
    if (!g.full) {
      g.full = candidate;
      g.question = question;
      continue;
    }
    g.duplicates.push(candidate);
    log.warnings.push({
      file: p.file,
      line: p.page.questionLine,
      message: `the question \`${question}\` is also the question of ${g.full.file.file}; that file's answer is published`,
      fix: 'delete one of the two files, or reword one question',
    });
  }
}

/** What of an answer scope reads: its opening, which says what the page is about (and caps the cost of long answers). */
export const SCOPE_ANSWER_CHARS = 3000;

function answerOpening(page: Page): string {
  let text = '';
  for (const l of page.answer) {
    if (text.length >= SCOPE_ANSWER_CHARS) break;
    text += `${l.text}\n`;
  }
  return text.slice(0, SCOPE_ANSWER_CHARS);
}

/** Every related item: decided on its title and summary (the same item recurs across files; it is decided once). */
export function takeRelatedItems(parsed: ParsedFile[], rules: Rules, groups: Map<string, Draft>, log: Log): void {
  // The same item recurs across thousands of lists: decide it, and describe its evidence, once.
  const decided = new Map<string, { decision: ScopeDecision; note: ScopeNote }>();
  for (const p of parsed) {
    const state = log.outcome.get(p.file);
    if (state === 'draft' || state === 'error' || state === 'refused') continue;
    const seenHere = new Set<string>();
    for (const item of p.page.related) {
      const question = typeset(item.title);
      const cacheKey = `${question}\n${item.summary}`;
      let first = decided.get(cacheKey);
      if (!first) {
        const d = decideScope(rules.scope, question, item.summary);
        first = { decision: d, note: scopeNote(p.file, item.line, question, 'related', d) };
        decided.set(cacheKey, first);
      }
      const { decision } = first;
      const note = { ...first.note, file: p.file, line: item.line };
      if (!decision.kept) {
        log.leftOut.push({ ...note, rule: decision.rule, reason: decision.reason });
        continue;
      }
      const key = questionKey(question);
      if (key === p.key) continue;
      noteKept(log, note);
      if (seenHere.has(key)) {
        log.warnings.push({ file: p.file, line: item.line, message: `related item \`${question}\` appears twice in this list`, fix: 'delete the repeated item' });
      }
      seenHere.add(key);
      groupOf(groups, key, question).occurrences.push({
        question,
        summary: item.summary,
        ...(item.source ? { source: item.source } : {}),
        origin: { file: p.file, line: item.line },
        listedBy: p.key,
      });
    }
  }
}
