type Props = { html: string };

/**
 * The one place the site renders an HTML string. It is safe because the content step builds
 * `answerHtml` with remark/rehype from text nodes only (no `html` mdast nodes, so any markup in a
 * file arrives here as escaped text) and the record is validated by lib/content/schema.ts.
 */
export function AnswerBody({ html }: Props) {
  return <div className="prose-answer" dangerouslySetInnerHTML={{ __html: html }} />;
}
