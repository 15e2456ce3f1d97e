type Props = { text: string };

/**
 * 「要点」 at the top of an answer: one or two whole sentences of the answer's own words (lib/content/key-point.ts),
 * as text, never HTML. Its label runs into the text, so the box is a line shorter on a phone; read aloud right
 * after the question.
 */
export function KeyPoint({ text }: Props) {
  return (
    <section aria-labelledby="key-point-heading" className="rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-2.5 leading-relaxed">
      <h2 id="key-point-heading" className="mr-2 inline font-bold text-accent">
        要点
      </h2>
      <p data-read-aloud className="inline">
        {text}
      </p>
    </section>
  );
}
