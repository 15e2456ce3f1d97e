import { describe, expect, it } from 'vitest';
import { readsAsQuestion } from '@/lib/content/question-shape';
import { present } from '@/lib/search/engine/results';
import { article, openIndex, siteOf } from './helpers';

describe('questions inside a page', () => {
  const faq = article('faq', '城乡居民医保政策问答', '一问一答。新生儿出生后凭出生医学证明参保。断缴后三个月内补缴的不设等待期。', {
    sections: [
      { id: 'xin-sheng-er', title: '新生儿怎么参保?' },
      { id: 'duan-jiao', title: '断缴以后还能补缴吗' },
      { id: 'bei-jing', title: '政策背景' },
    ],
  });
  const other = article('card', '医保卡丢了怎么办', '挂失补办。');

  it('are the headings that ask with a question mark or in a whole sentence', () => {
    expect(['新生儿怎么参保?', '断缴以后还能补缴吗', '2.灵活就业人员能否异地报销', '三、老人孩子没有手机怎么办'].every(readsAsQuestion)).toBe(true);
    // Section headings of an ordinary answer: fragments that need the page's title.
    expect(['政策背景', '一、办理条件', '二、能报多少', '四、异地能不能用', '申请材料'].some(readsAsQuestion)).toBe(false);
  });

  it('are found, and the result leads to their section', async () => {
    const { engine } = await openIndex(siteOf([faq, other]));
    const result = await engine.search('新生儿怎么参保', 5);
    expect(result.hits.map((h) => h.doc.slug)).toEqual(['faq']);
    const [view] = present(engine, result).results;
    expect(view?.href).toBe('/q/faq/#xin-sheng-er');
    expect(view?.alsoAsked?.map((s) => s.text).join('')).toBe('新生儿怎么参保?');
  });

  it('leave the link on the page itself when the title is what matched', async () => {
    const { engine } = await openIndex(siteOf([faq, other]));
    const [view] = present(engine, await engine.search('城乡居民医保政策问答', 5)).results;
    expect(view?.href).toBe('/q/faq/');
  });
});
