/**
 * `npx tsx scripts/make-icons.ts`: draws the site's icons in public/icons/ from the SVG design below, rendered by
 * Chromium (the PNGs are committed; run this again only when the design changes).
 *
 *   icon-48.png                   the rounded tile as the pages' favicon: a PNG, because an SVG favicon is a whole SVG
 *                                 document the page's thread builds after every load (20–90 ms at 4× CPU slowdown)
 *   icon-192.png, icon-512.png    the rounded tile, as on a home screen that does not mask icons
 *   maskable-192.png, -512.png    full-bleed green with the cross inside the central 60 %, so any mask shape
 *                                 (circle, squircle) a launcher cuts keeps all of it
 * No SVG is published, in the manifest either: a browser checking whether the site installs, as each page loads, takes
 * an SVG icon first and builds it as a document on the page's thread.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { locateChromium } from '@/lib/dev/chromium';

const GREEN = '#0f5f4f';
const CROSS = 'M27 14h10v13h13v10H37v13H27V37H14V27h13z';

// The cross spans 14–50 of 64 (56 %): at 0.75 scale about 42 %, well inside the maskable safe zone's 80 % circle.
const tile = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${GREEN}"/><path d="${CROSS}" fill="#fff"/></svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${GREEN}"/><path d="${CROSS}" fill="#fff" transform="translate(32 32) scale(0.75) translate(-32 -32)"/></svg>`;

const OUT = path.join('public', 'icons');
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: locateChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [name, svg, sizes] of [
  ['icon', tile, [48, 192, 512]],
  ['maskable', maskable, [192, 512]],
] as const) {
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const file = path.join(OUT, `${name}-${size}.png`);
    await page.screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${file}`);
  }
}
await browser.close();
