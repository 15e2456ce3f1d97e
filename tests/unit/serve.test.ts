import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer, isSafePath } from '@/scripts/serve';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

let server: Server;
let port: number;

/** A raw request: fetch() would normalise `..` away before it ever reached the server. */
function get(rawPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
  const root = path.join(parent, 'out');
  mkdirSync(path.join(root, '_next/static/chunks'), { recursive: true });
  mkdirSync(path.join(root, 'q/abc'), { recursive: true });
  writeFileSync(path.join(parent, 'secret.txt'), 'outside the site');
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>首页</title><p>医保问答</p>');
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>页面不存在</title><p>找不到这个页面</p>');
  writeFileSync(path.join(root, 'q/abc/index.html'), `<!doctype html><title>问题</title><p>${'医保共济'.repeat(200)}</p>`);
  writeFileSync(path.join(root, '_next/static/chunks/app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *');
  writeFileSync(path.join(root, 'data.json'), '{"a":1}');
  server = createSiteServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

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
