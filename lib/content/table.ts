import type { Line } from './parse-page';

/**
 * Tables a scraper flattened to text: rows of cells split by `|` (a markdown pipe table, with or without its
 * `---` separator row), by tabs, or by runs of two or more spaces (or ideographic spaces). A table is at least two
 * consecutive rows (blank lines between rows are allowed) with the same number of cells, the first row being the
 * header; one line is never a table. Space-split rows are the easiest to mistake for prose, so their cells must be
 * short and free of sentence punctuation.
 */
export type FlatTable = {
  header: string[];
  body: string[][];
  /** Index just past the table's last line in the lines given. */
  end: number;
  /** 1-based file line of each row (header first), for messages. */
  lines: number[];
};

type Splitter = { name: 'pipe' | 'tab' | 'spaces'; split: (text: string) => string[] | undefined; maxCell: number };

const MAX_COLUMNS = 12;
const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$|^\|\s*:?-{2,}:?\s*\|$/;
/** Cells starting like a list item or a heading: the line is structure of another kind. */
const NOT_A_CELL_START = /^(?:[•●◦○▪▫■□◆◇▶►▸]|[-*+]\s|#{1,6}\s)/;
const SENTENCE = /[。；;！!？?]/;

const SPLITTERS: Splitter[] = [
  {
    name: 'pipe',
    maxCell: 200,
    split: (text) => {
      if (!/[|｜]/.test(text)) return undefined;
      const inner = text.replace(/^[|｜]/, '').replace(/[|｜]$/, '');
      return inner.split(/[|｜]/).map((c) => c.trim());
    },
  },
  { name: 'tab', maxCell: 200, split: (text) => (text.includes('\t') ? text.split(/\t/).map((c) => c.trim()) : undefined) },
  { name: 'spaces', maxCell: 24, split: (text) => (/\S(?: {2,}|\u3000+)\S/.test(text) ? text.split(/ {2,}|\u3000+/).map((c) => c.trim()) : undefined) },
];

/** Cheap look before any splitting: most lines have none of the separators. */
export function mayBeTableRow(text: string): boolean {
  return text.includes('|') || text.includes('｜') || text.includes('\t') || / {2}|\u3000/.test(text);
}

function cellsOk(cells: string[] | undefined, splitter: Splitter): cells is string[] {
  if (!cells || cells.length < 2 || cells.length > MAX_COLUMNS) return false;
  if (cells.every((c) => c === '')) return false;
  if (NOT_A_CELL_START.test(cells[0] ?? '')) return false;
  if (splitter.name !== 'spaces') return cells.every((c) => c.length <= splitter.maxCell);
  return cells.every((c) => c !== '' && c.length <= splitter.maxCell && !SENTENCE.test(c));
}

/** The table starting at `lines[start]`, or undefined when no table starts there. */
export function readTable(lines: Line[], start: number): FlatTable | undefined {
  const first = lines[start]?.text.trim() ?? '';
  if (!mayBeTableRow(first)) return undefined;
  for (const splitter of SPLITTERS) {
    const head = splitter.split(first);
    if (!cellsOk(head, splitter)) continue;
    const rows: string[][] = [head];
    const rowLines: number[] = [lines[start]?.line ?? 0];
    let end = start + 1;
    let i = start + 1;
    let separator = false;
    while (i < lines.length) {
      const text = lines[i]?.text.trim() ?? '';
      if (text === '') {
        i++;
        continue;
      }
      if (splitter.name === 'pipe' && SEPARATOR_ROW.test(text)) {
        // Only right under the header: elsewhere it is not part of a row.
        if (rows.length !== 1 || separator) break;
        separator = true;
        end = ++i;
        continue;
      }
      const cells = splitter.split(text);
      if (!cellsOk(cells, splitter) || cells.length !== head.length) break;
      rows.push(cells);
      rowLines.push(lines[i]?.line ?? 0);
      end = ++i;
    }
    if (rows.length < 2) continue;
    return { header: head, body: rows.slice(1), end, lines: rowLines };
  }
  return undefined;
}
