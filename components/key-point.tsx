type Props = { text: string };

/**
 * 「要点」 at the top of an answer: one or two whole sentences of the answer's own words (lib/content/key-point.ts),
 * as text, never HTML. Read aloud right after the question.
 */
export function KeyPoint({ text }: Props) {
  return (
    <section aria-labelledby="key-point-heading" className="rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-2.5">
      <h2 id="key-point-heading" className="text-[0.9375rem] font-bold text-accent">
        要点
      </h2>
      <p data-read-aloud className="mt-0.5 leading-relaxed">
        {text}
      </p>
    </section>
  );
}
