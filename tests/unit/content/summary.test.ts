import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema, catalogDataSchema, LEAD_CHARS, summarize } from '@/lib/content/schema';
import { describe as describeText } from '@/lib/site/seo';
import { runContentStep } from '@/lib/content/run';
import { CONTENT_DIR } from './helpers';

describe('what the pages read: catalog.json and one file per article', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'summary-'));
  const run = runContentStep(CONTENT_DIR, out);
  const data = run.siteData;
  if (!data) throw new Error('the seeds do not build');
  const catalog = catalogDataSchema.parse(JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8')));

  it('lists every article once, with no answer body or link lists', () => {
    expect(catalog.articles.map((a) => a.slug)).toEqual(data.articles.map((a) => a.slug));
    const keys = new Set(catalog.articles.flatMap((a) => Object.keys(a)));
    for (const heavy of ['answerHtml', 'answerText', 'related', 'listedBy', 'origins', 'sections']) expect(keys.has(heavy)).toBe(false);
    expect(catalog.topics).toEqual(data.topics);
    expect(catalog.regions).toEqual(data.regions);
  });

  it('keeps enough of each answer that a listing snippet reads the same as from the whole answer', () => {
    for (const article of data.articles) {
      const { lead } = summarize(article);
      expect(lead.length).toBeLessThanOrEqual(LEAD_CHARS);
      // Any length below LEAD_CHARS: describe() sees the cut text as longer than it shows, as it does the whole.
      for (const length of [60, 120, LEAD_CHARS - 1]) expect(describeText(lead, length)).toBe(describeText(article.answerText, length));
    }
  });

  it('writes each article’s whole record to its own file, and nothing else there', () => {
    const files = readdirSync(path.join(out, 'articles')).sort();
    expect(files).toEqual(data.articles.map((a) => `${a.slug}.json`).sort());
    for (const article of data.articles) {
      const stored = articleSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles', `${article.slug}.json`), 'utf8')));
      expect(stored).toEqual(article);
    }
  });

  it('leaves one file per article and no temporary folders after a second run', () => {
    const again = runContentStep(CONTENT_DIR, out);
    expect(readdirSync(path.join(out, 'articles'))).toHaveLength(again.siteData?.articles.length ?? -1);
    expect(readdirSync(out).filter((f) => f.includes('.tmp') || f.includes('.old'))).toEqual([]);
  });
});
