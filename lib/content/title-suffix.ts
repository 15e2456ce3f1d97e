import type { PageFurnitureWords } from './page-furniture-data';

/**
 * What a site puts between a page's title and its own name: `_`, `|`, `｜`, ` - `, `—`. An underscore inside a
 * Latin word (`window.__x`, `file_name`) joins it and separates nothing.
 */
const SEPARATOR = /\s*(?:(?<![A-Za-z0-9.])_+(?![A-Za-z0-9])|[|｜]|\s[-–]\s|—+)\s*/g;
/** A segment that asks something, or runs long, is part of the question, never a site's name. */
const QUESTION_LIKE = /[？?吗呢]$/;
const MAX_SUFFIX_CHARS = 20;

export type TitleCut = { question: string; suffix: string; evidence: string };

type Segment = { text: string; start: number };

function segmentsOf(title: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    out.push({ text: title.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  out.push({ text: title.slice(from), start: from });
  return out;
}

/** A title's parts between the separators a site puts before its name, in order. */
export function titleSegments(title: string): string[] {
  return segmentsOf(title).map((segment) => segment.text);
}

/** Why a title's last segment is a site's or a column's name, or undefined when nothing says so. */
function siteEvidence(segment: string, titlesEndingSo: number, words: PageFurnitureWords): string | undefined {
  if (segment === '' || segment.length > MAX_SUFFIX_CHARS || QUESTION_LIKE.test(segment)) return undefined;
  if (words.siteNames.has(segment)) return 'names a site';
  const ending = words.siteEndings.find((e) => segment.endsWith(e) && segment.length > e.length);
  if (ending) return `names a site or column (ends in ${ending})`;
  if (titlesEndingSo >= 2) return `ends the titles of ${titlesEndingSo} files`;
  return undefined;
}

/**
 * Every title without the site or section names a scraper kept after it (`…吗_医保知识_健康问答网`): the trailing
 * segments, after a separator, that are shared across the files' titles or name a site or column
 * (content/page-furniture.yaml). The first segment is always kept. `undefined` where nothing is cut.
 */
export function cutTitleSuffixes(titles: readonly string[], words: PageFurnitureWords): (TitleCut | undefined)[] {
  const segmented = titles.map((t) => segmentsOf(t));
  const trailing = new Map<string, number>();
  for (const segs of segmented) for (const s of new Set(segs.slice(1).map((x) => x.text))) trailing.set(s, (trailing.get(s) ?? 0) + 1);
  return segmented.map((segs, i) => {
    const title = titles[i] ?? '';
    let keep = segs.length;
    const evidence: string[] = [];
    while (keep > 1) {
      const seg = segs[keep - 1];
      const why = seg && siteEvidence(seg.text, trailing.get(seg.text) ?? 0, words);
      if (!seg || !why) break;
      evidence.unshift(`「${seg.text}」${why}`);
      keep--;
    }
    const last = segs[keep - 1];
    if (!last || keep === segs.length) return undefined;
    // The question is the title up to the first cut separator, as written (its own inner separators kept).
    const end = last.start + last.text.length;
    return { question: title.slice(0, end).trim(), suffix: title.slice(end).trim(), evidence: evidence.join('; ') };
  });
}
