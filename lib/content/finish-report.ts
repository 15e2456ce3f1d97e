import { byteOrder } from '@/lib/core/order';
import { compareProblems } from '@/lib/core/problems';
import type { Built } from './assemble';
import type { Log } from './build-log';
import type { History } from './history';
import type { Report } from './report-types';

export function finishReport(files: number, paths: string[], log: Log, built?: Built, history?: History): Report {
  const articles = built?.siteData.articles ?? [];
  const byPlace = <T extends { file: string; line: number }>(list: T[]) => [...list].sort((a, b) => byteOrder(a.file, b.file) || a.line - b.line);
  return {
    files,
    full: articles.filter((a) => a.kind === 'full').length,
    excerpts: articles.filter((a) => a.kind === 'excerpt').length,
    drafts: log.drafts,
    mergedDuplicates: built?.mergedDuplicates ?? 0,
    merges: [...(built?.merges ?? [])].sort((a, b) => byteOrder(a.slug, b.slug)),
    leftOut: byPlace(log.leftOut),
    omittedLines: log.omittedLines,
    needsConfirmation: byPlace(log.needsConfirmation),
    borderline: byPlace(log.borderline),
    kept: byPlace(log.kept),
    refused: [...log.refused].sort(compareProblems),
    errors: [...log.errors].sort(compareProblems),
    warnings: [...log.warnings].sort(compareProblems),
    topics: (built?.siteData.topics ?? []).map((t) => ({ slug: t.slug, name: t.name, count: t.count })),
    regions: (built?.siteData.regions ?? []).map((r) => ({ slug: r.slug, name: r.name, count: r.count })),
    keyPoints: {
      summary: articles.filter((a) => a.kind === 'full' && a.keyPoint?.evidence === 'summary').length,
      direct: articles.filter((a) => a.kind === 'full' && a.keyPoint?.evidence === 'direct').length,
      none: articles.filter((a) => a.kind === 'full' && !a.keyPoint).length,
      excerptShortAnswers: articles.filter((a) => a.kind === 'excerpt' && a.keyPoint).length,
    },
    siteDates: {
      fromGit: history?.dates !== undefined,
      gitMs: Math.round(history?.ms ?? 0),
      ...(history?.note ? { note: history.note } : {}),
      dated: articles.filter((a) => a.siteDates).length,
      undated: articles.filter((a) => !a.siteDates).length,
      frontMatterOverrides: log.dateOverrides,
    },
    fileOutcomes: paths.map((file) => ({ file, outcome: log.outcome.get(file) ?? 'error' })),
  };
}
