import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasFreshSiblings, MIN_BYTES, precompress } from '@/lib/export/precompress';

describe('precompress', () => {
  it('writes .br and .gz siblings that decompress to the file, and leaves small or binary files alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const page = `<p>异地就医备案的办理流程</p>\n${Array.from({ length: 3000 }, (_, i) => `<li>第${i}条 医保报销比例 ${i * 7}</li>`).join('\n')}\n<p>异地就医备案的办理流程</p>`;
    writeFileSync(path.join(dir, 'index.html'), page);
    writeFileSync(path.join(dir, 'small.json'), 'x'.repeat(MIN_BYTES));
    writeFileSync(path.join(dir, 'icon.png'), Buffer.alloc(4096));
    const tally = await precompress(dir);
    expect(tally.files).toBe(1);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'index.html.br'))).toString('utf8')).toBe(page);
    expect(gunzipSync(readFileSync(path.join(dir, 'index.html.gz'))).toString('utf8')).toBe(page);
    expect(tally.brotliBytes).toBeLessThan(tally.bytes / 4);
    expect(() => readFileSync(path.join(dir, 'small.json.br'))).toThrow();
    expect(() => readFileSync(path.join(dir, 'icon.png.gz'))).toThrow();
  });

  it('leaves a file with fresh siblings alone and redoes one changed since', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const file = path.join(dir, 'meta.json');
    writeFileSync(file, JSON.stringify({ forms: Array.from({ length: 400 }, (_, i) => `生育津贴${i}`) }));
    expect(hasFreshSiblings(file)).toBe(false);
    expect((await precompress(dir)).files).toBe(1);
    expect(hasFreshSiblings(file)).toBe(true);
    expect((await precompress(dir)).files).toBe(0);

    const changed = JSON.stringify({ forms: Array.from({ length: 400 }, (_, i) => `异地就医备案${i}`) });
    writeFileSync(file, changed);
    // A change within the file system's timestamp granularity would look as old as its siblings: make it newer.
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect(hasFreshSiblings(file)).toBe(false);
    expect((await precompress(dir)).files).toBe(1);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString('utf8')).toBe(changed);
  });

  it('with `paths`, compresses only the folders and files named, and skips a name that is not there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const text = Array.from({ length: 500 }, (_, i) => `灵活就业医保缴费 ${i}`).join('\n');
    mkdirSync(path.join(dir, '_next', 'static'), { recursive: true });
    mkdirSync(path.join(dir, 'q', 'a'), { recursive: true });
    for (const file of ['_next/static/site.css', 'sw.js', 'q/a/index.html', 'robots.txt']) writeFileSync(path.join(dir, file), text);
    expect((await precompress(dir, { paths: ['_next', 'sw.js', 'missing.js'] })).files).toBe(2);
    expect(hasFreshSiblings(path.join(dir, '_next/static/site.css'))).toBe(true);
    expect(hasFreshSiblings(path.join(dir, 'sw.js'))).toBe(true);
    expect(hasFreshSiblings(path.join(dir, 'q/a/index.html'))).toBe(false);
    expect(hasFreshSiblings(path.join(dir, 'robots.txt'))).toBe(false);
  });
});
