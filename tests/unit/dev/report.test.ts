import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSlug } from '@/lib/content/slug';
import { ANSI, formatReport, PLAIN, progressBar, reportMarkdown } from '@/lib/content/report';
import { build, page } from '../content/helpers';

const GUANGZHOU = page('广州职工医保异地就医备案怎么办理', '在穗好办APP上提交异地就医备案申请即可。', [
  ['2025年广州医保报销比例是多少', '广州职工医保住院报销比例一般在85%以上，具体看医院等级和', '健康新闻 2025-03-18'],
  ['广州哪家医院看腰痛好', '广州看腰痛可以去以下医院', '健康新闻 2025-03-18'],
]);

describe('the content report an editor reads', () => {
  const good = build({ 'news/gz.txt': GUANGZHOU, 'b.txt': page('社保卡怎么激活', '带身份证到银行网点激活。') });
  const bad = build({ 'news/gz.txt': GUANGZHOU, 'empty.txt': '', 'draft.txt': `---\ndraft: maybe\n---\n${page('医保怎么报销', '拿发票去医保窗口。')}` });

  it('opens with the summary table: files, published, excerpts, merged, left out, errors', () => {
    const text = formatReport(good.report, PLAIN);
    const summary = text.split('\n\n')[0] ?? '';
    expect(summary.split('\n').map((l) => l.trim().replace(/\s{2,}/g, ' | '))).toEqual([
      'Content report',
      'files read | 2',
      'files refused (not published) | 0',
      'published pages | 3',
      'full articles | 2',
      'excerpts | 1',
      'drafts (not published) | 0',
      'duplicates merged | 0',
      'files left out (需要编辑确认) | 0',
      'related items left out | 1',
      // The disclaimer of each file, replaced by the site's notice.
      'answer lines left out | 2',
      'kept on weak evidence (待编辑确认) | 0',
      `warnings | ${good.report.warnings.length}`,
      'errors | 0',
    ]);
    expect(text).toContain('广州哪家医院看腰痛好 — 医院推荐，不是医保问题 [hospital-recommendation] (news/gz.txt line 14)');
    expect(text.trimEnd().endsWith('Content step passed.')).toBe(true);
  });

  it('names every refused file first, as file:line: what — fix, and passes with the rest', () => {
    const lines = formatReport(bad.report, PLAIN).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Refused: 2 files not published (the rest of the site was built; --strict makes this an error):',
      '  draft.txt:2: front-matter `draft` is invalid: Invalid input: expected boolean, received string — write `draft: true` or `draft: false`',
      '  empty.txt:1: file is empty — write the question on the first line and the answer below it, or delete the file',
      '',
    ]);
    expect(lines.map((l) => l.trim().replace(/\s{2,}/g, ' | '))).toContain('files refused (not published) | 2');
    expect(lines.at(-1)).toBe('Content step passed.');
  });

  it('is coloured for a terminal and plain otherwise', () => {
    expect(formatReport(bad.report, ANSI)).toContain('\u001b[31m  empty.txt:1: file is empty');
    expect(formatReport(bad.report, PLAIN)).not.toContain('\u001b[');
  });

  it('says in report.md what each file became: URL, topics, regions', () => {
    const md = reportMarkdown(good.report, good.siteData);
    expect(md).toContain('| published pages | 3 |');
    expect(md).toContain(`| \`news/gz.txt\` | full article + 1 excerpt | \`/q/${articleSlug('广州职工医保异地就医备案怎么办理')}/\` | 异地就医备案、参保办理与查询 | 广东、广州 |`);
    expect(md).toContain(`| \`b.txt\` | full article | \`/q/${articleSlug('社保卡怎么激活')}/\` | 参保办理与查询 | — |`);
    expect(md).toMatch(/## Left out\n\n- 广州哪家医院看腰痛好 — 医院推荐，不是医保问题 \(`hospital-recommendation`\) — news\/gz\.txt line 14 {2}\n {2}标题：.* · 规则 hospital-recommendation：哪家医院/);
  });

  it('names the error of each failed file in report.md', () => {
    const md = reportMarkdown(bad.report, bad.siteData);
    expect(md).toContain('| `empty.txt` | refused, not published (line 1: file is empty) |');
    expect(md).toContain('| `draft.txt` | refused, not published (line 2: front-matter \\`draft\\` is invalid');
  });

  it('draws a progress bar', () => {
    expect(progressBar(0, 4000, 10)).toBe('[··········] 0/4000 files');
    expect(progressBar(1000, 4000, 10)).toBe('[###·······] 1000/4000 files');
    expect(progressBar(4000, 4000, 10)).toBe('[##########] 4000/4000 files');
  });
});

describe('npm run content', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'report-cli-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints plain text when not on a terminal and writes report.md with the files table', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts', '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toMatch(/^Content report\n {2}files read {2,}5\n {2}files refused \(not published\) {2,}0\n {2}published pages/);
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(md).toContain("## Answer lines left out\n\n- 5 medical disclaimer lines (one per file at most): each page shows the site's standard notice instead\n- `004_a83c86f0943cbe0d.txt:45` 大家都在搜 — navigation leftover");
    expect(md).toMatch(/\| `000_2ae1594788d8c023\.txt` \| full article \+ \d+ excerpts \| `\/q\/[a-z0-9-]+\/` \| 家庭共济/);
  });
});
