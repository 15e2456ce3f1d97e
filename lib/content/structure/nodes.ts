import type { BlockContent, Parent, PhrasingContent, Table } from 'mdast';

/** Two block kinds of our own, turned into `<div>`s by remark-rehype: a tip, and a table in its scrolling box. */
export interface AnswerNote extends Parent {
  type: 'answerNote';
  children: BlockContent[];
}
export interface AnswerTable extends Parent {
  type: 'answerTable';
  label: string;
  caption?: PhrasingContent[];
  children: [Table];
}
declare module 'mdast' {
  interface RootContentMap {
    answerNote: AnswerNote;
    answerTable: AnswerTable;
  }
  interface BlockContentMap {
    answerNote: AnswerNote;
    answerTable: AnswerTable;
  }
}
