import { describe, expect, it } from 'vitest';
import { readQuestion } from '@/lib/search/engine/question';

const words = { filler: ['麻烦问一下', '请问', '谢谢', '在线等'] };

describe('reading a question as a person does', () => {
  it('cuts courtesy and voice-input filler, and the particle that closes a clause', () => {
    expect(readQuestion('请问生育津贴怎么领啊？谢谢', words).text).toBe('生育津贴怎么领 ？');
    expect(readQuestion('麻烦问一下医保卡里的钱会清零吗在线等', words).text).toBe('医保卡里的钱会清零');
  });

  it('keeps a particle inside a word', () => {
    expect(readQuestion('什么是门特', words).text).toBe('什么是门特');
    expect(readQuestion('怎么办', words).text).toBe('怎么办');
    // 么 closing 什么 or 怎么 ends a word; cut, it would leave the pair 是什 that some answers have by chance.
    expect(readQuestion('城镇居民基本医疗保险是什么', words).text).toBe('城镇居民基本医疗保险是什么');
    expect(readQuestion('亲情账户是什么?如何绑定亲情账户?', words).parts).toEqual(['亲情账户是什么', '如何绑定亲情账户']);
    expect(readQuestion('医保断了该怎么？', words).text).toBe('医保断了该怎么？');
    expect(readQuestion('交这个医保是干嘛', words).text).toBe('交这个医保是干嘛');
    // A particle after such a word is still cut.
    expect(readQuestion('这是为什么呢', words).text).toBe('这是为什么');
  });

  it('drops a masked place name, never half-reads it', () => {
    expect(readQuestion('保*市有灵活就业人员只交医疗保险的吗', words).text).toBe('有灵活就业人员只交医疗保险的');
    expect(readQuestion('大*失业期间怎么交医疗保险', words).text).toBe('失业期间怎么交医疗保险');
    expect(readQuestion('南＊怎么交医保', words).text).toBe('怎么交医保');
  });

  it('reads years written in Chinese numerals as digits', () => {
    expect(readQuestion('二0一五年的新农合怎么交', words).text).toBe('2015年的新农合怎么交');
    expect(readQuestion('二〇二四年医保缴费标准', words).text).toBe('2024年医保缴费标准');
    expect(readQuestion('2024年医保缴费标准', words).text).toBe('2024年医保缴费标准');
    // Not a year: 一二三四 before 年 only when all four are numerals or digits.
    expect(readQuestion('交了三年医保', words).text).toBe('交了三年医保');
  });

  it('splits a question that asks two things at its sentence ends', () => {
    expect(readQuestion('医保卡年底清零吗?能查到去年的刷卡记录么?', words).parts).toEqual(['医保卡年底清零', '能查到去年的刷卡记录']);
    expect(readQuestion('社保卡丢了怎么办', words).parts).toEqual([]);
    // A sentence offering another answer to the one before it is part of that question, not one of its own.
    expect(readQuestion('生孩子能领生育津贴吗？还是只能报住院费', words).parts).toEqual([]);
    expect(readQuestion('医保断了怎么办？或者能补缴吗？能查记录吗？', words).parts).toEqual(['医保断了怎么办 或者能补缴', '能查记录']);
    // Typed or said without punctuation, a question particle before a space ends a question.
    expect(readQuestion('职工医保普通门诊能报销吗 一年最多报多少', words).parts).toEqual(['职工医保普通门诊能报销', '一年最多报多少']);
    expect(readQuestion('这是为什么 医保不给报', words).parts).toEqual([]);
    // A sentence of generic words or one character adds nothing of its own.
    expect(readQuestion('医保卡丢了。急！', words).parts).toEqual([]);
  });
});
