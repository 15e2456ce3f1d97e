import type { Problem } from '@/lib/core/problems';
import { refuse, type Log } from './build-log';
import type { Body } from './article-body';
import type { Draft } from './drafts';
import { DATA_FILES } from './input';
import type { Division } from './regions';
import type { Rules } from './rules';
import { assignTopics } from './topics';

/** The front matter's topics (checked), else the lexicon's and the phrasings' (lib/content/topics.ts); none is an error. */
export function topicsOf(d: Draft, body: Body, rules: Rules, log: Log): string[] | undefined {
  const where = body.origins[0] ?? { file: '', line: 1 };
  const fm = d.full?.file.frontMatter;
  const known = rules.topics.topics.map((t) => t.slug);
  if (fm?.topics) {
    const unknown = fm.topics.filter((t) => !known.includes(t));
    if (unknown.length === 0) return fm.topics;
    refuse(log, {
      file: where.file,
      line: d.full?.file.keyLines.topics ?? 1,
      message: `unknown topic ${unknown.map((t) => `\`${t}\``).join(', ')} in front matter`,
      fix: `use slugs from content/${DATA_FILES.topics}: ${known.join(', ')}`,
    });
    return undefined;
  }
  const topics = assignTopics(rules.topics, [d.question, ...d.altTitles].join('\n'), body.answerText);
  if (topics.length > 0) return topics;
  if (!d.full) {
    // An excerpt from someone else's related list cannot be given front matter: one such item must not stop the site.
    log.warnings.push({
      file: where.file,
      line: where.line,
      message: `left out related item \`${d.question}\`: no topic fits`,
      fix: `give one of its words a topic in content/${DATA_FILES.lexicon} or add a phrasing in content/${DATA_FILES.topics}; delete the item if it is off-topic`,
    });
    return undefined;
  }
  refuse(log, {
    file: where.file,
    line: where.line,
    message: `no topic fits \`${d.question}\``,
    fix: `give one of its words a topic in content/${DATA_FILES.lexicon}, add a phrasing in content/${DATA_FILES.topics}, or set \`topics:\` in the file's front matter`,
  });
  return undefined;
}

/** The front matter's regions (each province with its city), else those the question names; none when one is unknown. */
export function regionsOf(d: Draft, rules: Rules, log: Log): Division[] | undefined {
  const fm = d.full?.file.frontMatter;
  if (!fm?.regions) return rules.regions.detect([d.question, ...d.altTitles].join('\n'));
  const where = d.full?.origin ?? { file: '', line: 1 };
  const regions: Division[] = [];
  const unknown: Problem[] = [];
  for (const name of fm.regions) {
    const r = rules.regions.resolve(name);
    if (!r) {
      unknown.push({ file: where.file, line: d.full?.file.keyLines.regions ?? 1, message: `unknown region \`${name}\` in front matter`, fix: 'write a province or city name such as 广东 or 广州市' });
      continue;
    }
    const province = rules.regions.bySlug.get(r.province);
    for (const x of [province, r]) if (x && !regions.includes(x)) regions.push(x);
  }
  refuse(log, ...unknown);
  return unknown.length > 0 ? undefined : regions;
}
