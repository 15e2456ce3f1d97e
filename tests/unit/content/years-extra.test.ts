import { describe, expect, it } from 'vitest';
import { detectYears } from '@/lib/content/years';

// Cases beyond rules.test.ts: the tricky shapes issue 9 names, in the places they really occur.
describe('year detection, more tricky strings', () => {
  it.each([
    ['2024灵活就业 in the middle of a body', '', '参加2024灵活就业人员医保的', [2024]],
    ['24年 only as the feed shorthand at the start', '缴费满24年可以退休吗', '', []],
    ['25年 shorthand at the start of a question', '25年医保缴费标准', '', [2025]],
    ['a hotline number alone', '', '可拨打12393咨询', []],
    ['a phone number with a 20xx block', '', '咨询电话：0551-2024 8899', []],
    ['a mobile number', '', '联系13020245678转医保科', []],
    ['an amount like 13000 with a unit', '', '月工资13000元的缴费基数', []],
    ['an amount like 2000 with a unit', '', '起付线2000元', []],
    ['2025年度 and 2026年 together', '', '2025年度已结束，2026年标准待公布', [2025, 2026]],
  ])('%s', (_name, question, body, years) => expect(detectYears(question, body)).toEqual(years));
});
