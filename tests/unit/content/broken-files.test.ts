import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, DATA_FILES } from '@/lib/content/build';
import { LIMITS } from '@/lib/content/limits';
import { formatProblem } from '@/lib/core/problems';
import { formatReport, reportMarkdown } from '@/lib/content/report';
import { runContentStep } from '@/lib/content/run';
import { build, byQuestion, page, realData } from './helpers';

const GOOD = page('医保卡丢了怎么补办', '可以到社保卡服务网点补办,也可以在线上申请补办。');
/** The broken files' own question, so the good file's page is never a duplicate of theirs. */
const OTHER = page('社保卡怎么激活', '带身份证到银行网点激活。');
const encoder = new TextEncoder();

/** `- • 条目` lines nested `depth` levels deep, over and over. */
function deepBullets(lines: number, depth: number): string {
  const out = ['医保报销材料清单有哪些', ''];
  for (let i = 0; i < lines; i++) out.push(`${'  '.repeat(i % depth)}• 报销材料第${i + 1}项`);
  return out.join('\n');
}

const ERROR_FORMAT = /^[^:]+\.txt:\d+: .+ — .+$/;

describe('a broken file is refused by name and line, and the rest of the site is built', () => {
  const cases: { name: string; file: string | Uint8Array; line: number; message: RegExp }[] = [
    { name: 'an empty file', file: '', line: 1, message: /file is empty/ },
    { name: 'a file of blank lines', file: '\n\n  \n', line: 1, message: /only blank lines/ },
    { name: 'a binary file named .txt', file: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), line: 3, message: /binary file/ },
    { name: 'only a title', file: '医保卡丢了怎么补办\n\n', line: 1, message: /has no answer/ },
    { name: 'a title and the disclaimer only', file: '医保卡丢了怎么补办\n提示:本内容不能代替面诊,如有不适请尽快就医。\n相关推荐\n', line: 1, message: /has no answer/ },
    { name: 'invalid YAML front matter', file: `---\nslug: a\nslug: b\n---\n${OTHER}`, line: 3, message: /front matter is not valid YAML/ },
    { name: 'front matter without its closing line', file: `---\ntitle: 医保\n${OTHER}`, line: 3, message: /^front matter opened on line 1 is not closed: line 3 `社保卡怎么激活`/ },
    { name: 'front matter that runs to the end of the file', file: '---\ntitle: 医保卡丢了怎么补办\ndraft: false\n', line: 4, message: /front matter opened on line 1 is not closed: the file ends/ },
    {
      name: 'front matter whose closing line is missing, with a rule further down',
      file: `---\ntitle: 医保\n${OTHER.replace('相关推荐', '---\n相关推荐')}`,
      line: 3,
      message: /front matter opened on line 1 is not closed: line 3/,
    },
    { name: 'an unknown front-matter key', file: `---\ncategory: 医保\n---\n${OTHER}`, line: 2, message: /unknown front-matter key `category`/ },
    { name: 'a slug that is not ASCII', file: `---\nslug: 医保补办\n---\n${OTHER}`, line: 2, message: /front-matter `slug` is invalid/ },
    { name: 'a reserved slug', file: `---\nslug: search\n---\n${OTHER}`, line: 2, message: /slug `search` is reserved/ },
    {
      name: 'a file that is neither UTF-8 nor GB18030',
      file: new Uint8Array([...encoder.encode('医保卡丢了怎么补办\n'), 0xff, 0x41, 0x0a]),
      line: 2,
      message: /neither valid UTF-8 nor GB18030/,
    },
    { name: 'an unknown topic in front matter', file: `---\ntopics: [dental-care]\n---\n${OTHER}`, line: 2, message: /unknown topic `dental-care`/ },
    { name: 'an unknown region in front matter', file: `---\nregions: [火星]\n---\n${OTHER}`, line: 2, message: /unknown region `火星`/ },
    { name: 'a UTF-16 file cut off mid-character', file: new Uint8Array([0xff, 0xfe, 0x3b, 0x53, 0xdd, 0x4f, 0x0a]), line: 1, message: /byte-order mark but is not valid UTF-16/ },
    { name: 'a date that is not on the calendar', file: `---\ndate: 2025-02-30\n---\n${OTHER}`, line: 2, message: /not a calendar date/ },
    { name: 'a first line that is a paragraph', file: `${'医保'.repeat(150)}\n\n回答。`, line: 1, message: /over 200/ },
  ];

  it.each(cases)('$name', ({ file, line, message }) => {
    const r = build({ 'ok.txt': GOOD, 'bad.txt': file });
    expect(r.report.errors).toEqual([]);
    expect(r.siteData?.articles.filter((a) => a.kind === 'full').map((a) => a.question)).toEqual(['医保卡丢了怎么补办']);
    expect(r.report.refused).toHaveLength(1);
    const [refused] = r.report.refused;
    if (!refused) throw new Error('nothing refused');
    expect(refused).toMatchObject({ file: 'bad.txt', line });
    expect(refused.message).toMatch(message);
    expect(refused.fix.length).toBeGreaterThan(5);
    expect(formatProblem(refused)).toMatch(ERROR_FORMAT);
    expect(r.report.fileOutcomes).toEqual([
      { file: 'bad.txt', outcome: 'refused' },
      { file: 'ok.txt', outcome: 'published' },
    ]);
    // Named first, in the terminal and in report.md.
    const terminal = formatReport(r.report).split('\n');
    expect(terminal[0]).toBe('Refused: 1 file not published (the rest of the site was built; --strict makes this an error):');
    expect(terminal[1]).toBe(`  ${formatProblem(refused)}`);
    const markdown = reportMarkdown(r.report, r.siteData).split('\n');
    expect(markdown[2]).toBe('## Refused — files not published');
    expect(markdown).toContain(`- ${formatProblem(refused).replace(/([\\`*_[\]|<>])/g, '\\$1')}`);

    // An editors' CI: the same problem fails the run, and nothing is published.
    const strict = buildSite({ files: [{ path: 'ok.txt', bytes: encoder.encode(GOOD) }, { path: 'bad.txt', bytes: typeof file === 'string' ? encoder.encode(file) : file }], data: realData(), strict: true });
    expect(strict.siteData).toBeUndefined();
    expect(strict.report.errors).toEqual([refused]);
    expect(strict.report.refused).toEqual([]);
  });

  it('publishes a page whose related list has no items, with a warning', () => {
    const r = build({ 'a.txt': `${GOOD}\n返回顶部\n` });
    expect(byQuestion(r, '医保卡丢了怎么补办').kind).toBe('full');
    expect(r.report.warnings.map((w) => w.message)).toContain('the related list has no items');
  });

  it('names both files when two claim the same slug, and publishes the first', () => {
    const r = build({ 'a.txt': `---\nslug: bu-ban\n---\n${GOOD}`, 'b.txt': `---\nslug: bu-ban\n---\n${OTHER}` });
    expect(r.report.errors).toEqual([]);
    expect(r.report.refused).toHaveLength(1);
    expect(r.report.refused[0]?.file).toBe('b.txt');
    expect(r.report.refused[0]?.message).toContain('a.txt:4');
    expect(byQuestion(r, '医保卡丢了怎么补办').slug).toBe('bu-ban');
  });

  it('publishes the next file that asks a refused file\'s question, and says so', () => {
    const r = build({ 'a.txt': `---\ntopics: [dental-care]\n---\n${GOOD}`, 'b.txt': GOOD });
    expect(r.report.refused.map((p) => p.file)).toEqual(['a.txt']);
    expect(byQuestion(r, '医保卡丢了怎么补办').origins).toEqual([{ file: 'b.txt', line: 1 }]);
    expect(r.report.fileOutcomes).toEqual([
      { file: 'a.txt', outcome: 'refused' },
      { file: 'b.txt', outcome: 'published' },
    ]);
    expect(r.report.warnings.map((w) => `${w.file}: ${w.message}`)).toContain('b.txt: the question `医保卡丢了怎么补办` is published from this file: a.txt, which asks it too, was refused');
  });

  it('refuses a 5 MB file quickly, in bounded memory', () => {
    const big = `${GOOD}\n${'医保报销比例说明。'.repeat(200_000)}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(5 * 1024 * 1024);
    const started = performance.now();
    const r = build({ 'big.txt': big, 'ok.txt': GOOD });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.report.refused.map((e) => [e.file, e.message])).toEqual([['big.txt', expect.stringMatching(/^file is 5\.\d MB, over the 2\.0 MB limit/)]]);
  });

  it(`refuses 20,000 lines of bullets nested 30 deep (over the ${LIMITS.maxLines}-line limit), quickly`, () => {
    const started = performance.now();
    const r = build({ 'deep.txt': deepBullets(20_000, 30) });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.report.refused.map((e) => [e.file, e.line, e.message])).toEqual([['deep.txt', LIMITS.maxLines + 1, `file has 20002 lines, over the ${LIMITS.maxLines}-line limit for one page`]]);
  });

  it(`renders bullets nested 30 deep as lists at most ${LIMITS.maxListDepth} deep, losing no item, in linear time`, () => {
    const time = (lines: number) => {
      const started = performance.now();
      const r = build({ 'deep.txt': deepBullets(lines, 30) });
      return { r, ms: performance.now() - started };
    };
    time(500);
    const small = time(1000);
    const large = time(8000);
    const a = byQuestion(large.r, '医保报销材料清单有哪些');
    expect(a.answerText.split('\n')).toHaveLength(8000);
    expect(a.answerText).toContain('报销材料第8000项');
    const maxDepth = Math.max(...[...a.answerHtml.matchAll(/<\/?ul>/g)].reduce<number[]>((acc, m) => [...acc.slice(-1), (acc.at(-1) ?? 0) + (m[0] === '<ul>' ? 1 : -1)], [0]));
    expect(maxDepth).toBeLessThanOrEqual(LIMITS.maxListDepth);
    expect(large.r.report.warnings.some((w) => w.message.includes(`deeper than ${LIMITS.maxListDepth} levels`))).toBe(true);
    // Eight times the lines must not cost anywhere near 64 times the time.
    expect(large.ms).toBeLessThan(Math.max(small.ms, 20) * 24);
  });

  it('loses no file: every input is published, a draft, or named among the refused', () => {
    const files: Record<string, string | Uint8Array> = {
      'good.txt': GOOD,
      'draft.txt': `---\ndraft: true\n---\n${page('社保卡怎么激活', '带身份证到银行网点激活。')}`,
      'empty.txt': '',
      'binary.txt': new Uint8Array([0, 1, 2, 3]),
      'title.txt': '医保怎么报销',
      'yaml.txt': '---\n: : :\n---\n医保\n\n回答',
      'gbk.txt': new Uint8Array([0xff, 0xff]),
      'nested/also-good.txt': page('医保断缴了怎么办', '尽快补缴。'),
    };
    const r = build(files);
    expect(r.report.errors).toEqual([]);
    const named = new Set(r.report.refused.map((e) => e.file));
    for (const f of Object.keys(files)) {
      const outcome = r.report.fileOutcomes.find((o) => o.file === f)?.outcome;
      expect(outcome === 'refused' ? named.has(f) : outcome === 'published' || outcome === 'draft').toBe(true);
    }
    expect(r.report.fileOutcomes.filter((o) => o.outcome === 'published').map((o) => o.file)).toEqual(['good.txt', 'nested/also-good.txt']);
    expect([...named].sort()).toEqual(['binary.txt', 'empty.txt', 'gbk.txt', 'title.txt', 'yaml.txt']);
  });
});

