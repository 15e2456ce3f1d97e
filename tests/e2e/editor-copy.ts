import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { serve } from '@/lib/server/static-server';

/** Helpers of the editor workflow tests (editor-*.spec.ts): they work on a throw-away copy of the project. */

export { copyProject, PROJECT } from '@/lib/dev/project-copy';

/** `npm run build` inside the copy; its output is kept for the failure message. */
export function buildProject(cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`npm run build failed in the copy (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

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

export const QUESTION = '广州职工医保异地就医备案在穗好办怎么线上办理';

/** A new editor's file: a real-looking scraped page with a date, so it is the newest question on the site. */
export function newQuestionFile(frontMatter = 'date: 2026-11-20'): string {
  return `---
${frontMatter}
---
${QUESTION}
一、办理渠道
  1. 穗好办APP：首页搜索“异地就医备案”，按提示填写参保信息和就医地。
  2. 国家医保服务平台APP：进入“异地备案”，选择备案类型后提交。
二、注意事项
  • 备案成功后，在就医地的定点医院可以直接结算。
  • 临时外出就医的备案有效期一般为6个月。
综上,广州职工医保异地就医备案可以在穗好办线上办理,不用跑窗口。
提示:本内容不能代替面诊,如有不适请尽快就医。
`;
}

export const NEW_FILE = 'editor-new-question.txt';

/** Serves a built copy's out/ on a free port of 127.0.0.1, as the site is served; close `server` when done. */
export async function serveCopy(root: string): Promise<{ server: ReturnType<typeof serve>; base: string }> {
  // Its own in-memory feedback store: never the data folder of a server the developer may have running.
  const server = serve({ root: path.join(root, 'out'), port: 0, host: '127.0.0.1', store: { dataDir: 'memory://' } });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the copy is not served on a TCP port');
  return { server, base: `http://127.0.0.1:${address.port}` };
}
