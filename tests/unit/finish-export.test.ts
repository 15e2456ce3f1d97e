import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dropUnnamedNextFiles, finishExport } from '@/lib/export/finish-export';

function exportFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'finish-export-'));
  const page =
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/site.css"/>' +
    '<script src="/_next/static/chunks/runtime.js" async=""></script><script>self.__next_f=[]</script></head><body></body></html>';
  for (const folder of ['', 'q/abc', 'search', '_next/static/chunks']) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const folder of ['', 'q/abc', 'search']) {
    writeFileSync(path.join(dir, folder, 'index.html'), page);
    writeFileSync(path.join(dir, folder, 'index.txt'), '0:{}');
    writeFileSync(path.join(dir, folder, '__next._tree.txt'), '0:{}');
    writeFileSync(path.join(dir, folder, '__next.q.$d$slug.__PAGE__.txt'), '0:{}');
  }
  writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *');
  writeFileSync(path.join(dir, '_next/static/chunks/index.txt'), 'kept: not beside a page');
  writeFileSync(path.join(dir, '_next/static/chunks/site.css'), 'body{}');
  writeFileSync(path.join(dir, '_next/static/chunks/runtime.js'), 'self.next=1');
  mkdirSync(path.join(dir, '_next/static/build-id'), { recursive: true });
  writeFileSync(path.join(dir, '_next/static/build-id/_buildManifest.js'), 'self.__BUILD_MANIFEST={}');
  return dir;
}

describe('finishExport', () => {
  it('drops navigation payloads beside pages and nothing else', () => {
    const dir = exportFolder();
    expect(finishExport(dir)).toMatchObject({ pages: 3, payloadsRemoved: 9 });
    expect(existsSync(path.join(dir, 'q/abc/index.txt'))).toBe(false);
    expect(existsSync(path.join(dir, 'q/abc/__next._tree.txt'))).toBe(false);
    expect(existsSync(path.join(dir, 'robots.txt'))).toBe(true);
    expect(existsSync(path.join(dir, '_next/static/chunks/index.txt'))).toBe(true);
    expect(existsSync(path.join(dir, 'q/abc/index.html'))).toBe(true);
  });

  it('names the Next files the finished pages still load, and only those are kept', () => {
    const dir = exportFolder();
    const { nextFiles } = finishExport(dir);
    expect(nextFiles).toEqual(['/_next/static/chunks/site.css']);
    expect(dropUnnamedNextFiles(dir, new Set(nextFiles))).toBe(3);
    expect(existsSync(path.join(dir, '_next/static/chunks/site.css'))).toBe(true);
    expect(existsSync(path.join(dir, '_next/static/chunks/runtime.js'))).toBe(false);
    expect(existsSync(path.join(dir, '_next/static/build-id'))).toBe(false);
    expect(existsSync(path.join(dir, 'robots.txt'))).toBe(true);
  });

  it('writes the siblings of every finished page and of the other text files in its folders, from what it wrote', () => {
    const dir = exportFolder();
    const padding = `<main>${'<p>灵活就业人员医保缴费基数和比例</p>'.repeat(60)}</main>`;
    writeFileSync(path.join(dir, 'q/abc/index.html'), readFileSync(path.join(dir, 'q/abc/index.html'), 'utf8').replace('<body></body>', `<body>${padding}</body>`));
    mkdirSync(path.join(dir, 'search/t'), { recursive: true });
    writeFileSync(path.join(dir, 'search/t/0.json'), JSON.stringify(Array.from({ length: 200 }, (_, i) => [`b:生育${i}`, [[i]]])));
    const { compressed } = finishExport(dir);
    expect(compressed.files).toBe(2);
    const page = readFileSync(path.join(dir, 'q/abc/index.html'));
    expect(page.toString('utf8')).toContain('Content-Security-Policy');
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'q/abc/index.html.br')))).toEqual(page);
    expect(gunzipSync(readFileSync(path.join(dir, 'search/t/0.json.gz')))).toEqual(readFileSync(path.join(dir, 'search/t/0.json')));
    // Pages under 1 KB, the payloads it drops and anything under _next/ (compressed after the unused files go) get none.
    expect(existsSync(path.join(dir, 'index.html.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'q/abc/index.txt.br'))).toBe(false);
    expect(finishExport(exportFolder(), undefined, { compress: false }).compressed.files).toBe(0);
  });

  it('writes the policy into every page', () => {
    const dir = exportFolder();
    finishExport(dir);
    expect(readFileSync(path.join(dir, 'q/abc/index.html'), 'utf8')).toContain('http-equiv="Content-Security-Policy"');
  });
});

describe('finishExport in parts', () => {
  it('shares the folders out so that the parts together do the whole export once', () => {
    const whole = exportFolder();
    const parted = exportFolder();
    const parts = [0, 1, 2].map((index) => finishExport(parted, { index, of: 3 }));
    expect(parts.reduce((sum, p) => sum + p.pages, 0)).toBe(3);
    expect(parts.reduce((sum, p) => sum + p.payloadsRemoved, 0)).toBe(9);
    finishExport(whole);
    for (const folder of ['', 'q/abc', 'search']) {
      expect(readFileSync(path.join(parted, folder, 'index.html'), 'utf8')).toBe(readFileSync(path.join(whole, folder, 'index.html'), 'utf8'));
    }
  });
});
