import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { questionPath, toolsPath, topicPath } from '@/lib/core/urls';
import { ratesDataSchema } from '@/lib/content/rates';
import { islandsStarted } from './page-ready';
import { sameInEveryWindow } from './projects';

/** The answers the content step gave a calculator (generated/rates.json), as the built site has them. */
const rates = ratesDataSchema.parse(JSON.parse(readFileSync('generated/rates.json', 'utf8')));
const [answerSlug, answerCalculators] = Object.entries(rates.pages)[0] ?? [];
const calculatorTitle = (kind: string) => rates.calculators.find((c) => c.kind === kind)?.title ?? kind;

const calculator = (page: Page, title: string) => page.getByRole('region', { name: title });

test('生育津贴 on /tools/: type a wage, choose the situation and region, read the announced result and its basis', async ({ page }) => {
  await page.goto(toolsPath());
  await islandsStarted(page);
  const calc = calculator(page, '生育津贴计算器');
  const result = calc.getByRole('status');
  const wage = calc.getByLabel('单位上年度职工月平均工资（元）');
  await expect(wage).toHaveAttribute('inputmode', 'decimal');

  await wage.fill('');
  await expect(result).toHaveText('请填写月平均工资');
  await wage.pressSequentially('8000');
  await expect(result).toHaveText('产假 98 天，生育津贴 26,133.33 元');
  await expect(calc.getByRole('list', { name: '计算过程' })).toContainText('依据：全国 · 女职工劳动保护特别规定 第七条');

  await calc.getByLabel('生育情况').selectOption({ label: '难产（含剖宫产）' });
  await calc.getByLabel('胎数').selectOption({ label: '2 胞胎' });
  await expect(result).toHaveText('产假 128 天，生育津贴 34,133.33 元');

  await calc.getByLabel('地区').selectOption({ label: '广东省（示例）' });
  await expect(result).toHaveText('产假 208 天，生育津贴 55,466.67 元');
  await expect(calc.getByRole('listitem').filter({ hasText: '奖励假：80 天' })).toContainText('广东省人口与计划生育条例 第三十条（示例）');

  await wage.fill('-5');
  await expect(result).toHaveText('月平均工资不能是负数');
  await wage.fill('80000000');
  await expect(result).toHaveText(/请检查是否多输了 0/);
  await expect(result).not.toContainText('NaN');
});

test('住院报销 on /tools/: an estimate with 起付线, 统筹支付 and 个人负担, and a notice on expired rates', async ({ page }) => {
  await page.goto(toolsPath());
  await islandsStarted(page);
  const calc = page.getByRole('region', { name: /^住院报销估算/ });
  const result = calc.getByRole('status');
  await calc.getByLabel('住院总费用（元）').fill('50000');
  await calc.getByLabel('自费和先行自付部分（元）').fill('5000');
  await calc.getByLabel('医院级别').selectOption('三级');
  await calc.getByLabel('人员类别').selectOption('在职');
  await calc.getByLabel('地区').selectOption({ label: '镇江市（示例）' });
  await expect(result).toHaveText('估算：起付线 1,200.00 元，统筹支付 37,230.00 元，个人负担 12,770.00 元');

  await calc.getByLabel('地区').selectOption({ label: '四川省（示例）（已过期）' });
  await expect(calc.getByRole('note')).toContainText('已经过期');
  await calc.getByLabel('自费和先行自付部分（元）').fill('60000');
  await expect(result).toHaveText('自费和先行自付部分不能多于住院总费用');
});

test('灵活就业 on /tools/: a region and a tier give the monthly and yearly amounts', async ({ page }) => {
  await page.goto(toolsPath());
  await islandsStarted(page);
  const calc = calculator(page, '灵活就业缴费计算器');
  await calc.getByLabel('缴费档次').selectOption({ index: 1 });
  await expect(calc.getByRole('status')).toHaveText('每月 2,080.00 元，每年 24,960.00 元');
  await calc.getByLabel('地区').selectOption({ label: '杭州市（示例）（已过期）' });
  await expect(calc.getByLabel('缴费档次').getByRole('option')).toHaveText(['60% 档（基数 4,500.00 元）', '100% 档（基数 7,500.00 元）']);
  await expect(calc.getByRole('status')).toHaveText('每月 1,987.50 元，每年 23,850.00 元');
});

test('an answer whose topic and concepts match shows its calculator, which works there too', async ({ page }) => {
  test.skip(!answerSlug, 'no answer in content/ matches a calculator');
  const kind = answerCalculators?.[0]?.kind ?? '';
  await page.goto(questionPath(answerSlug ?? ''));
  await islandsStarted(page);
  const calc = page.getByRole('main').getByRole('region', { name: new RegExp(calculatorTitle(kind)) });
  await expect(calc).toBeVisible();
  if (kind === 'hospital') {
    await calc.getByLabel('住院总费用（元）').fill('10000');
    await calc.getByLabel('自费和先行自付部分（元）').fill('0');
    await expect(calc.getByRole('status')).toHaveText(/^估算：起付线 [\d,.]+ 元，统筹支付 [\d,.]+ 元，个人负担 [\d,.]+ 元$/);
  } else {
    await expect(calc.getByRole('status')).not.toHaveText('');
  }
});

test('the topic page links to its calculator', async ({ page }) => {
  await page.goto(topicPath('maternity'));
  await page.getByRole('link', { name: '生育津贴计算器' }).click();
  await expect(page).toHaveURL(/\/tools\/#maternity$/);
  await expect(calculator(page, '生育津贴计算器')).toBeInViewport();
});

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });
  test('the formula, a worked example and the rates table are there', async ({ page }) => {
    await page.goto(toolsPath());
    const calc = calculator(page, '生育津贴计算器');
    await expect(calc).toContainText('生育津贴 = 单位上年度职工月平均工资 ÷ 30 × 产假天数');
    await expect(calc.getByRole('status')).toHaveText('产假 98 天，生育津贴 26,133.33 元');
    await calc.getByText('费率表和依据').click();
    const national = calc.getByRole('table', { name: '全国' });
    await expect(national.getByRole('row', { name: '国家规定产假 98 天' })).toBeVisible();
    await expect(calc.getByRole('group').filter({ hasText: '费率表和依据' })).toContainText('依据：女职工劳动保护特别规定 第七条');
  });
});

test.describe(() => {
  sameInEveryWindow();
  test('a page without a calculator never downloads its script; a page with one does', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (/\/islands\/calculator-/.test(request.url())) loaded.push(request.url());
    });
    await page.goto('/');
    await islandsStarted(page);
    expect(loaded).toEqual([]);
    await page.goto(toolsPath());
    await islandsStarted(page);
    await expect.poll(() => loaded.length).toBeGreaterThan(0);
  });
});
