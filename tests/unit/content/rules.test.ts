import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, loadRules } from '@/lib/content/build';
import { loadContentDir } from '@/lib/content/load';
import { regionMatcher, regionSettingsSchema } from '@/lib/content/regions';
import { decideScope } from '@/lib/content/scope-decision';
import { splitShortAnswer } from '@/lib/content/short-answer';
import { articleSlug } from '@/lib/content/slug';
import { typeset } from '@/lib/content/typography';
import { detectYears } from '@/lib/content/years';
import { generateCorpus } from '@/lib/dev/generate-corpus';
import { realData } from './helpers';

const { rules } = loadRules(realData());
if (!rules) throw new Error('the real data files must load');

describe('typography', () => {
  it.each([
    ['医保共济缴费的扣款规则如下:', '医保共济缴费的扣款规则如下：'],
    ['先主账户后其他成员 :若存在', '先主账户后其他成员：若存在'],
    ['由授权人(如配偶、父母、子女)的', '由授权人（如配偶、父母、子女）的'],
    ['仍不足;则由用户本人支付?是的!', '仍不足；则由用户本人支付？是的！'],
    ['访问官网(www.12333sb.com)或地方社保平台', '访问官网（www.12333sb.com）或地方社保平台'],
    ['364.52(基本医疗保险) + 8(大额医疗补助保险)', '364.52（基本医疗保险） + 8（大额医疗补助保险）'],
  ])('%s → %s', (input, output) => expect(typeset(input)).toBe(output));

  it.each(['4097-24264元/月', '0433-2368137', 'www.12333sb.com', 'https://example.com/a?b=1:2', '1,000元', '12:30开始', 'APP (iOS, Android)', '[这里](javascript:alert(1))'])(
    'leaves %s alone',
    (text) => expect(typeset(text)).toBe(text),
  );
});

describe('year detection', () => {
  it.each([
    ['2024年灵活就业医保多少钱', '', [2024]],
    ['', '2025年度安徽医疗保险', [2025]],
    ['2024灵活就业医保缴费基数', '', [2024]],
    ['24年灵活就业人员医保交多少钱', '', [2024]],
    ['', '2024-2025年缴费基数为4879元', [2024, 2025]],
    ['', '集中征缴期为2024年9月1日至2025年2月28日', [2024, 2025]],
    ['', '缴费满15年可享受终身待遇', []],
    ['', '社保基数13000每个月扣多少', []],
    ['', '基数范围为 4097元/月至24264元/月', []],
    ['', '电话:0433-2368137 或 0432-12393', []],
    ['', '门诊累计超过2000元的部分', []],
    ['', '健康新闻 2025-03-18', []],
    ['', '1999年的政策', []],
    ['江苏镇江社保基数13000是几档', '', []],
  ])('%s %s → %j', (question, body, years) => expect(detectYears(question, body)).toEqual(years));
});

