import { createServer } from 'node:net';
import path from 'node:path';
import { serve } from '@/lib/server/static-server';

/** Helpers of the editor workflow tests (editor-*.spec.ts): they work on a throw-away copy of the project. */

export { copyProject, PROJECT } from '@/lib/dev/project-copy';
export { buildProject, NEW_FILE, newQuestionFile, QUESTION } from '@/lib/dev/fixture-site';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = address !== null && typeof address === 'object' ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Serves a built copy's out/ on a free port of 127.0.0.1, as the site is served; close `server` when done. */
export async function serveCopy(root: string): Promise<{ server: ReturnType<typeof serve>; base: string }> {
  // Its own in-memory feedback store: never the data folder of a server the developer may have running.
  const server = serve({ root: path.join(root, 'out'), port: 0, host: '127.0.0.1', store: { dataDir: 'memory://' } });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the copy is not served on a TCP port');
  return { server, base: `http://127.0.0.1:${address.port}` };
}
