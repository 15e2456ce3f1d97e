import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES, precompress } from '@/lib/export/precompress';

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
});
