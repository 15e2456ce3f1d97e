import { inline, placeBlock, type Builder } from './builder';

/** Paragraphs that sum up rather than describe the last step: they end the procedure. */
const CLOSING = /^(?:综上|总之|总结|总的来说|总而言之|以上|完成以上|完成后|办理完成|如需|如有疑问|如遇问题|若遇问题)/;

/** Every other line is a paragraph, inside the item it is indented under. */
export function addParagraph(b: Builder, text: string, indent: number): void {
  const target = placeBlock(b, indent, CLOSING.test(text));
  b.counts.paragraphs++;
  target.push({ type: 'paragraph', children: inline(b, text) });
}
