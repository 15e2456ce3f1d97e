/**
 * Pinyin at query time, from the small table the index build ships (reading → characters).
 * The build uses pinyin-pro on whole titles (so polyphones get their reading in context);
 * the browser only needs which readings a typed character can have, and how to cut typed
 * Latin letters into syllables.
 */

export type Sounds = Readonly<Record<string, string>>;

export type PinyinTable = {
  readingsOf: (char: string) => readonly string[];
  syllables: ReadonlySet<string>;
  longestSyllable: number;
};

export function pinyinTable(sounds: Sounds): PinyinTable {
  const byChar = new Map<string, string[]>();
  for (const [reading, chars] of Object.entries(sounds)) {
    for (const char of chars) {
      const list = byChar.get(char);
      if (list) list.push(reading);
      else byChar.set(char, [reading]);
    }
  }
  const syllables = new Set(Object.keys(sounds));
  let longestSyllable = 0;
  for (const s of syllables) longestSyllable = Math.max(longestSyllable, s.length);
  return { readingsOf: (char) => byChar.get(char) ?? [], syllables, longestSyllable };
}

/**
 * The table with the readings of more characters, for those it has none for: a query typed with a character the
 * corpus never uses (起富线) can still be read by its sounds (s/sounds.json, lib/search/format.ts).
 */
export function withMoreReadings(table: PinyinTable, more: Sounds): PinyinTable {
  const extra = pinyinTable(more);
  const readingsOf = (char: string) => {
    const own = table.readingsOf(char);
    return own.length > 0 ? own : extra.readingsOf(char);
  };
  return { ...table, readingsOf };
}

/**
 * Cuts letters into known syllables, preferring fewer (so longer) syllables: `xian` stays
 * one syllable, `yidijiuyi` becomes yi·di·jiu·yi. Returns undefined when no cut uses only
 * known syllables.
 */
export function segmentSyllables(letters: string, table: PinyinTable): string[] | undefined {
  const n = letters.length;
  // best[i]: fewest syllables covering letters[i..]; next[i]: where the first of them ends.
  const best = new Array<number>(n + 1).fill(Infinity);
  const next = new Array<number>(n + 1).fill(-1);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let len = Math.min(table.longestSyllable, n - i); len >= 1; len -= 1) {
      const rest = best[i + len] ?? Infinity;
      if (rest + 1 < (best[i] ?? Infinity) && table.syllables.has(letters.slice(i, i + len))) {
        best[i] = rest + 1;
        next[i] = i + len;
      }
    }
  }
  if (!Number.isFinite(best[0] ?? Infinity)) return undefined;
  const cut: string[] = [];
  for (let i = 0; i < n; ) {
    const end = next[i] ?? n;
    cut.push(letters.slice(i, end));
    i = end;
  }
  return cut;
}

/**
 * Every reading sequence of a Han run, capped: polyphones multiply, and a query only needs
 * the few plausible ones.
 */
export function readingSequences(chars: readonly string[], table: PinyinTable, cap = 8): string[][] {
  let sequences: string[][] = [[]];
  for (const char of chars) {
    const readings = table.readingsOf(char);
    if (readings.length === 0) return [];
    const grown: string[][] = [];
    for (const seq of sequences) {
      for (const r of readings) {
        if (grown.length < cap) grown.push([...seq, r]);
      }
    }
    sequences = grown;
  }
  return sequences;
}