describe('a file the scope step finds off-topic', () => {
  const offTopic = page('2025年广州治疗发烧什么医院好', '推荐以下医院：广州市第一人民医院发热门诊，周末也开诊。');

  it('is left out with a loud warning for an editor, and the rest of the site is built', () => {
    const r = build({ 'ok.txt': GOOD, 'bad.txt': offTopic });
    expect(r.report.errors).toEqual([]);
    expect(r.siteData?.articles.map((a) => a.question)).toContain('医保卡丢了怎么补办');
    expect(r.siteData?.articles.map((a) => a.question)).not.toContain('2025年广州治疗发烧什么医院好');
    expect(r.report.needsConfirmation).toEqual([
      expect.objectContaining({ file: 'bad.txt', line: 1, kind: 'article', rule: 'hospital-recommendation', evidence: expect.stringContaining('规则 hospital-recommendation：什么医院') }),
    ]);
    expect(r.report.fileOutcomes).toEqual([
      { file: 'bad.txt', outcome: 'left-out' },
      { file: 'ok.txt', outcome: 'published' },
    ]);
    expect(formatReport(r.report).split('\n')[0]).toMatch(/^需要编辑确认: 1 file left out as off-topic/);
    expect(reportMarkdown(r.report, r.siteData).split('\n').slice(0, 3).join('\n')).toMatch(/## 需要编辑确认/);
  });

  it('is an error under --strict', () => {
    const files = [
      { path: 'ok.txt', bytes: new TextEncoder().encode(GOOD) },
      { path: 'bad.txt', bytes: new TextEncoder().encode(offTopic) },
    ];
    const r = buildSite({ files, data: realData(), strict: true });
    expect(r.siteData).toBeUndefined();
    expect(r.report.errors).toHaveLength(1);
    expect(formatProblem(r.report.errors[0] ?? { file: '', line: 0, message: '', fix: '' })).toMatch(/^bad\.txt:1: the question `2025年广州治疗发烧什么医院好` looks off-topic .* — /);
  });

  it('publishes a fresh file whose question names no common word but whose answer is about insurance', () => {
    const r = build({ 'mt.txt': page('门慢病种怎么申请', '带上病历和诊断证明到定点医院申请认定，认定后门诊费用由统筹基金按比例报销。') });
    expect(r.report.errors).toEqual([]);
    expect(byQuestion(r, '门慢病种怎么申请').topics).toContain('reimbursement');
  });
});

describe('the content step on disk', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-step-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dataFiles = Object.values(DATA_FILES);

  function contentDir(name: string, files: Record<string, string>): string {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const d of dataFiles) writeFileSync(path.join(dir, d), readFileSync(path.join('content', d)));
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
    return dir;
  }

  it('writes site data and the report; with a refused file, the rest; on a broken data file, keeps the previous site data', () => {
    const out = path.join(root, 'out');
    const ok = runContentStep(contentDir('ok', { 'a.txt': GOOD, 'sub/b.txt': OTHER }), out);
    expect(ok.siteData?.articles).toHaveLength(2);
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('| full articles | 2 |');

    const refused = runContentStep(contentDir('refused', { 'a.txt': GOOD, 'b.txt': '' }), out);
    const written = readFileSync(path.join(out, 'site-data.json'), 'utf8');
    expect(JSON.parse(written).articles.map((a: { question: string }) => a.question)).toEqual(['医保卡丢了怎么补办']);
    expect(refused.report.refused).toEqual([{ file: 'b.txt', line: 1, message: 'file is empty', fix: expect.any(String) }]);
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('b.txt:1: file is empty —');

    const dir = contentDir('bad-data', { 'a.txt': GOOD });
    writeFileSync(path.join(dir, DATA_FILES.topics), 'topics: [');
    const failed = runContentStep(dir, out);
    expect(failed.siteData).toBeUndefined();
    expect(readFileSync(path.join(out, 'site-data.json'), 'utf8')).toBe(written);
    expect(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).errors[0]).toMatchObject({ file: DATA_FILES.topics });
  });

  it('names refused files first as file:line: what — fix and publishes the rest; --strict exits non-zero and publishes nothing', () => {
    const dir = contentDir('cli', { 'a.txt': GOOD, 'b.txt': '', 'c.txt': '医保怎么报销\n' });
    const run = (out: string, ...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts', '--content', dir, '--out', out, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const out = path.join(root, 'out-cli');
    const r = run(out);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Refused: 2 files not published (the rest of the site was built; --strict makes this an error):',
      expect.stringMatching(/^ {2}b\.txt:1: file is empty — /),
      expect.stringMatching(/^ {2}c\.txt:1: the question `医保怎么报销` has no answer — /),
    ]);
    expect(r.stdout).toMatch(/files refused \(not published\)\s+2/);
    expect(existsSync(path.join(out, 'site-data.json'))).toBe(true);

    const strictOut = path.join(root, 'out-cli-strict');
    const strict = run(strictOut, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('  b.txt:1: file is empty — ');
    expect(strict.stdout).toMatch(/errors\s+2/);
    expect(existsSync(path.join(strictOut, 'site-data.json'))).toBe(false);
    expect(existsSync(path.join(strictOut, 'report.json'))).toBe(true);
  });

  it('reads an oversized file only up to the limit', () => {
    const dir = contentDir('huge', { 'a.txt': GOOD });
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(6 * 1024 * 1024, 0x41));
    const r = runContentStep(dir, path.join(root, 'out-huge'));
    expect(r.report.refused.map((e) => e.message)).toEqual([expect.stringMatching(/^file is 6\.0 MB, over the 2\.0 MB limit/)]);
    expect(r.siteData?.articles.map((a) => a.question)).toEqual(['医保卡丢了怎么补办']);
  });
});
