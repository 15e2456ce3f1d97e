/**
 * Serves the static export in `out/`: the server behind `npm start` and the browser tests.
 * sirv does the file serving (ranges, ETags, content types), and picks the build's precompressed `.br`/`.gz`
 * sibling by Accept-Encoding (with `Vary: Accept-Encoding` and that file's own length); compression gzips on
 * the fly only what has no sibling (small files, the 404 page, an out/ built without them).
 * Here we only add what a static host should: charset on every text type, security headers,
 * long caching for hashed assets, revalidation for HTML, the site's own 404 page, and a
 * refusal of paths that try to leave `out/`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';

const TEXT_TYPES = /^(text\/|application\/(json|javascript|xml|manifest\+json|ld\+json)|image\/svg\+xml)/;

export type ServeOptions = {
  root: string;
  port: number;
  host?: string;
  /** `false`: every file as it is on disk, like a plain static file server (for benchmarks). */
  compress?: boolean;
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

export function createSiteServer({ root, compress: compressing = true }: Pick<ServeOptions, 'root' | 'compress'>) {
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
    const url = req.url ?? '/';
    if (!isSafePath(url)) {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Bad request');
      return;
    }
    const serveFile = () => files(req, res, () => sendNotFound(res));
    if (compressing) compress(req as never, res as never, serveFile);
    else serveFile();
  });
}

function parsePort(argv: string[]): number {
  const flag = argv.indexOf('--port');
  const value = flag >= 0 ? argv[flag + 1] : process.env.PORT;
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`Not a port number: ${value}`);
  return port;
}

export function serve({ root, port, host }: ServeOptions) {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`npm run build\` first (or \`npm start\`, which builds when needed).`);
  }
  const server = createSiteServer({ root });
  server.listen(port, host, () => console.log(`Serving ${path.relative(process.cwd(), root) || root}/ at http://localhost:${port}/`));
  return server;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dirFlag = process.argv.indexOf('--dir');
  const root = path.resolve(dirFlag >= 0 ? (process.argv[dirFlag + 1] ?? 'out') : 'out');
  // Without a host Node listens on every address, IPv4 and IPv6, so localhost works either way.
  serve({ root, port: parsePort(process.argv), host: process.env.HOST });
}
