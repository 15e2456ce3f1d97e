import type { BlockContent, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { SENTENCE_STOP } from '../markers';
import type { Line } from '../parse-page';
import { mayBeTableRow, readTable, type FlatTable } from '../table';
import { placeBlock, type Builder } from './builder';
import { phrasing, plain } from './phrasing';

/**
 * Rows of a flattened table starting at line `i` → a `<table>` with a header row, in a scrolling box. Returns the
 * index just past the table's last line, or undefined when no table starts here.
 */
export function takeTable(b: Builder, text: string, lines: Line[], i: number, indent: number): number | undefined {
  if (!mayBeTableRow(text)) return undefined;
  const table = readTable(lines, i);
  if (!table) return undefined;
  addTable(b, table, placeBlock(b, indent));
  return table.end;
}

function addTable(b: Builder, table: FlatTable, target: BlockContent[]): void {
  const row = (cells: string[], header: boolean): TableRow => {
    const nodes = cells.map((c) => phrasing(c));
    b.counts.strong += nodes.flat().filter((n) => n.type === 'strong').length;
    // One line of the plain text per row, its cells apart by spaces.
    b.textLines.push(nodes.map(plain).join(' '));
    return { type: 'tableRow', children: nodes.map((children): TableCell => ({ type: 'tableCell', children, ...(header ? { data: { hProperties: { scope: 'col' } } } : {}) })) };
  };
  const node: Table = { type: 'table', children: [row(table.header, true), ...table.body.map((cells) => row(cells, false))] };

  // A short line ending in a colon right above the table (`各档次缴费标准如下：`) is its caption; one that holds a
  // whole sentence before the colon (`…各地不同。以上海为例：`) is a paragraph of the answer.
  const previous = target[target.length - 1];
  let caption: PhrasingContent[] | undefined;
  let label = '';
  const lead = previous?.type === 'paragraph' ? plain(previous.children) : '';
  if (previous?.type === 'paragraph' && lead.length <= 40 && /[:：]$/.test(lead) && !SENTENCE_STOP.test(lead)) {
    target.pop();
    caption = stripTrailingColon(previous.children);
    label = plain(caption);
  } else if (previous?.type === 'heading') label = plain(previous.children);
  if (label === '') label = `表格：${table.header.filter(Boolean).join('、')}`;
  b.counts.tables++;
  target.push({ type: 'answerTable', label, ...(caption ? { caption } : {}), children: [node] });
}

function stripTrailingColon(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/[:：]$/, '') };
  else if (last?.type === 'strong') out[out.length - 1] = { ...last, children: stripTrailingColon(last.children) };
  return out;
}
