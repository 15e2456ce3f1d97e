/**
 * `POST /api/feedback` (lib/core/feedback.ts): the island posts JSON and gets JSON back; the form without script
 * posts `application/x-www-form-urlencoded` and gets a small HTML page with a link back to the answer.
 *
 * In order, a report must: come from the site's own origin or one in FEEDBACK_ALLOWED_ORIGINS (403), stay
 * under the client's rate (429), be JSON or a form (415), fit in FEEDBACK_LIMITS.bodyBytes, counted while it
 * streams in (413), pass checkFeedback (400, every field named), and be stored (503 when the store fails:
 * never a 2xx without a row). With no store at all the answer is 503 too: the path is known, the service is off.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkFeedback, FEEDBACK_LIMITS, type FeedbackFieldError } from '@/lib/core/feedback';
import type { FeedbackStore } from './feedback-store';
import { FEEDBACK_RATE_LIMIT, type RateLimit, RateLimiter } from './rate-limit';

export type FeedbackApiOptions = {
  /** A promise is awaited per request, so the site serves pages while the store is still opening. */
  store?: FeedbackStore | Promise<FeedbackStore>;
  /** Other origins whose pages may post here (a static host in front of this server), as `https://host[:port]`. */
  allowedOrigins?: readonly string[];
  /** `'off'` only for benchmarks, so the figure is the store's throughput and not the limiter's. */
  rateLimit?: RateLimit | 'off';
};

export const FEEDBACK_ALLOW = 'POST, OPTIONS';

/** `FEEDBACK_ALLOWED_ORIGINS=https://a.example,https://b.example` → their origins; a malformed entry is an error at start. */
export function parseAllowedOrigins(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`FEEDBACK_ALLOWED_ORIGINS: not an origin: ${JSON.stringify(entry)} — write it like https://example.org`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`FEEDBACK_ALLOWED_ORIGINS: must be http or https: ${JSON.stringify(entry)}`);
      return url.origin;
    });
}

type Kind = 'json' | 'form';
type Failure = { status: number; message: string; errors?: FeedbackFieldError[]; headers?: Record<string, string> };

export function createFeedbackApi(options: FeedbackApiOptions = {}) {
  const allowed = new Set(options.allowedOrigins ?? []);
  const limiter = options.rateLimit === 'off' ? null : new RateLimiter(options.rateLimit ?? FEEDBACK_RATE_LIMIT);
  // A store that fails to open is answered per request (503); it is not an unhandled rejection meanwhile.
  if (options.store instanceof Promise) options.store.catch(() => undefined);

  return async function handleFeedback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const origin = requestOrigin(req);
    const foreign = origin !== null && !isOwnOrigin(origin, req) && allowed.has(origin);
    if (foreign) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }

    if (req.method === 'OPTIONS') {
      if (origin !== null && !isOwnOrigin(origin, req) && !foreign) return sendFailure(res, 'json', originRefusal(origin));
      res.statusCode = 204;
      res.setHeader('Allow', FEEDBACK_ALLOW);
      if (foreign) {
        res.setHeader('Access-Control-Allow-Methods', 'POST');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.end();
      return;
    }
    const kind: Kind = mediaType(req) === 'application/x-www-form-urlencoded' ? 'form' : 'json';
    if (req.method !== 'POST') {
      res.setHeader('Allow', FEEDBACK_ALLOW);
      return sendFailure(res, 'json', { status: 405, message: '这个地址只接受 POST 提交的反馈。 Only POST is accepted here.' });
    }

    if (origin === null) {
      return sendFailure(res, kind, {
        status: 403,
        message: '请求没有 Origin 或 Referer，无法确认来自本站。 Refused: no Origin or Referer header, so the request cannot be shown to come from this site.',
      });
    }
    if (!isOwnOrigin(origin, req) && !foreign) return sendFailure(res, kind, originRefusal(origin));

    const decision = limiter?.take(req.socket.remoteAddress ?? 'unknown') ?? { ok: true };
    if (!decision.ok) {
      return sendFailure(res, kind, {
        status: 429,
        message: `提交太频繁，请 ${decision.retryAfterSeconds} 秒后再试。 Too many reports from this address: try again in ${decision.retryAfterSeconds} s.`,
        headers: { 'Retry-After': String(decision.retryAfterSeconds) },
      });
    }

    const type = mediaType(req);
    if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
      return sendFailure(res, 'json', {
        status: 415,
        message: `只接受 application/json 或 application/x-www-form-urlencoded。 Unsupported Content-Type: ${JSON.stringify(type.slice(0, 80))}.`,
      });
    }

    const body = await readBody(req, FEEDBACK_LIMITS.bodyBytes);
    if (body === 'too-large') {
      // Stop reading: the rest of the upload is never buffered, and the connection closes after the answer.
      res.setHeader('Connection', 'close');
      return sendFailure(res, kind, {
        status: 413,
        message: `反馈内容太长（最多 ${FEEDBACK_LIMITS.bodyBytes} 字节）。 Body larger than ${FEEDBACK_LIMITS.bodyBytes} bytes.`,
      }, () => req.destroy());
    }
    if (body === 'aborted') return;

    const parsed = parseBody(body, kind);
    const checked = parsed.ok ? checkFeedback(parsed.value) : { ok: false as const, errors: [parsed.error] };
    if (!checked.ok) {
      const page = parsed.ok ? (parsed.value as Record<string, unknown>).page : undefined;
      const back = !checked.errors.some((e) => e.field === 'page' || e.field === 'body') && typeof page === 'string' ? page : undefined;
      return sendFailure(res, kind, { status: 400, message: '反馈没有保存：请检查下面的内容。 Not stored: see the fields below.', errors: checked.errors }, undefined, back);
    }

    let id: number;
    try {
      const store = await options.store;
      if (!store) {
        return sendFailure(res, kind, { status: 503, message: '这个服务器没有开启反馈。 Feedback is not enabled on this server.' }, undefined, checked.value.page);
      }
      id = (await store.add(checked.value)).id;
    } catch (error) {
      console.error(`Feedback not stored: ${error instanceof Error ? error.message : String(error)}`);
      return sendFailure(res, kind, { status: 503, message: '反馈暂时无法保存，请稍后再试。 Feedback could not be stored just now: try again later.' }, undefined, checked.value.page);
    }

    if (kind === 'json') return sendJson(res, 201, { ok: true, id });
    sendHtml(res, 200, '谢谢，已收到你的反馈', [], checked.value.page);
  };
}

