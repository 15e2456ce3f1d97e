import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '@/lib/content/build';
import { parseGitLog, readGitHistory } from '@/lib/content/history';
import { readFrontMatter } from '@/lib/content/front-matter';
import { formatReport } from '@/lib/content/report';
import { articleJsonLd } from '@/lib/site/seo';
import { articles, byQuestion, page, realData } from './helpers';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A throwaway repository whose commits carry the dates given, so no test depends on when it runs. */
function repo(commits: { date: string; files: Record<string, string> }[], subdir = 'content'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'site-dates-'));
  dirs.push(root);
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', ['-C', root, ...args], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null', ...env }, stdio: 'pipe' });
  run(['init', '-q']);
  for (const c of commits) {
    for (const [file, text] of Object.entries(c.files)) {
      const full = path.join(root, subdir, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    run(['add', '-A']);
    const stamp = `${c.date}T12:00:00+08:00`;
    run(['-c', 'user.name=editor', '-c', 'user.email=editor@example.org', 'commit', '-q', '-m', c.date], { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp });
  }
  return path.join(root, subdir);
}

const encoder = new TextEncoder();
const files = (f: Record<string, string>) => Object.entries(f).map(([p, text]) => ({ path: p, bytes: encoder.encode(text) }));
const A = page('医保卡丢了怎么补办', '先挂失，再到窗口补办。\n\n总之，先挂失再补卡。');
const B = page('医保断缴后怎么补缴', '到参保地补缴。');

describe('本站更新于 and 首次发布 from the content files’ history, front matter overriding', () => {
  it('parses one git log of every file: the first and the last commit touching each', () => {
    const log = ['\u00012025-03-02T10:00:00+08:00', '', 'a.txt', 'b.txt', '\u00012025-01-05T09:00:00+08:00', '', 'a.txt', '\u00012024-12-31T23:30:00-05:00', '', 'c/d.txt', ''].join('\n');
    expect(Object.fromEntries(parseGitLog(log))).toEqual({
      'a.txt': { first: '2025-01-05', last: '2025-03-02' },
      'b.txt': { first: '2025-03-02', last: '2025-03-02' },
      'c/d.txt': { first: '2024-12-31', last: '2024-12-31' },
    });
  });

  it('reads a real repository in one call: paths relative to the content folder, files outside it ignored', () => {
    const dir = repo([
      { date: '2024-05-01', files: { 'a.txt': A, 'sub/b.txt': B, '../README.md': 'x' } },
      { date: '2025-02-10', files: { 'a.txt': `${A}\n补充。` } },
    ]);
    const history = readGitHistory(dir);
    expect(history.note).toBeUndefined();
    expect(Object.fromEntries(history.dates ?? [])).toEqual({
      'a.txt': { first: '2024-05-01', last: '2025-02-10' },
      'sub/b.txt': { first: '2024-05-01', last: '2024-05-01' },
    });
  });

  it('a folder outside git has no dates, and says so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    dirs.push(dir);
    const history = readGitHistory(dir);
    expect(history.dates).toBeUndefined();
    expect(history.note).toContain('not in a git repository');
  });

  it('a page gets its file’s dates; an uncommitted file none; the report says where dates came from', () => {
    const dates = new Map([['a.txt', { first: '2024-05-01', last: '2025-02-10' }]]);
    const result = buildSite({ files: files({ 'a.txt': A, 'new.txt': B }), data: realData(), history: { dates, ms: 3 } });
    expect(byQuestion(result, '医保卡丢了怎么补办').siteDates).toEqual({ published: '2024-05-01', updated: '2025-02-10' });
    expect(byQuestion(result, '医保断缴后怎么补缴').siteDates).toBeUndefined();
    expect(result.report.siteDates).toMatchObject({ fromGit: true, dated: 1, undated: 1 });
    expect(formatReport(result.report)).toContain('本站更新于: 1 pages dated, 1 without a site date — from git history');
  });

  it('front matter date and updated override the history; 更新说明 or change_note is the public note', () => {
    const dates = new Map([['a.txt', { first: '2024-05-01', last: '2025-02-10' }]]);
    const withFm = `---\ndate: 2024-01-15\nupdated: 2025-06-01\n更新说明: 补充了异地补办的办法\n---\n${A}`;
    const result = buildSite({ files: files({ 'a.txt': withFm }), data: realData(), history: { dates, ms: 1 } });
    const a = byQuestion(result, '医保卡丢了怎么补办');
    expect(a.siteDates).toEqual({ published: '2024-01-15', updated: '2025-06-01' });
    expect(a.changeNote).toBe('补充了异地补办的办法');
    expect(result.report.siteDates.frontMatterOverrides).toBe(1);
    const other = buildSite({ files: files({ 'a.txt': `---\nchange_note: 更正了电话\n---\n${A}` }), data: realData() });
    expect(byQuestion(other, '医保卡丢了怎么补办').changeNote).toBe('更正了电话');
  });

  it('without git, only front matter dates a page, and a page with none shows no site date', () => {
    const result = buildSite({ files: files({ 'a.txt': `---\nupdated: 2025-06-01\n---\n${A}`, 'b.txt': B }), data: realData(), history: { note: 'the content folder is not in a git repository', ms: 0 } });
    expect(byQuestion(result, '医保卡丢了怎么补办').siteDates).toEqual({ updated: '2025-06-01' });
    expect(byQuestion(result, '医保断缴后怎么补缴').siteDates).toBeUndefined();
    expect(formatReport(result.report)).toContain('no git history: front matter only');
    expect(articles(result).every((a) => a.kind === 'full' || a.siteDates === undefined)).toBe(true);
  });

  it('an update never precedes the publication', () => {
    const dates = new Map([['a.txt', { first: '2024-05-01', last: '2024-06-01' }]]);
    const result = buildSite({ files: files({ 'a.txt': `---\ndate: 2024-09-01\n---\n${A}` }), data: realData(), history: { dates, ms: 1 } });
    expect(byQuestion(result, '医保卡丢了怎么补办').siteDates).toEqual({ published: '2024-09-01', updated: '2024-09-01' });
  });

  it('refuses a wrong updated date, and both note keys at once, naming the line', () => {
    const bad = readFrontMatter('x.txt', `---\nupdated: 2025-02-30\n---\n${A}`);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatchObject({ line: 2, message: 'front-matter updated `2025-02-30` is not a calendar date' });
    const both = readFrontMatter('x.txt', `---\nchange_note: a\n更新说明: b\n---\n${A}`);
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.problems[0]?.line).toBe(3);
  });

  it('the JSON-LD carries datePublished and dateModified from these dates', () => {
    const dates = new Map([['a.txt', { first: '2024-05-01', last: '2025-02-10' }]]);
    const a = byQuestion(buildSite({ files: files({ 'a.txt': A }), data: realData(), history: { dates, ms: 1 } }), '医保卡丢了怎么补办');
    expect(articleJsonLd(a, '/q/x/')).toMatchObject({ datePublished: '2024-05-01', dateModified: '2025-02-10' });
  });
});
