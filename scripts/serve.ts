/**
 * `npm run serve`: serves a built site (lib/server/static-server.ts), `out/` unless told otherwise.
 *
 *   npx tsx scripts/serve.ts [--dir out] [--port 3000]
 *
 * PORT and HOST work too; without a host Node listens on every address, IPv4 and IPv6, so localhost works either way.
 */
import path from 'node:path';
import { serve } from '@/lib/server/static-server';

function parsePort(argv: string[]): number {
  const flag = argv.indexOf('--port');
  const value = flag >= 0 ? argv[flag + 1] : process.env.PORT;
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`Not a port number: ${value}`);
  return port;
}

const dirFlag = process.argv.indexOf('--dir');
const root = path.resolve(dirFlag >= 0 ? (process.argv[dirFlag + 1] ?? 'out') : 'out');
serve({ root, port: parsePort(process.argv), host: process.env.HOST });
