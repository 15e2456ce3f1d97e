import { notFound } from 'next/navigation';
import { catalog } from '@/lib/site/records';
import { sitemapEntries, sitemapParts, urlsetXml } from '@/lib/site/sitemap';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ part: string }> };

const parts = () => sitemapParts(sitemapEntries(catalog()));

/** `1.xml`, `2.xml`, …: the parts the index at /sitemap.xml lists. */
export function generateStaticParams() {
  return parts().map((_, i) => ({ part: `${i + 1}.xml` }));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { part } = await params;
  const entries = parts()[Number(/^(\d+)\.xml$/.exec(part)?.[1] ?? 0) - 1];
  if (!entries) notFound();
  return new Response(urlsetXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