function originRefusal(origin: string): Failure {
  return {
    status: 403,
    message: `不接受来自其他网站的反馈（${origin.slice(0, 100)}）。 Refused: origin ${origin.slice(0, 100)} is not this site nor listed in FEEDBACK_ALLOWED_ORIGINS.`,
  };
}

/** The Origin header, else the Referer's origin; `null` when neither says (Origin `null` included). */
function requestOrigin(req: IncomingMessage): string | null {
  const raw = req.headers.origin ?? req.headers.referer;
  if (!raw || raw === 'null') return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Same host and port as the request was sent to: behind a TLS proxy the scheme differs, the host does not. */
function isOwnOrigin(origin: string, req: IncomingMessage): boolean {
  const host = req.headers.host?.toLowerCase();
  return host !== undefined && new URL(origin).host === host;
}

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Reads at most `limit` bytes; a declared or streamed body over it is `'too-large'` and the rest is left unread. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
    // A client that goes away mid-upload: 'close' without 'end' (after 'end' this changes nothing).
    req.on('close', () => resolve('aborted'));
  });
}

function parseBody(body: Buffer, kind: Kind): { ok: true; value: unknown } | { ok: false; error: FeedbackFieldError } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { ok: false, error: { field: 'body', message: '请求内容不是有效的 UTF-8 文字。' } };
  }
  if (kind === 'form') return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: { field: 'body', message: '请求内容不是有效的 JSON。' } };
  }
}

function sendFailure(res: ServerResponse, kind: Kind, failure: Failure, after?: () => void, backTo?: string) {
  for (const [name, value] of Object.entries(failure.headers ?? {})) res.setHeader(name, value);
  if (kind === 'form') {
    sendHtml(res, failure.status, failure.message, failure.errors ?? [], backTo, after);
    return;
  }
  sendJson(res, failure.status, failure.errors ? { ok: false, error: failure.message, errors: failure.errors } : { ok: false, error: failure.message }, after);
}

function sendJson(res: ServerResponse, status: number, body: unknown, after?: () => void) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body), after);
}

const PAGE_PATH = /^\/q\/[A-Za-z0-9-]+\/$/;

/** The page a form post gets: the message, each field's problem, a link back. Every text is escaped. */
function sendHtml(res: ServerResponse, status: number, message: string, errors: FeedbackFieldError[], backTo?: string, after?: () => void) {
  // Only a checked answer path becomes a link; anything else goes home.
  const back = backTo !== undefined && PAGE_PATH.test(backTo) ? backTo : '/';
  const items = errors.map((e) => `<li>${escapeHtml(e.field)}：${escapeHtml(e.message)}</li>`).join('');
  const html = [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    // The title is the Chinese sentence; the English one follows it after '。 '.
    `<title>${escapeHtml(message.split(/(?<=。) /)[0] ?? message)}</title></head>`,
    `<body><main><h1>${escapeHtml(message)}</h1>`,
    items ? `<ul>${items}</ul>` : '',
    `<p><a href="${escapeHtml(back)}">${back === '/' ? '返回首页' : '返回刚才的页面'}</a></p>`,
    '</main></body></html>',
  ].join('');
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // No script, no style, no frame: the page is text and one link.
  res.setHeader('Content-Security-Policy', "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  res.end(html, after);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
