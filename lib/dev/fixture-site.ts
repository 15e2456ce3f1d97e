import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyProject, PROJECT } from './project-copy';

/**
 * The fixture site of the browser tests: one copy of the project with everything the site must cope with beyond the
 * seeds — the other feeds' pages (tests/fixtures/feeds/), a stranger's file full of markup (tests/fixtures/hostile.txt),
 * an editor's new file, and a few hundred generated questions so lists run to several pages.
 *
 * It is built once per test run into a run folder (FIXTURE_SITE_DIR): `npm test` starts it beside the unit tests,
 * which leave a core free, and otherwise the first Playwright worker that needs it builds it (tests/e2e/fixture-site.ts).
 * The folder holds `lock` (a build has started), `root` (the copy's path), then `ready` or `failed`.
 */
export const CORPUS = 400;

/** The question of the editor's new file. */
export const QUESTION = '广州职工医保异地就医备案在穗好办怎么线上办理';

export const NEW_FILE = 'editor-new-question.txt';

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

/** `npm run build` inside a copy of the project; its output is kept for the failure message. */
export function buildProject(cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`npm run build failed in the copy (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

async function build(root: string): Promise<void> {
  const content = path.join(root, 'content');
  cpSync(path.join(PROJECT, 'tests/fixtures/feeds'), path.join(content, 'feeds'), { recursive: true });
  copyFileSync(path.join(PROJECT, 'tests/fixtures/hostile.txt'), path.join(content, 'hostile.txt'));
  writeFileSync(path.join(content, NEW_FILE), newQuestionFile());
  // In its own process: the generator reads the region dataset's JSON, which Playwright's loader cannot import.
  const corpus = mkdtempSync(path.join(os.tmpdir(), 'yibao-corpus-'));
  try {
    const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-corpus.ts', String(CORPUS), corpus, '--seeds', path.join(PROJECT, 'content')], {
      cwd: PROJECT,
      encoding: 'utf8',
    });
    if (generated.status !== 0) throw new Error(`generating the corpus failed:\n${generated.stderr}`);
    // Only its pages: the data files it writes beside them are the seeds' own, already in content/.
    mkdirSync(path.join(content, 'corpus'));
    for (const file of readdirSync(corpus)) if (file.endsWith('.txt')) copyFileSync(path.join(corpus, file), path.join(content, 'corpus', file));
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
  await buildProject(root);
}

async function waitFor(file: string, failed: string, minutes: number): Promise<string> {
  const until = Date.now() + minutes * 60_000;
  while (Date.now() < until) {
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    if (existsSync(file)) return readFileSync(file, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the fixture site was not built within ${minutes} minutes`);
}

/**
 * The built fixture site's folder: builds it into `run` if nobody has started to, or waits for whoever is building
 * it (another worker, or `npm test` beside the unit tests).
 */
export async function fixtureSiteRoot(run: string): Promise<string> {
  const ready = path.join(run, 'ready');
  const failed = path.join(run, 'failed');
  mkdirSync(run, { recursive: true });
  try {
    mkdirSync(path.join(run, 'lock'));
  } catch {
    return waitFor(ready, failed, 8);
  }
  const root = copyProject('yibao-fixture-');
  writeFileSync(path.join(run, 'root'), root);
  try {
    await build(root);
  } catch (error) {
    writeFileSync(failed, `the fixture site failed to build (in ${root}):\n${String(error)}`);
    throw error;
  }
  writeFileSync(ready, root);
  return root;
}

/** Removes the run folder and the copy built from it. */
export function removeFixtureSite(run: string): void {
  const copy = path.join(run, 'root');
  if (existsSync(copy)) rmSync(readFileSync(copy, 'utf8'), { recursive: true, force: true });
  rmSync(run, { recursive: true, force: true });
}
