import { formsAt, type ConceptMatcher } from '@/lib/lexicon/match';

/**
 * Every concept a text names, nested names included: a title saying 异地就医备案 names 异地就医备案 and also
 * 异地就医. lib/lexicon/match.ts keeps only the longest of overlapping names, which is right for weighing scope
 * evidence; search files a document under each concept it names, so 外地看病 finds it too. `text` must already be
 * normalised (lib/search/tokenize.ts), as the index and the queries are.
 */
export function conceptsIn(matcher: ConceptMatcher, text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let start = 0; start < text.length; start += 1) {
    // A Latin name (DRG, 12393) never starts inside a longer word or number.
    if (isLatin(text[start]) && isLatin(text[start - 1])) continue;
    formsAt(matcher, text, start, (concept, end) => {
      if (!(isLatin(text[end - 1]) && isLatin(text[end]))) counts.set(concept, (counts.get(concept) ?? 0) + 1);
    });
  }
  return counts;
}

const isLatin = (char: string | undefined) => char !== undefined && /[a-z0-9]/.test(char);
