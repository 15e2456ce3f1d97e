import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS, type Feedback } from '@/lib/core/feedback';
import type { FeedbackStore } from '@/lib/server/feedback-store';
import { createSiteServer } from '@/lib/server/static-server';
import { PGLITE_OPEN_MS, testBackends } from './backends';
import { close, listen, send } from './http';

function fixtureRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'feedback-api-'));
  mkdirSync(path.join(root, 'q/abc'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>首页</title><p>医保问答</p>');
  writeFileSync(path.join(root, 'q/abc/index.html'), '<!doctype html><title>问题</title><p>回答</p>');
  return root;
}

const json = (port: number, value: unknown, headers: Record<string, string> = {}) =>
  send(port, { headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) });

const form = (port: number, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  send(port, { headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });

describe.each(testBackends())('POST /api/feedback on $name', (backend) => {
  const root = fixtureRoot();
  let store: FeedbackStore;
  let server: Server;
  let limited: Server;
  let port: number;
  let limitedPort: number;

  beforeAll(async () => {
    store = await backend.open();
    server = createSiteServer({ root, feedback: store, rateLimit: 'off', allowedOrigins: ['https://static.example'] });
    limited = createSiteServer({ root, feedback: store, rateLimit: { burst: 3, perMinute: 1 } });
    port = await listen(server);
    limitedPort = await listen(limited);
  }, PGLITE_OPEN_MS);
  afterAll(async () => {
    await Promise.all([server, limited].map((s) => s && close(s)));
    await store?.close();
    await backend.cleanup();
  });

  it('stores a JSON report and answers 201 with its id', async () => {
    const report: Feedback = { page: '/q/abc/', helpful: false, reason: 'outdated', note: '2026 年的比例变了' };
    const reply = await json(port, report);
    expect(reply.status).toBe(201);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(reply.body) as { ok: boolean; id: number };
    expect(body).toEqual({ ok: true, id: expect.any(Number) });
    const [row] = await store.recent({ page: '/q/abc/', limit: 1 });
    expect(row).toMatchObject({ ...report, id: body.id });
  });

  it('accepts the origin from Referer when Origin is absent', async () => {
    const reply = await send(port, { headers: { referer: `http://127.0.0.1:${port}/q/abc/`, 'content-type': 'application/json' }, body: JSON.stringify({ page: '/q/abc/', helpful: true }) });
    expect(reply.status).toBe(201);
  });

  it('answers 400 naming each field in error, and stores nothing', async () => {
    const before = await store.count();
    const reply = await json(port, { page: '/not-an-answer', helpful: 'maybe', reason: 'spam' });
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body) as { ok: boolean; errors: { field: string }[] };
    expect(body.ok).toBe(false);
    expect(body.errors.map((e) => e.field).sort()).toEqual(['helpful', 'page', 'reason']);
    expect(await store.count()).toBe(before);
  });

  it('answers 400 naming body for malformed JSON', async () => {
    const reply = await send(port, { headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' }, body: '{"page": "/q/abc/",' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, errors: [{ field: 'body' }] });
  });

  it('answers 415 to another content type', async () => {
    const reply = await send(port, { headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'text/plain' }, body: 'page=/q/abc/' });
    expect(reply.status).toBe(415);
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ page: '/q/abc/', helpful: false, note: 'x'.repeat(FEEDBACK_LIMITS.bodyBytes) });
    expect((await json(port, JSON.parse(big))).status).toBe(413);
    // Chunked, no Content-Length: counted while it arrives.
    const chunks = [big.slice(0, 4000), big.slice(4000, 8000), big.slice(8000)];
    const streamed = await send(port, { headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: chunks });
    expect(streamed.status).toBe(413);
  });

  it('answers 403 to another origin, and to no origin at all, saying why', async () => {
    const cross = await json(port, { page: '/q/abc/', helpful: true }, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    expect(cross.body).toContain('https://evil.example');
    expect(cross.headers['access-control-allow-origin']).toBeUndefined();
    const none = await send(port, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ page: '/q/abc/', helpful: true }) });
    expect(none.status).toBe(403);
    expect(none.body).toContain('no Origin or Referer');
  });

  it('lets an allowed origin post, with CORS for that origin only', async () => {
    const preflight = await send(port, { method: 'OPTIONS', headers: { origin: 'https://static.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://static.example');
    expect(preflight.headers['access-control-allow-headers']).toBe('Content-Type');
    const reply = await json(port, { page: '/q/abc/', helpful: true }, { origin: 'https://static.example' });
    expect(reply.status).toBe(201);
    expect(reply.headers['access-control-allow-origin']).toBe('https://static.example');
    const other = await send(port, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.status).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 405 to other methods, on the API and on static paths', async () => {
    const get = await send(port, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST, OPTIONS');
    const post = await send(port, { method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(post.body).not.toContain('医保问答');
    expect((await send(port, { method: 'DELETE', path: '/q/abc/' })).status).toBe(405);
    expect((await send(port, { method: 'HEAD', path: '/q/abc/' })).status).toBe(200);
  });

  it("sends frame-ancestors 'none' and the other security headers on every response", async () => {
    for (const reply of [await send(port, { method: 'GET', path: '/' }), await send(port, { method: 'GET', path: '/nope/' }), await json(port, { page: '/q/abc/', helpful: true })]) {
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('thanks a form post with a page linking back, and escapes what it shows', async () => {
    const ok = await form(port, { page: '/q/abc/', helpful: 'no', reason: 'wrong', note: '<script>alert(1)</script> 说法有误' });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(ok.body).toContain('谢谢，已收到你的反馈');
    expect(ok.body).toContain('<a href="/q/abc/">');
    const [row] = await store.recent({ page: '/q/abc/', limit: 1 });
    expect(row?.note).toBe('<script>alert(1)</script> 说法有误');

    const bad = await form(port, { page: '/q/abc/', helpful: 'no', reason: '<img src=x onerror=alert(1)>' });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('<li>reason：');
    expect(bad.body).toContain('<a href="/q/abc/">');
    const unknown = await form(port, { page: '/q/abc/', helpful: 'yes', '<b>x</b>': '1' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).not.toContain('<b>x</b>');
    expect(unknown.body).toContain('&lt;b&gt;x&lt;/b&gt;');
    const badPage = await form(port, { page: 'javascript:alert(1)', helpful: 'yes' });
    expect(badPage.body).toContain('<a href="/">');
    expect(badPage.body).not.toContain('href="javascript');
  });

  it('answers 429 with Retry-After once a client is over its rate', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 5; i += 1) {
      last = await json(limitedPort, { page: '/q/abc/', helpful: true });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    expect(last?.body).toMatch(/提交太频繁.*Too many reports/);
  });
});

describe('POST /api/feedback without a working store', () => {
  const root = fixtureRoot();
  const failing: FeedbackStore = {
    add: () => Promise.reject(new Error('disk full')),
    recent: () => Promise.resolve([]),
    summary: () => Promise.resolve([]),
    count: () => Promise.resolve(0),
    close: () => Promise.resolve(),
  };
  let servers: Server[] = [];
  let ports: number[] = [];
  beforeAll(async () => {
    servers = [createSiteServer({ root, feedback: failing }), createSiteServer({ root }), createSiteServer({ root, feedback: Promise.reject(new Error('no database')) })];
    ports = await Promise.all(servers.map(listen));
  });
  afterAll(() => Promise.all(servers.map(close)));

  it('refuses with 503 when the store fails, never a 2xx', async () => {
    const reply = await json(ports[0] ?? 0, { page: '/q/abc/', helpful: true });
    expect(reply.status).toBe(503);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
    const page = await form(ports[0] ?? 0, { page: '/q/abc/', helpful: 'yes' });
    expect(page.status).toBe(503);
    expect(page.body).toContain('<a href="/q/abc/">');
  });

  it('answers 503 when the server has no store, or its store did not open', async () => {
    expect((await json(ports[1] ?? 0, { page: '/q/abc/', helpful: true })).status).toBe(503);
    expect((await json(ports[2] ?? 0, { page: '/q/abc/', helpful: true })).status).toBe(503);
    expect((await send(ports[1] ?? 0, { method: 'GET', path: '/' })).status).toBe(200);
  });
});
