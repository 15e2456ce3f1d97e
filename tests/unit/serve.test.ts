import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '@/lib/export/precompress';
import { createSiteServer, isSafePath } from '@/lib/server/static-server';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string; raw: Buffer };

let server: Server;
let plain: Server;
let port: number;
let plainPort: number;
let root: string;

/** A raw request: fetch() would normalise `..` away before it ever reached the server. */
function get(rawPath: string, headers: Record<string, string> = {}, on = port): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: on, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString('utf8'), raw });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
  root = path.join(parent, 'out');
  mkdirSync(path.join(root, '_next/static/chunks'), { recursive: true });
  mkdirSync(path.join(root, 'q/abc'), { recursive: true });
  writeFileSync(path.join(parent, 'secret.txt'), 'outside the site');
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>首页</title><p>医保问答</p>');
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>页面不存在</title><p>找不到这个页面</p>');
  writeFileSync(path.join(root, 'q/abc/index.html'), `<!doctype html><title>问题</title><p>${'医保共济'.repeat(200)}</p>`);
  writeFileSync(path.join(root, '_next/static/chunks/app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *');
  writeFileSync(path.join(root, 'data.json'), '{"a":1}');
  writeFileSync(path.join(root, 'islands-main.css'), `body{color:red}${' '.repeat(2000)}`);
  await precompress(root);
  server = createSiteServer({ root });
  plain = createSiteServer({ root, compress: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  plainPort = (plain.address() as AddressInfo).port;
});

afterAll(() => Promise.all([server, plain].map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

describe('static server', () => {
  it('serves pages with a charset, security headers and revalidation', async () => {
    const reply = await get('/q/abc/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(reply.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(reply.body).toContain('医保共济');
  });

  it('adds charset=utf-8 to every text type', async () => {
    expect((await get('/_next/static/chunks/app-1234.js')).headers['content-type']).toMatch(/^text\/javascript; charset=utf-8$/);
    expect((await get('/robots.txt')).headers['content-type']).toMatch(/^text\/plain; charset=utf-8$/);
    expect((await get('/data.json')).headers['content-type']).toMatch(/^application\/json; charset=utf-8$/);
  });

  it('caches hashed Next.js assets for a year', async () => {
    expect((await get('/_next/static/chunks/app-1234.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('compresses when the client accepts gzip', async () => {
    const reply = await get('/q/abc/', { 'accept-encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
  });

  it('writes .br and .gz siblings of text files above 1 KB only', () => {
    const page = path.join(root, 'q/abc/index.html');
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).equals(readFileSync(page))).toBe(true);
    expect(gunzipSync(readFileSync(`${page}.gz`)).equals(readFileSync(page))).toBe(true);
    expect(existsSync(path.join(root, 'islands-main.css.br'))).toBe(true);
    expect(existsSync(path.join(root, 'robots.txt.br'))).toBe(false);
    expect(existsSync(path.join(root, 'index.html.gz'))).toBe(false);
  });

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
  ] as const)('serves the precompressed sibling for Accept-Encoding %s, with its own length and the original type', async (accept, encoding, decode) => {
    const reply = await get('/q/abc/', { 'accept-encoding': accept });
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(Number(reply.headers['content-length'])).toBe(reply.raw.length);
    expect(decode(reply.raw).toString('utf8')).toBe(readFileSync(path.join(root, 'q/abc/index.html'), 'utf8'));
    const css = await get('/islands-main.css', { 'accept-encoding': accept });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['content-encoding']).toBe(encoding);
  });

  it('serves the file as it is to a client that accepts no encoding, and always in plain mode', async () => {
    const page = readFileSync(path.join(root, 'q/abc/index.html'), 'utf8');
    for (const reply of [await get('/q/abc/'), await get('/q/abc/', { 'accept-encoding': 'br, gzip' }, plainPort)]) {
      expect(reply.headers['content-encoding']).toBeUndefined();
      expect(reply.body).toBe(page);
    }
  });

  it("answers unknown paths with the site's 404 page and status 404", async () => {
    const reply = await get('/no/such/page/');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('找不到这个页面');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/q/..%2fsecret.txt', '/q%2fabc/', '/%00', '/index.html%00.js', '/..\\secret.txt', '/%E0%A4%A'])(
    'never serves a file outside out/ for %s',
    async (rawPath) => {
      const reply = await get(rawPath);
      expect([400, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('outside the site');
    },
  );
});

describe('isSafePath', () => {
  it('accepts ordinary and percent-encoded Chinese paths', () => {
    expect(isSafePath('/q/abc/?q=%E5%8C%BB%E4%BF%9D')).toBe(true);
    expect(isSafePath('/search/')).toBe(true);
  });
  it('refuses traversal, encoded slashes and NUL', () => {
    expect(isSafePath('/a/../b')).toBe(false);
    expect(isSafePath('/a%2Fb')).toBe(false);
    expect(isSafePath('/a%00')).toBe(false);
  });
});
