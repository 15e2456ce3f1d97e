import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '@/scripts/project-copy';

// A live site must never be replaced by a half-built one: a failing build leaves out/ exactly as it was.
describe('npm run build with a broken content file', () => {
  const root = copyProject('yibao-keep-out-');
  // Removing a whole project copy can take a while on a busy machine.
  afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

  it('reports every problem by file and line, exits non-zero and leaves out/ untouched', () => {
    mkdirSync(path.join(root, 'out'), { recursive: true });
    writeFileSync(path.join(root, 'out', 'index.html'), 'the live site');
    writeFileSync(path.join(root, 'content', 'empty.txt'), '');
    writeFileSync(path.join(root, 'content', 'bad-front-matter.txt'), '---\nslug: 医保\n---\n医保怎么交\n医保按年交。\n');

    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const output = build.stdout + build.stderr;

    expect(build.status).not.toBe(0);
    expect(output).toMatch(/^\s*empty\.txt:\d+: .+ — .+$/m);
    expect(output).toMatch(/^\s*bad-front-matter\.txt:\d+: .+ — .+$/m);
    expect(output).toContain('the previous out/ is left as it was');
    expect(readFileSync(path.join(root, 'out', 'index.html'), 'utf8')).toBe('the live site');
  }, 60_000);
});
