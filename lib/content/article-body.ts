import { bestOccurrence, type Draft } from './drafts';
import type { Log } from './build-log';
import type { History } from './history';
import { findKeyPoint } from './key-point';
import type { Rules } from './rules';
import type { Article, FrontMatter } from './schema';
import { splitShortAnswer } from './short-answer';
import { structureAnswer, structureExcerpt } from './structure';
import { detectYears } from './years';

/** An article's text and dates, before its slug, topics, regions and links. */
export type Body = Omit<Article, 'related' | 'listedBy' | 'topics' | 'regions' | 'slug'>;

/** The article's text: a full answer from its file, or an excerpt from the best of its related-list occurrences. */
export function articleBody(d: Draft, rules: Rules, log: Log): Body | undefined {
  if (d.full) {
    const page = d.full.file.page;
    const fm = d.full.file.frontMatter;
    const s = structureAnswer(d.full.file.file, page.answer);
    log.warnings.push(...s.warnings);
    const keyPoint = rules.keyPoint ? findKeyPoint(rules.keyPoint, d.question, s.blocks) : undefined;
    const siteDates = siteDatesOf(d.full.file.file, fm, rules.history);
    if (fm.date || fm.updated) log.dateOverrides++;
    const changeNote = fm.change_note ?? fm.更新说明;
    return {
      kind: 'full',
      question: d.question,
      altTitles: d.altTitles,
      answerHtml: s.html,
      answerText: s.text,
      sections: s.sections,
      ...(keyPoint ? { keyPoint } : {}),
      ...(fm.date ? { date: fm.date } : {}),
      ...(siteDates ? { siteDates } : {}),
      ...(changeNote ? { changeNote } : {}),
      years: detectYears(d.question, s.text),
      origins: [d.full.origin, ...d.duplicates.map((c) => c.origin)],
    };
  }
  const best = bestOccurrence(d.occurrences);
  if (!best) return undefined;
  const split = splitShortAnswer(best.question, best.summary);
  const excerpt = structureExcerpt(split.rest);
  // An excerpt is on the site since the file it was taken from is.
  const siteDates = siteDatesOf(best.origin.file, undefined, rules.history);
  return {
    kind: 'excerpt',
    question: d.question,
    altTitles: d.altTitles,
    answerHtml: excerpt.html,
    answerText: excerpt.text,
    sections: [],
    ...(split.shortAnswer ? { shortAnswer: split.shortAnswer, keyPoint: { text: split.shortAnswer, evidence: 'short-answer' as const } } : {}),
    ...(best.source ? { source: best.source } : {}),
    ...(best.source?.date ? { date: best.source.date } : {}),
    ...(siteDates ? { siteDates } : {}),
    years: detectYears(d.question, `${split.shortAnswer ?? ''} ${split.rest}`),
    origins: d.occurrences.map((o) => o.origin),
  };
}

/**
 * 首次发布 and 本站更新于 for a page made from `file`: the front matter's `date` and `updated`, else the file's first and
 * last commit; never a file time. The update is never before the publication. Undefined when neither is known.
 */
function siteDatesOf(file: string, fm: FrontMatter | undefined, history: History | undefined): Article['siteDates'] {
  const git = history?.dates?.get(file);
  const published = fm?.date ?? git?.first;
  const latest = fm?.updated ?? git?.last;
  const updated = published !== undefined && latest !== undefined && latest < published ? published : latest;
  if (published === undefined && updated === undefined) return undefined;
  return { ...(published ? { published } : {}), ...(updated ? { updated } : {}) };
}
