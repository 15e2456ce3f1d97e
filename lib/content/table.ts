import { listMarker, MD_HEADING, SENTENCE_STOP } from './markers';
import type { Line } from './parse-page';

/**
 * Tables a scraper flattened to text: rows of cells split by `|` (a markdown pipe table, with or without its
 * `---` separator row), by tabs, or by runs of two or more spaces (or ideographic spaces). A table is at least two
 * consecutive rows (blank lines between rows are allowed) with the same number of cells, the first row being the
 * header; a tab or pipe row right under another may lack its empty last cells. One line is never a table, and a
 * line that opens like a list item or a heading is never a row. Space-split rows are the easiest to mistake for
 * prose, so their cells must be short and free of sentence punctuation.
 */
export type FlatTable = {
  header: string[];
  body: string[][];
  /** Index just past the table's last line in the lines given. */
  end: number;
  /** 1-based file line of each row (header first), for messages. */
  lines: number[];
};

type Splitter = {
  name: 'pipe' | 'tab' | 'spaces';
  split: (text: string) => string[] | undefined;
  maxCell: number;
  /**
   * Whether a row right under the one before it may have fewer cells than the header: its empty last cells went
   * with the line's trailing whitespace (`高血压\t无\t60%\t`), or, in a pipe table, were never written.
   */
  padsShortRows: boolean;
};

const MAX_COLUMNS = 12;
const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$|^\|\s*:?-{2,}:?\s*\|$/;

const SPLITTERS: Splitter[] = [
  {
    name: 'pipe',
    maxCell: 200,
    padsShortRows: true,
    split: (text) => {
      if (!/[|｜]/.test(text)) return undefined;
      const inner = text.replace(/^[|｜]/, '').replace(/[|｜]$/, '');
      return inner.split(/[|｜]/).map((c) => c.trim());
    },
  },
  { name: 'tab', maxCell: 200, padsShortRows: true, split: (text) => (text.includes('\t') ? text.split(/\t/).map((c) => c.trim()) : undefined) },
  { name: 'spaces', maxCell: 24, padsShortRows: false, split: (text) => (/\S(?: {2,}|\u3000+)\S/.test(text) ? text.split(/ {2,}|\u3000+/).map((c) => c.trim()) : undefined) },
];

/** Cheap look before any splitting: most lines have none of the separators. */
export function mayBeTableRow(text: string): boolean {
  return text.includes('|') || text.includes('｜') || text.includes('\t') || / {2}|\u3000/.test(text);
}

/**
 * A line that opens like a list item (`1. 职工医保  每年1月缴费`, `• 门诊\t…`) or a heading is structure of another
 * kind, whatever separators it holds; a pipe row that opens with `|` is a row whatever its first cell says.
 */
function opensOtherStructure(text: string): boolean {
  return listMarker(text) !== undefined || MD_HEADING.test(text);
}

/** The cells of one trimmed line read as a row, or undefined when it is not one. */
function rowCells(text: string, splitter: Splitter): string[] | undefined {
  if (opensOtherStructure(text)) return undefined;
  const cells = splitter.split(text);
  if (!cells || cells.length < 2 || cells.length > MAX_COLUMNS) return undefined;
  if (cells.every((c) => c === '')) return undefined;
  const ok =
    splitter.name === 'spaces'
      ? cells.every((c) => c !== '' && c.length <= splitter.maxCell && !SENTENCE_STOP.test(c))
      : cells.every((c) => c.length <= splitter.maxCell);
  return ok ? cells : undefined;
}

/** The table starting at `lines[start]`, or undefined when no table starts there. */
export function readTable(lines: Line[], start: number): FlatTable | undefined {
  const first = lines[start]?.text.trim() ?? '';
  if (!mayBeTableRow(first)) return undefined;
  for (const splitter of SPLITTERS) {
    const head = rowCells(first, splitter);
    if (!head) continue;
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
      const adjacent = i === end;
      if (splitter.name === 'pipe' && SEPARATOR_ROW.test(text)) {
        // Only right under the header: elsewhere it is not part of a row.
        if (rows.length !== 1 || separator) break;
        separator = true;
        end = ++i;
        continue;
      }
      const cells = rowCells(text, splitter);
      if (!cells) break;
      const short = cells.length < head.length && splitter.padsShortRows && adjacent;
      if (cells.length !== head.length && !short) break;
      rows.push([...cells, ...Array<string>(head.length - cells.length).fill('')]);
      rowLines.push(lines[i]?.line ?? 0);
      end = ++i;
    }
    if (rows.length < 2) continue;
    return { header: head, body: rows.slice(1), end, lines: rowLines };
  }
  return undefined;
}
