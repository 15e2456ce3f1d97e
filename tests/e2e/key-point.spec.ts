import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PREFS_KEY, type ReadingPrefs } from '@/lib/site/reading-prefs';
import { questionPath } from '@/lib/core/urls';
import { islandsStarted } from './page-ready';
import { builtCatalog } from '@/lib/eval/sample-pages';

/**
 * 要点 is the first thing a phone shows of an answer: above the fold at 390×844, in the standard size and in 长辈模式
 * (its default 大; 特大 is measured), with the title and the dates above it and the buttons and contents below. `SHOTS=dir` also
 * saves what it measured, to look at.
 */
const site = builtCatalog();
const withKeyPoint = site.articles().filter((a) => a.kind === 'full' && a.keyPoint);
const shots = process.env.SHOTS;

async function remember(page: Page, prefs: ReadingPrefs) {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [PREFS_KEY, JSON.stringify(prefs)] as const);
}

/** 特大 is measured and reported, not required: a two-sentence 要点 at 特大 can need more than one screen. */
const modes: { name: string; prefs?: ReadingPrefs; scheme?: 'dark'; required: boolean }[] = [
  { name: 'standard', required: true },
  { name: 'dark', scheme: 'dark', required: true },
  { name: 'elder', prefs: { elder: true, size: 'large', highContrast: false }, required: true },
  { name: 'elder-xlarge', prefs: { elder: true, size: 'xlarge', highContrast: false }, required: false },
];

test.describe('要点 above the fold on a phone', () => {
  test.skip(({ viewport }) => viewport?.width !== 390, 'measured at the phone size');

  test('every full answer with a 要点 shows it whole within the first 844 px, in every reading mode', async ({ page }) => {
    test.skip(withKeyPoint.length === 0, 'no answer has a 要点');
    for (const mode of modes) {
      if (mode.prefs) await remember(page, mode.prefs);
      await page.emulateMedia({ colorScheme: mode.scheme ?? 'light' });
      for (const article of withKeyPoint) {
        await page.goto(questionPath(article.slug));
        await islandsStarted(page);
        const box = page.getByRole('region', { name: '要点' });
        await expect(box).toHaveText(`要点${article.keyPoint?.text ?? ''}`);
        const rect = await box.boundingBox();
        expect(rect, `${mode.name}: ${article.question}`).not.toBeNull();
        const bottom = Math.round(rect!.y + rect!.height);
        test.info().annotations.push({ type: `要点 bottom (${mode.name})`, description: `${bottom} px — ${article.question}` });
        if (mode.required) expect(bottom, `${mode.name}: ${article.question}`).toBeLessThanOrEqual(844);
        // The box comes before the buttons and the table of contents.
        const toc = page.getByRole('navigation', { name: '本页目录' });
        if ((await toc.count()) > 0) expect((await toc.boundingBox())!.y).toBeGreaterThan(rect!.y);
      }
      if (shots) {
        mkdirSync(shots, { recursive: true });
        const first = withKeyPoint[0];
        if (first) {
          await page.goto(questionPath(first.slug));
          await islandsStarted(page);
          await page.screenshot({ path: `${shots}/answer-top-${mode.name}.png` });
        }
      }
    }
  });

  test('the 要点 is the page’s description', async ({ page }) => {
    const article = withKeyPoint[0];
    test.skip(article === undefined, 'no answer has a 要点');
    await page.goto(questionPath(article!.slug));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article!.keyPoint!.text);
  });

  test('an excerpt page’s onward links, as a phone shows them', async ({ page }) => {
    test.skip(!shots, 'screenshots only');
    mkdirSync(shots!, { recursive: true });
    for (const [name, question] of [
      ['excerpt-no-full-answer', '广州的公费医疗能在佛山用吗'],
      ['excerpt-full-answers', '医保家庭共济使用顺序'],
    ] as const) {
      const excerpt = site.articles().find((a) => a.question === question);
      if (!excerpt) continue;
      await page.goto(questionPath(excerpt.slug));
      await islandsStarted(page);
      await page.getByRole('region', { name: '完整解答' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/${name}.png` });
    }
  });
});
