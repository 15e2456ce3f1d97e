/**
 * A deterministic corpus in the seeds' format, for benchmarks and scale tests: generateCorpus, or from a shell
 *
 *   npx tsx scripts/generate-corpus.ts 10000 /tmp/corpus-10000 [--seeds content]
 *
 * Every file is built from the seed pages' real sentences: a seed question (or related title) with its place,
 * year and amount swapped for others the seeds and the division dataset use, a seed answer with the same swaps,
 * the disclaimer, and a related list that names other generated questions and re-placed seed items — with the
 * noise real scrapes carry (navigation leftovers, a title repeated after its source line, CRLF line ends), and on five
 * pages in six one of the structures of other feeds (markdown headings, a table, steps, 问/答, tips, invisible characters).
 * The same count always writes byte-identical files (seeded PRNG), named `gen-00000.txt` … , plus the seeds'
 * topics/scope/regions data files so the folder builds on its own. Never point it at content/.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES, loadRules } from '@/lib/content/build';
import { parsePage, type Page } from '@/lib/content/parse-page';
import { decideScope } from '@/lib/content/scope-decision';

/** mulberry32: tiny, fast and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Places the seeds talk about, and more of the same kind, as `province short name + city short name`. */
const PLACES: [string, string][] = [
  ['江苏', '镇江'], ['江苏', '南京'], ['江苏', '苏州'], ['江苏', '无锡'], ['浙江', '杭州'], ['浙江', '宁波'], ['浙江', '温州'],
  ['广东', '广州'], ['广东', '佛山'], ['广东', '深圳'], ['广东', '韶关'], ['四川', '眉山'], ['四川', '遂宁'], ['四川', '内江'],
  ['四川', '绵阳'], ['四川', '成都'], ['吉林', '通化'], ['吉林', '长春'], ['湖南', '长沙'], ['湖南', '株洲'], ['湖北', '武汉'],
  ['湖北', '宜昌'], ['安徽', '合肥'], ['安徽', '芜湖'], ['山东', '济南'], ['山东', '青岛'], ['山东', '枣庄'], ['河南', '郑州'],
  ['福建', '厦门'], ['福建', '福州'], ['辽宁', '沈阳'], ['陕西', '西安'], ['云南', '昆明'], ['贵州', '贵阳'], ['江西', '南昌'],
  ['河北', '石家庄'], ['山西', '太原'], ['黑龙江', '哈尔滨'], ['广西', '南宁'], ['海南', '海口'],
];
const YEARS = ['2023', '2024', '2025'];
// Pages and the related items that are not other pages use different places and years, so the corpus has
// excerpt records as well as full ones (the seeds have fifteen excerpts per page).
const PAGE_PLACES = PLACES.slice(0, 30);
const ITEM_PLACES = PLACES.slice(30);
const ITEM_YEARS = ['2020', '2021', '2022'];
const AMOUNTS = ['13000', '13100', '12000', '5000', '4879', '4494', '8400', '6000', '9000', '11000'];
const NAV_BEFORE = '首页 > 健康问答 > 医保';
const NAV_AFTER = ['返回顶部', '关于我们 | 联系我们 | 免责声明'];
const DISCLAIMER = '提示:本内容不能代替面诊,如有不适请尽快就医。';

/**
 * Blocks in the style of other feeds than the seeds' (see tests/fixtures/feeds/), so the content step is measured
 * on every structure it reads. `\u200B` and `\uFEFF` are the zero-width space and a byte-order mark mid-file.
 */
const FEED_BLOCKS: string[][] = [
  ['### 温馨提示', '', '温馨提示:出院时带齐发票和费用清单,回参保地就医报销时要用。'],
  ['镇江2025年缴费档次如下:', '档次\t月缴费额(元)\t适用人群', '一档\t13000\t收入较高者', '二档\t5000\t一般人群', '三档\t4494\t困难群体'],
  ['第一步:登录国家医保服务平台APP', '在首页点击“异地备案”。', '第二步:填写备案信息', '  • 选择参保地和就医地;', '  • 上传身份证照片。', '第三步:提交申请,等待审核。'],
  ['| 项目 | 职工医保 | 居民医保 |', '|---|---|---|', '| 住院报销 | 85% | 70% |', '| 门诊报销 | 50% | 50% |', '', '问:备案后多久生效?', '答:一般当天\u200B生效。'],
  ['\uFEFF注意事项:', '  (1) 医保\u200B个人账户余额不能取现;', '  (2) 代缴前确认家人未重复缴费;', '    ① 可在APP中查询缴费记录。'],
];

/** `一、扣款对象` → `## 一、扣款对象`, as markdown feeds write their sections. */
function markdownHeading(line: string): string {
  return /^[一二三四五六七八九十]{1,3}、/.test(line) ? `## ${line}` : line;
}

type Seed = { question: string; answer: string[]; related: { title: string; summary: string; source: string }[] };

function readSeeds(dir: string): Seed[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.flatMap((f): Seed[] => {
    const parsed = parsePage(f, readFileSync(path.join(dir, f), 'utf8').replace(/\r\n?/g, '\n'));
    if (!parsed.ok) return [];
    const page: Page = parsed.value;
    return [
      {
        question: page.question,
        answer: page.answer.map((l) => l.text),
        related: page.related.map((r) => ({ title: r.title, summary: r.summary, source: `${r.source?.name ?? '健康新闻'} ${r.source?.date ?? '2025-03-18'}` })),
      },
    ];
  });
}

