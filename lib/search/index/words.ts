/**
 * Build time only: the words of a title, so pinyin and initials match whole words (生育津贴 for `syjt`),
 * never the sounds of two characters that merely sit side by side (乡医 for `xy`).
 *
 * A title's words are the lexicon's forms found in it (医保, 异地就医: the domain's own words, which a general
 * dictionary cuts into single characters), and between them the words of the platform's Chinese word segmenter
 * (Intl.Segmenter), with a stretch of single characters it could not place kept together as one word.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** A word as [start, end) indexes into the run's code points. */
export type WordSpan = readonly [number, number];

/** Words of a Han run; `known` are the code-point spans of lexicon forms found in it, in order, not overlapping. */
export function runWords(chars: readonly string[], known: readonly WordSpan[]): WordSpan[] {
  const words: WordSpan[] = [];
  let at = 0;
  const rest = (end: number) => {
    if (end <= at) return;
    let lone = -1;
    let offset = at;
    for (const { segment } of segmenter.segment(chars.slice(at, end).join(''))) {
      const length = Array.from(segment).length;
      if (length === 1) {
        if (lone < 0) lone = offset;
      } else {
        if (lone >= 0) words.push([lone, offset]);
        lone = -1;
        words.push([offset, offset + length]);
      }
      offset += length;
    }
    if (lone >= 0) words.push([lone, offset]);
  };
  for (const [start, end] of known) {
    rest(start);
    words.push([start, end]);
    at = end;
  }
  rest(chars.length);
  return words;
}

/** Runs of one to `maxWords` consecutive words of at most `maxChars` characters: what initials may stand for. */
export function wordSequences(words: readonly WordSpan[], maxWords = 3, maxChars = 8): WordSpan[] {
  const sequences: WordSpan[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let j = i; j < Math.min(words.length, i + maxWords); j += 1) {
      const start = words[i]?.[0] ?? 0;
      const end = words[j]?.[1] ?? 0;
      if (end - start > maxChars) break;
      if (end - start >= 2) sequences.push([start, end]);
    }
  }
  return sequences;
}
