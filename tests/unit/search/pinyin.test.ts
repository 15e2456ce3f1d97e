import { describe, expect, it } from 'vitest';
import { pinyinTable, readingSequences, segmentSyllables } from '@/lib/search/pinyin';

const table = pinyinTable({ yi: '医异一', di: '地', jiu: '就', xi: '西', an: '案安', xian: '先', sheng: '生', yu: '育', jin: '津金', tie: '贴', hang: '行', xing: '行' });

describe('segmentSyllables', () => {
  it('cuts letters into the fewest known syllables', () => {
    expect(segmentSyllables('yidijiuyi', table)).toEqual(['yi', 'di', 'jiu', 'yi']);
    expect(segmentSyllables('xian', table)).toEqual(['xian']);
    expect(segmentSyllables('shengyujintie', table)).toEqual(['sheng', 'yu', 'jin', 'tie']);
  });
  it('gives up when the letters are not pinyin, so initials can be tried instead', () => {
    expect(segmentSyllables('syjt', table)).toBeUndefined();
  });
});

describe('readingSequences', () => {
  it('lists every reading of a polyphone and none for an unknown character', () => {
    expect(readingSequences(['行', '医'], table).map((s) => s.join(' ')).sort()).toEqual(['hang yi', 'xing yi']);
    expect(readingSequences(['龘'], table)).toEqual([]);
  });
});