describe('regions', () => {
  const matcher = regionMatcher(regionSettingsSchema.parse({ ambiguousShortNames: ['中山', '三明', '阿里', '大理', '普洱'], slugOverrides: { 陕西省: 'shaanxi' } }));
  const detect = (text: string) => matcher.detect(text).map((d) => d.slug);

  it.each([
    ['广州的公费医疗能在佛山用吗', ['guangdong', 'guangzhou', 'foshan']],
    ['吉林省异地就医备案电话', ['jilin']],
    ['吉林市医保2024年交多少钱', ['jilin', 'jilin-jilin']],
    ['2025年吉林通化出现腹胀', ['jilin', 'tonghua']],
    ['通化市中心医院', ['jilin', 'tonghua']],
    ['延边医保', ['jilin', 'yanbian']],
    ['海南保亭出现失眠', ['hainan']],
    ['上海南站医保', ['shanghai']],
    ['陕西医保', ['shaanxi']],
    ['广东中山医保', ['guangdong', 'zhongshan']],
    ['中山市医保', ['guangdong', 'zhongshan']],
  ])('%s → %j', (text, slugs) => expect(detect(text)).toEqual(slugs));

  it.each(['中山大学附属医院挂号', '三明治能用医保卡买吗', '阿里巴巴员工医保', '大理石厂工伤保险', '普洱茶能报销吗', '医保里的钱会累积吗'])('finds no place in %s', (text) => {
    expect(detect(text)).toEqual([]);
  });

  it('gives every province and city a unique ASCII slug, resolving pinyin clashes by province', () => {
    const slugs = matcher.divisions.map((d) => d.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(matcher.bySlug.get('fuzhou-fujian')?.name).toBe('福州市');
    expect(matcher.bySlug.get('fuzhou-jiangxi')?.name).toBe('抚州市');
    expect(matcher.resolve('广州')?.slug).toBe('guangzhou');
    expect(matcher.resolve('吉林')?.slug).toBe('jilin');
    expect(matcher.resolve('吉林市')?.slug).toBe('jilin-jilin');
  });
});

describe('scope', () => {
  const decide = (q: string) => {
    const d = decideScope(rules.scope, q);
    return d.kept ? 'kept' : d.rule;
  };
  it.each([
    ['江苏镇江社保基数13000每个月扣多少', 'kept'],
    ['江苏镇江社保基数13000和5000的区别', 'kept'],
    ['2024年灵活就业有规定几月交吗', 'kept'],
    ['四川医保哪一年开始交的', 'kept'],
    ['医保备案进度查询', 'kept'],
    ['退休后医保还要交吗', 'kept'],
    ['江苏镇江社保基数13100退休领多少钱', 'pension-only'],
    ['江苏镇江社保基数13000扣税多少', 'income-tax'],
    ['2025年四川省眉山市低保户每月多少钱', 'welfare'],
    ['2025年吉林通化出现腹胀去哪家医院好', 'hospital-recommendation'],
    ['2025年广东韶关治疗发烧什么医院好', 'hospital-recommendation'],
    ['广州阳普医疗上班怎么样', 'company-review'],
    ['征信不好能贷款吗', 'loans-credit'],
    ['血压计哪个牌子好', 'medical-device'],
    ['助听器医保能报销吗', 'kept'],
    ['明朝皇帝怎么看病', 'history'],
    ['今天天气怎么样', 'not-insurance'],
    ['网站ICP备案怎么办', 'other-filings'],
    ['水电费缴费渠道有哪些', 'not-insurance'],
    ['公司差旅费怎么报销', 'work-expenses'],
    ['住院费用怎么报销', 'kept'],
    ['医保定点医院去哪家医院好', 'kept'],
    ['治疗腰痛的针灸医保能报销吗', 'kept'],
  ])('%s → %s', (q, decision) => expect(decide(q)).toBe(decision));
});

describe('short answers', () => {
  it.each([
    ['2025年四川省眉山市低保户每月多少钱', '788元/月 2025年四川省眉山市的低保标准为 城市居民最低生活保障标准每人每月788元', '788元/月'],
    ['2024年灵活就业医保每月多少钱', '大约为364.52元 2024年灵活就业医保的缴费标准如下:', '大约为364.52元'],
    ['浙江医保消费多少可以统筹报销', '3000元 在浙江,医保的统筹报销起付标准一般为 3000元 。', '3000元'],
    ['广州的公费医疗可以在外地用吗', '可以 广州市公费医疗支持异地就医', '可以'],
    ['怎么申请医保异地就医备案登记', '国家医保服务平台APP或官网 以下是医保异地备案的办理指南', '国家医保服务平台APP或官网'],
  ])('%s → %s', (question, summary, short) => {
    const split = splitShortAnswer(question, summary);
    expect(split.shortAnswer).toBe(short);
    expect(summary.endsWith(split.rest)).toBe(true);
  });

  it.each([
    ['社保买了多久才可以有生育津贴', '社保需要连续缴纳满 12个月 (含生育当月)才能享受生育津贴。'],
    ['24年灵活就业人员医保交多少钱', '2024年灵活就业人员医保的缴费金额 大约为8400元 。具体金额取决于当地'],
    ['广西灵活就业人员医保死了能退吗', '广西灵活就业人员医保在参保人死亡后 不能全额退还个人缴纳的所有社保费用'],
    ['2024年的灵活就业可以交了吗', '2024年的灵活就业 可以 缴费。根据最新的信息'],
    ['医保备案进度查询', '如何查询医保备案进度? 医保备案进度查询通常可以通过以下几种方式进行:'],
    ['吉林省异地就医备案电话', '吉林省异地就医备案电话有以下几种: 全省医保咨询服务热线 :12393'],
  ])('does not guess on %s', (question, summary) => {
    expect(splitShortAnswer(question, summary)).toEqual({ rest: summary });
  });
});

describe('slugs', () => {
  it('are pinyin syllables plus a hash of the question, stable and short', () => {
    expect(articleSlug('医保共济缴费扣的是哪里的钱')).toBe('yi-bao-gong-ji-jiao-fei-kou-de-shi-na-li-de-qian-8e0991');
    expect(articleSlug('2024灵活就业医保缴费基数')).toMatch(/^2024-ling-huo-jiu-ye-yi-bao-jiao-fei-ji-shu-[0-9a-f]{6}$/);
    // Spacing, width and punctuation do not change a question, so they do not change its URL.
    expect(articleSlug('医保共济缴费扣的是哪里的钱？')).toBe(articleSlug('医保共济缴费扣的是哪里的钱'));
    const long = articleSlug('江苏镇江社保基数13000医保卡每月多少江苏镇江社保基数13000医保卡每月多少江苏镇江社保基数');
    expect(long.length).toBeLessThanOrEqual(67);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{6}$/);
    // Same pinyin, different characters: the hash keeps them apart.
    expect(articleSlug('医保报销')).not.toBe(articleSlug('医保包销'));
  });
});

describe('generated corpus', () => {
  it('is deterministic, in the seeds format, and builds without errors', () => {
    const a = mkdtempSync(path.join(tmpdir(), 'corpus-a-'));
    const b = mkdtempSync(path.join(tmpdir(), 'corpus-b-'));
    try {
      generateCorpus(60, a);
      generateCorpus(60, b);
      const files = readdirSync(a).filter((f) => f.endsWith('.txt')).sort();
      expect(files).toHaveLength(60);
      expect(files[0]).toBe('gen-00000.txt');
      for (const f of files) expect(readFileSync(path.join(a, f))).toEqual(readFileSync(path.join(b, f)));
      expect(readFileSync(path.join(a, 'gen-00000.txt'), 'utf8')).toContain('相关推荐');
      expect(() => generateCorpus(1, 'content')).toThrow(/never writes into content/);
      const built = buildSite(loadContentDir(a));
      expect(built.report.errors).toEqual([]);
      expect(built.report.full).toBe(60);
      expect(built.report.excerpts).toBeGreaterThan(0);
      expect(built.report.leftOut.length).toBeGreaterThan(0);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
