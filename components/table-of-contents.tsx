import type { Section } from '@/lib/content/schema';

type Props = { sections: readonly Section[] };

/** In-page contents for a long answer: plain anchor links, no script. */
export function TableOfContents({ sections }: Props) {
  return (
    <nav aria-labelledby="toc-heading" className="print-hidden rounded-lg border border-line bg-surface p-4 [grid-area:toc] lg:self-start">
      <h2 id="toc-heading" className="text-base font-bold">
        本页目录
      </h2>
      <ol className="mt-1">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="flex min-h-11 items-center py-1 leading-snug text-accent underline-offset-4 hover:underline">
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
