import { expect, test, type Browser, type Page } from '@playwright/test';
import type { ReadingPrefs } from '@/lib/site/reading-prefs';
import { rememberPrefs } from './saved-prefs';
import { questionPath, topicPath } from '@/lib/core/urls';
import { layoutShiftSoFar } from './layout-shift';
import { islandsStarted } from './page-ready';
import { builtCatalog, samplePages } from '@/lib/eval/sample-pages';

const site = builtCatalog();
const sample = samplePages(site);

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const elderSwitch = (page: Page) => page.getByRole('button', { name: '长辈模式' });
const sizeGroup = (page: Page) => page.getByRole('radiogroup', { name: '字号' });
const contrastToggle = (page: Page) => page.getByRole('button', { name: '高对比度' });

const htmlAttribute = (page: Page, name: string) => page.evaluate((n) => document.documentElement.getAttribute(n), name);
const bodyFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

test('the switch turns the mode on and off by mouse, with size and contrast choices inside it', async ({ page }) => {
  await page.goto(questionPath(sample.full.slug));
  await islandsStarted(page);
  const standardSize = await bodyFontSize(page);
  await expect(sizeGroup(page)).toBeHidden();
  await expect(elderSwitch(page)).toHaveAttribute('aria-pressed', 'false');

  await elderSwitch(page).click();
  await expect(elderSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '已开启长辈模式' })).toBeAttached();
  expect(await htmlAttribute(page, 'data-elder')).toBe('on');
  // Body text at least 20 px, as the issue asks for phones; the simpler header drops the topics row.
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole('navigation', { name: '主题' })).toBeHidden();
  await expect(sizeGroup(page).getByRole('radio', { name: '大', exact: true })).toHaveAttribute('aria-checked', 'true');

  await sizeGroup(page).getByRole('radio', { name: '特大' }).click();
  await expect(sizeGroup(page).getByRole('radio', { name: '特大' })).toHaveAttribute('aria-checked', 'true');
  await expect(sizeGroup(page).getByRole('radio', { name: '大', exact: true })).toHaveAttribute('aria-checked', 'false');
  expect(await bodyFontSize(page)).toBeGreaterThan(22);

  await contrastToggle(page).click();
  await expect(contrastToggle(page)).toHaveAttribute('aria-pressed', 'true');
  expect(await htmlAttribute(page, 'data-contrast')).toBe('high');
  await expect(page.getByRole('status').filter({ hasText: '已开启高对比度' })).toBeAttached();

  await elderSwitch(page).click();
  await expect(elderSwitch(page)).toHaveAttribute('aria-pressed', 'false');
  expect(await htmlAttribute(page, 'data-elder')).toBeNull();
  expect(await htmlAttribute(page, 'data-contrast')).toBeNull();
  expect(await bodyFontSize(page)).toBe(standardSize);
  await expect(page.getByRole('navigation', { name: '主题' })).toBeVisible();
});

