/**
 * Serves the static export in `out/`: the server behind `npm start`, `npm run serve` (scripts/serve.ts) and the
 * browser tests.
 * sirv does the file serving (ranges, ETags, content types), and picks the build's precompressed `.br`/`.gz`
 * sibling by Accept-Encoding (with `Vary: Accept-Encoding` and that file's own length); compression gzips on
 * the fly only what has no sibling (small files, the 404 page, an out/ built without them).
 * Here we only add what a static host should: charset on every text type, security headers,
 * long caching for hashed assets, revalidation for HTML, the site's own 404 page, and a
 * refusal of paths that try to leave `out/`.
 * Besides the files it answers `POST /api/feedback` (lib/server/feedback-api.ts) when given a feedback store;
 * every other path takes only GET and HEAD.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { FEEDBACK_API_PATH } from '@/lib/core/feedback';
import { createFeedbackApi, parseAllowedOrigins } from './feedback-api';
import { FeedbackStoreBusyError, openFeedbackStore, type FeedbackStore } from './feedback-store';
import type { RateLimit } from './rate-limit';
import { describeStore, feedbackStoreChoice, type StoreChoice } from './store-from-env';

const TEXT_TYPES = /^(text\/|application\/(json|javascript|xml|manifest\+json|ld\+json)|image\/svg\+xml)/;

export type ServeOptions = {
  root: string;
  port: number;
  host?: string;
  /** `false`: every file as it is on disk, like a plain static file server (for benchmarks). */
  compress?: boolean;
  /** Where feedback goes; by default from the environment (DATABASE_URL, else FEEDBACK_DATA, else data/feedback). */
  store?: StoreChoice;
};

export type SiteServerOptions = Pick<ServeOptions, 'root' | 'compress'> & {
  /** Where `POST /api/feedback` stores reports; without one it answers 503 (feedback not enabled here). */
  feedback?: FeedbackStore | Promise<FeedbackStore>;
  /** Origins besides the server's own whose pages may post feedback (env FEEDBACK_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** The feedback rate limit; `'off'` only for benchmarks (env FEEDBACK_RATE_LIMIT=off). */
  rateLimit?: RateLimit | 'off';
};

/** Rejects paths with traversal, encoded slashes or NUL: they never reach the file server. */
export function isSafePath(rawUrl: string): boolean {
  const pathname = rawUrl.split('?')[0] ?? '';
  if (/%2f|%5c|%00/i.test(pathname) || pathname.includes('\0') || pathname.includes('\\')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (decoded.includes('\0')) return false;
  return !decoded.split('/').some((segment) => segment === '..');
}

/** Content-hashed files: Next's under /_next/static/, the islands' bundles (scripts/build-islands.ts). */
const IMMUTABLE = /^\/(_next\/static|islands)\//;

export function createSiteServer({ root, compress: compressing = true, feedback, allowedOrigins, rateLimit }: SiteServerOptions) {
  const handleFeedback = createFeedbackApi({ store: feedback, allowedOrigins, rateLimit });
  const notFoundFile = path.join(root, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('<!doctype html><title>404</title><h1>404 页面不存在</h1>');
  const compress = compression();
  const files = sirv(root, {
    // Look files up per request instead of listing out/ once at start: a rebuild swaps out/
    // under a running server, and a stale listing would point at files that no longer exist.
    dev: true,
    etag: true,
    extensions: ['html'],
    brotli: compressing,
    gzip: compressing,
    setHeaders(res, pathname) {
      // sirv looks the type up itself but adds a charset only for HTML; we set it for every text type.
      const type = lookup(pathname) ?? '';
      if (type && TEXT_TYPES.test(type) && !/charset=/i.test(type)) res.setHeader('Content-Type', `${type}; charset=utf-8`);
      res.setHeader('Cache-Control', IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    },
  });

  function sendNotFound(res: ServerResponse, status = 404) {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(notFoundPage);
  }

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    // Only a header can forbid framing: a <meta> CSP ignores frame-ancestors.
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    const url = req.url ?? '/';
    if (!isSafePath(url)) {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Bad request');
      return;
    }
    if (url.split('?')[0] === FEEDBACK_API_PATH) {
      handleFeedback(req, res).catch((error: unknown) => {
        console.error(`Feedback request failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Method not allowed: the site is static, only GET and HEAD.');
      return;
    }
    const serveFile = () => files(req, res, () => sendNotFound(res));
    if (compressing) compress(req as never, res as never, serveFile);
    else serveFile();
  });
}

/**
 * Serves `root` with the feedback store the environment names (lib/server/store-from-env.ts). Pages are served
 * at once; the store opens meanwhile, and a store that cannot open stops the server rather than run without it.
 */
export function serve({ root, port, host, store }: ServeOptions) {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`npm run build\` first (or \`npm start\`, which builds when needed).`);
  }
  const allowedOrigins = parseAllowedOrigins(process.env.FEEDBACK_ALLOWED_ORIGINS);
  const rateLimit = process.env.FEEDBACK_RATE_LIMIT === 'off' ? 'off' : undefined;
  const choice = store ?? feedbackStoreChoice();
  const feedback = openFeedbackStore(choice);
  const server = createSiteServer({ root, feedback, allowedOrigins, rateLimit });
  server.listen(port, host, () => console.log(`Serving ${path.relative(process.cwd(), root) || root}/ at http://localhost:${port}/`));
  feedback.then(
    () => {
      console.log(`Feedback: ${describeStore(choice)}${allowedOrigins.length > 0 ? `; also from ${allowedOrigins.join(', ')}` : ''}${rateLimit === 'off' ? '; rate limit OFF' : ''}`);
    },
    (error: unknown) => {
      console.error(`\n✘ The feedback store did not open (${describeStore(choice)}): ${error instanceof Error ? error.message : String(error)}`);
      if (!(error instanceof FeedbackStoreBusyError)) console.error('  Check DATABASE_URL, or FEEDBACK_DATA (a PGlite folder, default data/feedback).');
      server.close();
      process.exit(1);
    },
  );
  // Close the store on Ctrl-C or a stop signal: PGlite writes its folder out and the folder's lock is released.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // A store that hangs on close must not keep the process alive.
      setTimeout(() => process.exit(0), 5000).unref();
      server.close();
      feedback
        .then((store) => store.close())
        .catch(() => undefined)
        .finally(() => process.exit(0));
    });
  }
  return server;
}
