import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type Message } from 'html-validate';
import { fileForPath, internalPath, pageUrls, siteFiles, urlPathOf } from '@/lib/export/check-out';
import { worthCompressing } from '@/lib/export/precompress';

// Checks over the whole exported site, file by file: no browser needed, run once in the `static` project.
const root = path.resolve(process.env.E2E_DIR ?? 'out');
const files = siteFiles(root);
const pages = files.filter((f) => f.endsWith('.html'));

test('the export has pages', () => {
  expect(pages.length).toBeGreaterThan(10);
});

test('every file and page path is ASCII', () => {
  const nonAscii = files.filter((f) => /[^\x20-\x7e]/.test(f));
  expect(nonAscii).toEqual([]);
});

test('every internal link, image, script and stylesheet resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const url of pageUrls(readFileSync(path.join(root, page), 'utf8'))) {
      const target = internalPath(url, urlPathOf(page));
      if (target !== undefined && !fileForPath(root, target)) broken.push(`${page} → ${url}`);
    }
  }
  expect(broken).toEqual([]);
});

test('every text file above 1 KB has .br and .gz siblings that decode to it, as a precompressed host needs', () => {
  const missing: string[] = [];
  for (const file of files) {
    const full = path.join(root, file);
    if (!worthCompressing(file, statSync(full).size)) continue;
    if (!existsSync(`${full}.br`) || !existsSync(`${full}.gz`)) {
      missing.push(`${file} (no sibling)`);
      continue;
    }
    const data = readFileSync(full);
    if (!brotliDecompressSync(readFileSync(`${full}.br`)).equals(data) || !gunzipSync(readFileSync(`${full}.gz`)).equals(data)) missing.push(`${file} (stale sibling)`);
  }
  expect(missing).toEqual([]);
});

test('every page passes html-validate', async () => {
  const validator = new HtmlValidate({
    // `standard` is `recommended` without the purely stylistic rules: React writes attribute
    // spellings (charSet, dateTime) and boolean values (async="") its own valid way.
    extends: ['html-validate:standard'],
    rules: {
      // React's useId makes ids such as `_R_1_`: valid HTML5 ids, though not HTML4 ones.
      'valid-id': ['error', { relaxed: true }],
      // Sections named by their heading (aria-labelledby) are how landmarks get a name.
      'aria-label-misuse': ['error', { allowAnyNamable: true }],
      // Scripts load from our own origin, so subresource integrity adds nothing.
      'require-sri': 'off',
    },
  });
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(root, page), 'utf8'), page);
    for (const result of report.results) {
      problems.push(...result.messages.filter((m: Message) => m.severity === 2).map((m: Message) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    }
  }
  expect(problems).toEqual([]);
});
