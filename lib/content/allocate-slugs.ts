import { refuse, type Log } from './build-log';
import type { Draft } from './drafts';
import type { Article, Origin } from './schema';
import { articleSlug, RESERVED_SLUGS } from './slug';

export type SlugOwner = { where: Origin; question: string };

/** A slug for every question: the front matter's, else one made from the question; reserved and taken ones are errors. */
export function allocateSlugs(pending: Draft[], log: Log): { ofDraft: Map<Draft, string>; ofKey: Map<string, string>; owner: Map<string, SlugOwner> } {
  const ofDraft = new Map<Draft, string>();
  const ofKey = new Map<string, string>();
  const owner = new Map<string, SlugOwner>();
  for (const d of pending) {
    const fm = d.full?.file.frontMatter;
    const where = d.full?.origin ?? d.occurrences[0]?.origin;
    if (!where) continue;
    const slug = fm?.slug ?? articleSlug(d.question);
    if (fm?.slug && RESERVED_SLUGS.has(fm.slug)) {
      refuse(log, { file: where.file, line: d.full?.file.keyLines.slug ?? 1, message: `slug \`${fm.slug}\` is reserved`, fix: 'choose another slug, or remove the `slug` line' });
      continue;
    }
    const taken = owner.get(slug);
    if (taken) {
      const problem = {
        file: where.file,
        line: where.line,
        message: `slug \`${slug}\` of \`${d.question}\` is already used by \`${taken.question}\` (${taken.where.file}:${taken.where.line})`,
        fix: 'give one of the two files a different `slug` in its front matter',
      };
      // A full answer's file is refused; a related item's clash says so without refusing the file that lists it.
      if (d.full) refuse(log, problem);
      else log.warnings.push({ ...problem, message: `left out related item: ${problem.message}` });
      continue;
    }
    owner.set(slug, { where, question: d.question });
    ofDraft.set(d, slug);
    ofKey.set(d.key, slug);
    for (const k of d.aliasKeys) ofKey.set(k, slug);
  }
  return { ofDraft, ofKey, owner };
}

/** An alias keeps the URL its question would have had; it must not shadow a real page. */
export function checkAliases(records: Pick<Article, 'origins' | 'aliases'>[], owner: Map<string, SlugOwner>, log: Log): void {
  for (const r of records) {
    const where = r.origins[0] ?? { file: '', line: 1 };
    for (const a of r.aliases ?? []) {
      const taken = owner.get(a.slug);
      if (taken) {
        log.errors.push({ file: where.file, line: where.line, message: `alternative title \`${a.question}\` has slug \`${a.slug}\`, already used by \`${taken.question}\``, fix: 'reword one of the questions' });
      } else owner.set(a.slug, { where, question: a.question });
    }
  }
}