test('the switch, the size steps and the contrast work from the keyboard', async ({ page }) => {
  await page.goto('/');
  await islandsStarted(page);
  await elderSwitch(page).focus();
  await page.keyboard.press('Enter');
  await expect(elderSwitch(page)).toHaveAttribute('aria-pressed', 'true');

  // The size group is one tab stop after the switch's row; the arrows move the choice.
  const large = sizeGroup(page).getByRole('radio', { name: '大', exact: true });
  await expect(large).toHaveAttribute('tabindex', '0');
  await large.focus();
  await page.keyboard.press('ArrowRight');
  const extraLarge = sizeGroup(page).getByRole('radio', { name: '特大' });
  await expect(extraLarge).toBeFocused();
  await expect(extraLarge).toHaveAttribute('aria-checked', 'true');
  expect(await htmlAttribute(page, 'data-size')).toBe('xlarge');
  await page.keyboard.press('ArrowRight');
  await expect(sizeGroup(page).getByRole('radio', { name: '标准' })).toBeFocused();
  expect(await htmlAttribute(page, 'data-size')).toBeNull();
  await page.keyboard.press('ArrowLeft');
  expect(await htmlAttribute(page, 'data-size')).toBe('xlarge');

  await page.keyboard.press('Tab');
  await expect(contrastToggle(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(contrastToggle(page)).toHaveAttribute('aria-pressed', 'true');
  expect(await htmlAttribute(page, 'data-contrast')).toBe('high');
});

test('the choice persists across a reload and a navigation', async ({ page }) => {
  await page.goto(topicPath(sample.topic.slug));
  await islandsStarted(page);
  await elderSwitch(page).click();
  await sizeGroup(page).getByRole('radio', { name: '特大' }).click();
  await contrastToggle(page).click();

  await page.reload();
  await expect(elderSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(sizeGroup(page).getByRole('radio', { name: '特大' })).toHaveAttribute('aria-checked', 'true');
  await expect(contrastToggle(page)).toHaveAttribute('aria-pressed', 'true');

  const article = site.topicArticles(sample.topic.slug)[0];
  if (!article) throw new Error('the sample topic has no questions');
  await page.getByRole('link', { name: article.question, exact: true }).first().click();
  await expect(h1(page)).toHaveText(article.question);
  expect(await htmlAttribute(page, 'data-size')).toBe('xlarge');
  expect(await htmlAttribute(page, 'data-contrast')).toBe('high');
  await expect(elderSwitch(page)).toHaveAttribute('aria-pressed', 'true');
});

test('a saved choice is in the very first paint, with no layout shift', async ({ page }) => {
  await rememberPrefs(page, { elder: true, size: 'large', highContrast: true });
  await page.addInitScript(() => {
    // The first animation frame comes before the first paint: record what it would paint with.
    const record = (window as unknown as { firstFrame?: unknown }).firstFrame;
    if (record !== undefined) return;
    requestAnimationFrame(() => {
      const html = document.documentElement;
      (window as unknown as { firstFrame?: unknown }).firstFrame = {
        elder: html.getAttribute('data-elder'),
        contrast: html.getAttribute('data-contrast'),
        rootFontSize: parseFloat(getComputedStyle(html).fontSize),
      };
    });
  });
  await page.goto(questionPath(sample.full.slug));
  // A starved machine may produce the first frame after the load event.
  await expect.poll(() => page.evaluate(() => (window as unknown as { firstFrame?: unknown }).firstFrame)).toEqual({ elder: 'on', contrast: 'high', rootFontSize: 19 });

  // Past the islands' start: the switch's state and the revealed 朗读 button, and the footer's control last.
  await expect(elderSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();
  await islandsStarted(page);
  const shift = await layoutShiftSoFar(page);
  expect(shift.total, shift.moved.join('\n')).toBe(0);
});

// Every page in every elder reading mode, light and dark, is scanned by pages.spec.ts, after the standard mode, on the
// same page load.

test('answer text keeps lines 1.3× apart or more and paragraphs further apart still', async ({ page }) => {
  await rememberPrefs(page, { elder: true, size: 'large', highContrast: false });
  await page.goto(questionPath(sample.full.slug));
  const spacing = await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose-answer > p')];
    const [first, second] = paragraphs;
    if (!first || !second) return undefined;
    const style = getComputedStyle(first);
    const lineHeight = parseFloat(style.lineHeight);
    const gap = second.getBoundingClientRect().top - first.getBoundingClientRect().bottom;
    return { ratio: lineHeight / parseFloat(style.fontSize), lineGap: lineHeight - parseFloat(style.fontSize), gap };
  });
  test.skip(spacing === undefined, 'the sample answer has fewer than two paragraphs in a row');
  if (!spacing) return;
  expect(spacing.ratio).toBeGreaterThanOrEqual(1.3);
  expect(spacing.gap).toBeGreaterThan(spacing.lineGap);
});

/** Opens every page type in a fresh context and returns those that scroll sideways. */
async function pagesScrollingSideways(browser: Browser, context: Parameters<Browser['newContext']>[0], prefs?: ReadingPrefs) {
  const ctx = await browser.newContext(context);
  const page = await ctx.newPage();
  if (prefs) await rememberPrefs(page, prefs);
  const wide: string[] = [];
  for (const { name, path } of sample.pages) {
    await page.goto(path);
    await expect(h1(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${name}: ${overflow}px`);
  }
  await ctx.close();
  return wide;
}

for (const prefs of [undefined, { elder: true, size: 'xlarge', highContrast: false } satisfies ReadingPrefs]) {
  const label = prefs ? 'in elder mode at 特大' : 'in the standard mode';
  test(`no page scrolls sideways at 320 px ${label}`, async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'it sets its own window: one project is enough');
    expect(await pagesScrollingSideways(browser, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }, prefs)).toEqual([]);
  });

  // 200% browser zoom on a 1280 px window is a 640 CSS px viewport at twice the pixel density:
  // the same media queries, layout width and rendering as the zoomed page.
  test(`no page scrolls sideways at 200% zoom ${label}`, async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'it sets its own window: one project is enough');
    expect(await pagesScrollingSideways(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, prefs)).toEqual([]);
  });
}

/** Replaces the browser's speech synthesis with one that records what it is asked to do. */
async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    type Utterance = { text: string; lang: string; voice: { name: string } | null; onend: (() => void) | null; onerror: ((e: { error: string }) => void) | null };
    const log: { spoken: { text: string; lang: string; voice: string | null }[]; calls: string[] } = { spoken: [], calls: [] };
    let current: Utterance | null = null;
    class FakeUtterance {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      onend: (() => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => [
        { name: 'English', lang: 'en-US' },
        { name: 'Mandarin', lang: 'zh-CN' },
      ],
      speak(u: Utterance) {
        log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
        current = u;
      },
      cancel() {
        log.calls.push('cancel');
        const u = current;
        current = null;
        u?.onerror?.({ error: 'interrupted' });
      },
      pause: () => log.calls.push('pause'),
      resume: () => log.calls.push('resume'),
      /** Test hook: the current utterance finishes. */
      finish() {
        const u = current;
        current = null;
        u?.onend?.();
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'speechLog', { value: log });
  });
}

type SpeechLog = { spoken: { text: string; lang: string; voice: string | null }[]; calls: string[] };
const speechLog = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { speechSynthesis: { finish: () => void } }).speechSynthesis.finish());

test('朗读 reads the question and then the answer in Chinese, block by block, with pause, resume and stop', async ({ page }) => {
  await stubSpeech(page);
  const article = sample.full;
  await page.goto(questionPath(article.slug));
  await page.getByRole('button', { name: '朗读' }).click();

  let log = await speechLog(page);
  expect(log.spoken).toEqual([{ text: article.question, lang: 'zh-CN', voice: 'Mandarin' }]);
  await expect(page.locator('.reading-now')).toHaveText(article.question);
  await expect(page.getByRole('button', { name: '暂停' })).toBeFocused();

  await finishUtterance(page);
  log = await speechLog(page);
  expect(log.spoken).toHaveLength(2);
  const second = log.spoken[1];
  expect(second?.lang).toBe('zh-CN');
  // The second block is the start of the answer, and it is the one highlighted now.
  expect(article.shortAnswer ?? article.answerText).toContain((second?.text ?? '').replace(/^简短回答：/, '').slice(0, 10));
  await expect(page.locator('.reading-now')).toHaveText(second?.text ?? '');
  await expect(page.locator('.reading-now')).toBeInViewport();

  await page.getByRole('button', { name: '暂停' }).click();
  await expect(page.getByRole('button', { name: '继续' })).toBeFocused();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '停止' }).click();
  await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();
  await expect(page.locator('.reading-now')).toHaveCount(0);
  log = await speechLog(page);
  expect(log.calls.filter((c) => c !== 'cancel')).toEqual(['pause', 'resume']);
  expect(log.calls.at(-1)).toBe('cancel');
  // Stopping does not move on to the next block.
  expect(log.spoken).toHaveLength(2);
});

test('朗读 is not offered where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => {
    const target = window as unknown as Record<string, unknown>;
    delete target.speechSynthesis;
    delete target.SpeechSynthesisUtterance;
  });
  await page.goto(questionPath(sample.full.slug));
  await expect(h1(page)).toBeVisible();
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  // Every island has started, 朗读's included, so it has decided.
  await islandsStarted(page);
  await expect(page.getByRole('button', { name: '朗读' })).toBeHidden();
});
