import type { ReactNode } from 'react';

type Props = {
  /** The heading's id; the section is named by it for screen readers. */
  id: string;
  title: string;
  /** A link to the full list, beside the heading. */
  more?: { href: string; label: string };
  className?: string;
  children: ReactNode;
};

/** A titled block of a page: an `<h2>`, an optional "all of them" link, then the content. */
export function PageSection({ id, title, more, className, children }: Props) {
  return (
    <section aria-labelledby={id} className={className}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id={id} className="text-xl font-bold">
          {title}
        </h2>
        {more ? (
          <a href={more.href} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
            {more.label}
          </a>
        ) : null}
      </div>
      {children}
    </section>
  );
}
