import { describe, expect, it } from 'vitest';
import { computeRelated, MAX_LISTED_BY, MAX_RELATED, MIN_RELATED, type RelatedInput } from '@/lib/content/related';

const record = (slug: string, question: string, extra: Partial<RelatedInput> = {}): RelatedInput => ({
  slug,
  question,
  topics: ['flexible-employment'],
  regions: [],
  explicit: [],
  listedBy: [],
  ...extra,
});

describe('related links at scale', () => {
  // 300 full answers all name one popular summary: the summary's page must not list 300 links.
  const fulls = Array.from({ length: 300 }, (_, i) => record(`full-${String(i).padStart(3, '0')}`, `灵活就业医保第${i}问`, { explicit: ['popular'] }));
  const popular = record('popular', '灵活就业医保怎么交', { listedBy: fulls.map((f) => f.slug) });
  const links = computeRelated([...fulls, popular].sort((a, b) => (a.slug < b.slug ? -1 : 1)));

  it('caps the full answers an excerpt names, keeping the first ones in file order', () => {
    const listedBy = links.get('popular')?.listedBy ?? [];
    expect(listedBy).toHaveLength(MAX_LISTED_BY);
    expect(listedBy).toEqual(fulls.slice(0, MAX_LISTED_BY).map((f) => f.slug));
  });

  it('caps a page’s related list and never lists the page itself', () => {
    const related = links.get('popular')?.related ?? [];
    expect(related.length).toBeGreaterThanOrEqual(MIN_RELATED);
    expect(related.length).toBeLessThanOrEqual(MAX_RELATED);
    expect(related).not.toContain('popular');
  });

  it('keeps a scraped page’s own list first and in order when it fits', () => {
    const explicit = Array.from({ length: 15 }, (_, i) => fulls[i + 1]?.slug ?? '');
    const own = computeRelated([record('a-page', '灵活就业医保断缴', { explicit }), ...fulls]);
    expect(own.get('a-page')?.related).toEqual(explicit);
  });

  it('cuts an over-long scraped list at the cap', () => {
    const explicit = fulls.slice(0, 100).map((f) => f.slug);
    const own = computeRelated([record('a-page', '灵活就业医保断缴', { explicit }), ...fulls]);
    expect(own.get('a-page')?.related).toEqual(explicit.slice(0, MAX_RELATED));
  });
});
