import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '@/lib/dev/project-copy';

/*
 * A broken content file is refused and the rest is published (tests/unit/content/broken-files.test.ts proves it
 * on the content step, which is all `npm run build` runs of content). What still stops a build is a problem of the
 * whole site, such as an editor data file that does not parse: then a live site must never be replaced by a
 * half-built one, and out/ is left exactly as it was.
 */
describe('npm run build with a broken data file and a broken content file', () => {
  const root = copyProject('yibao-keep-out-');
  // Removing a copy with its hard-linked node_modules can take longer than the default hook timeout on a busy machine.
  afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

  it('names the refused file first, reports the data file by line, exits non-zero and leaves out/ untouched', () => {
    mkdirSync(path.join(root, 'out'), { recursive: true });
    writeFileSync(path.join(root, 'out', 'index.html'), 'the live site');
    writeFileSync(path.join(root, 'content', 'empty.txt'), '');
    writeFileSync(path.join(root, 'content', 'topics.yaml'), `${readFileSync(path.join(root, 'content', 'topics.yaml'), 'utf8')}\n  - slug: [broken\n`);

    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const output = build.stdout + build.stderr;

    expect(build.status).not.toBe(0);
    expect(output).toMatch(/^Refused: 1 file not published/m);
    expect(output).toMatch(/^\s*empty\.txt:1: file is empty — .+$/m);
    expect(output).toMatch(/^\s*topics\.yaml:\d+: .+ — .+$/m);
    expect(output).toContain('the previous out/ is left as it was');
    expect(readFileSync(path.join(root, 'out', 'index.html'), 'utf8')).toBe('the live site');
  }, 60_000);
});
