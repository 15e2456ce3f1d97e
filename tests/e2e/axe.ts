import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/**
 * axe-core's accessibility rules, run in the page as one call: the violations as `rule: selector, selector`, for a
 * readable failure.
 *
 * Why not @axe-core/playwright's AxeBuilder: it runs axe partially in every frame and then finishes the run in a
 * new blank page, for sites with cross-origin frames. Ours have no frames, and that extra page cost 1–2 s a scan
 * here (a busy 2-core machine: 5–10 s), over a hundred scans a run. `axe.run` applies the same rules to the same
 * document. Only violations are collected (`resultTypes`): the passes are never read.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The rules whose outcome depends on colours alone. Switching the colour scheme of a loaded page (`emulateMedia`)
 * changes nothing else: the site's schemes are `prefers-color-scheme` rules that set colours only, with no
 * transitions, so the same document in the other scheme needs only these scanned again.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

type WithAxe = Window & { axe?: { run(context: string | Document, options: object): Promise<AxeResults> } };

export async function axeViolations(page: Page, within?: string, only?: readonly string[]): Promise<string[]> {
  // Injected once per document; a navigation or reload leaves a page without it.
  if (!(await page.evaluate(() => Boolean((window as WithAxe).axe)))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([selector, rules]) => {
      const axe = (window as WithAxe).axe;
      if (!axe) throw new Error('axe-core did not load into the page');
      const results = await axe.run(selector ?? document, { resultTypes: ['violations'], ...(rules && { runOnly: { type: 'rule', values: rules } }) });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [within ?? null, only ? [...only] : null] as const,
  );
}

/**
 * Scans a loaded page in full in the scheme it has, then switches it to the other scheme and scans the colour rules
 * again; each result is checked softly under `label (scheme)`, so one failing scheme still lets the other report.
 */
export async function expectNoViolationsInBothSchemes(page: Page, label: string, within?: string): Promise<void> {
  const first = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const second = first === 'dark' ? 'light' : 'dark';
  expect.soft(await axeViolations(page, within), `${label} (${first})`).toEqual([]);
  await page.emulateMedia({ colorScheme: second });
  expect.soft(await axeViolations(page, within, COLOUR_RULES), `${label} (${second}, colour rules)`).toEqual([]);
}