const ALL_PLACE_NAMES = [...new Set(PLACES.flatMap(([p, c]) => [p, c]))].sort((a, b) => b.length - a.length);
const PLACE_RE = new RegExp(`(${ALL_PLACE_NAMES.join('|')})(省|市)?`, 'g');

/** Moves a seed sentence to another place, year and amount, keeping its wording. */
function swap(text: string, place: [string, string], year: string, amount: string): string {
  const provinces = new Set(PLACES.map(([p]) => p));
  return text
    .replace(PLACE_RE, (_m, name: string, suffix: string | undefined) => (provinces.has(name) ? place[0] : place[1]) + (suffix ?? ''))
    .replace(/(?<![\d-])202[0-5](?![\d-])/g, year)
    .replace(/(?<!\d)1[23]\d00(?!\d)/g, amount);
}

export function generateCorpus(count: number, dir: string, seedDir = 'content'): { files: number; bytes: number } {
  const resolved = path.resolve(dir);
  if (resolved === path.resolve('content') || resolved.startsWith(`${path.resolve('content')}${path.sep}`)) {
    throw new Error('generateCorpus never writes into content/: choose a folder such as /tmp/corpus-10000');
  }
  const seeds = readSeeds(seedDir);
  if (seeds.length === 0) throw new Error(`no seed pages found in ${seedDir}`);
  const data = (name: string) => (existsSync(path.join(seedDir, name)) ? readFileSync(path.join(seedDir, name), 'utf8') : '');
  const { rules } = loadRules({ topics: data(DATA_FILES.topics), scope: data(DATA_FILES.scope), regions: data(DATA_FILES.regions), lexicon: data(DATA_FILES.lexicon), furniture: data(DATA_FILES.furniture) });
  // A generated page is one an editor would publish: its question comes from an in-scope seed question. Related
  // lists still carry off-topic seed items, so the scope filter is exercised at scale too.
  const inScope = (q: string) => !rules || decideScope(rules.scope, q).verdict === 'kept';
  const templates = [...seeds.map((s) => s.question), ...seeds.flatMap((s) => s.related.map((r) => r.title))].filter(inScope);
  const items = seeds.flatMap((s) => s.related);
  const rand = prng(20250318);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;

  // Questions first, so related lists can name other generated pages (as real feeds do).
  const questions: string[] = [];
  const settings: { place: [string, string]; year: string; amount: string; seed: Seed }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    let q = '';
    let s = settings[0];
    for (let attempt = 0; attempt < 50; attempt++) {
      s = { place: pick(PAGE_PLACES), year: pick(YEARS), amount: pick(AMOUNTS), seed: pick(seeds) };
      q = swap(pick(templates), s.place, s.year, s.amount);
      if (!seen.has(q)) break;
      // Rare: every swap of this template is taken; a numbered variant keeps the question distinct.
      if (attempt === 49) q = `${q}（${i}）`;
    }
    seen.add(q);
    questions.push(q);
    if (s) settings.push(s);
  }

  mkdirSync(resolved, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const s = settings[i];
    const question = questions[i];
    if (!s || question === undefined) continue;
    const lines: string[] = [question, ''];
    // Other feeds' structure on some pages: markdown headings, a flattened table, steps, a tip, invisible characters.
    const feed = i % 6;
    for (const line of s.seed.answer) lines.push(feed === 1 ? markdownHeading(swap(line, s.place, s.year, s.amount)) : swap(line, s.place, s.year, s.amount));
    if (feed > 0) lines.push('', ...FEED_BLOCKS[feed - 1]!.map((l) => swap(l, s.place, s.year, s.amount)));
    lines.push('');
    if (i % 10 === 3) lines.push(NAV_BEFORE);
    lines.push(DISCLAIMER, '相关推荐', '');
    const n = 8 + Math.floor(rand() * 11);
    for (let k = 0; k < n; k++) {
      let title: string;
      let summary: string;
      let source: string;
      if (k % 2 === 0 && count > 1) {
        const j = (i + 1 + Math.floor(rand() * (count - 1))) % count;
        title = questions[j] ?? question;
        const other = settings[j];
        summary = other ? other.seed.answer.map((l) => l.trim()).filter(Boolean).join(' ').slice(0, 160) : '';
        source = `健康新闻 2025-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`;
        if (other) summary = swap(summary, other.place, other.year, other.amount);
      } else {
        const item = pick(items);
        const place = pick(ITEM_PLACES);
        const year = pick(ITEM_YEARS);
        title = swap(item.title, place, year, '13000');
        summary = swap(item.summary, place, year, '13000');
        source = item.source;
      }
      if (title === question) continue;
      lines.push(title, '', summary, '', source, '');
      if (k === 1 && i % 7 === 2) lines.push(title, '');
    }
    if (i % 10 === 5) lines.push(...NAV_AFTER);
    const eol = i % 13 === 4 ? '\r\n' : '\n';
    const text = lines.join(eol);
    writeFileSync(path.join(resolved, `gen-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  for (const name of Object.values(DATA_FILES)) {
    const from = path.join(seedDir, name);
    if (existsSync(from)) copyFileSync(from, path.join(resolved, name));
  }
  return { files: count, bytes };
}
