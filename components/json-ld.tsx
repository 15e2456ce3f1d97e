import { serializeJsonLd } from '@/lib/site/seo';

type Props = { data: Record<string, unknown> | Record<string, unknown>[] };

/**
 * Structured data for search engines. serializeJsonLd escapes every `<`, so text from content
 * files cannot close the script element or open a comment: the block stays inert data.
 */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
