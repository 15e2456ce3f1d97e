import { describe, expect, it } from 'vitest';
import { hanTerms, hashTerm, normalize, runs, tokenize } from '@/lib/search/tokenize';

const trad = { 異: '异', 醫: '医', 備: '备' };

describe('normalize', () => {
  it('folds full-width letters, digits and punctuation, lower-cases, and maps traditional characters', () => {
    expect(normalize('ＹＩＤＩ １２３９３，異地就醫備案', trad)).toBe('yidi 12393,异地就医备案');
  });
  it('leaves characters the table does not know as they are', () => {
    expect(normalize('医保卡', trad)).toBe('医保卡');
  });
});

describe('tokenize', () => {
  it('cuts Chinese into overlapping bigrams', () => {
    expect(tokenize('异地就医', {})).toEqual(['异地', '地就', '就医']);
  });
  it('keeps a single character as a unigram, so one-character queries work', () => {
    expect(hanTerms('钱')).toEqual(['钱']);
  });
  it('keeps Latin words and numbers whole and never joins across punctuation', () => {
    expect(tokenize('社保基数13000，APP里查2024年', {})).toEqual(['社保', '保基', '基数', '13000', 'app', '里查', '2024', '年']);
  });
  it('splits runs of Han and of ASCII letters or digits', () => {
    expect(runs('yidi 就医2024')).toEqual([
      { kind: 'latin', text: 'yidi', start: 0 },
      { kind: 'han', text: '就医', start: 5 },
      { kind: 'latin', text: '2024', start: 7 },
    ]);
  });
  it('tokenizes full-width and traditional input exactly like the simplified text it stands for', () => {
    expect(tokenize('異地就醫１２３９３', trad)).toEqual(tokenize('异地就医12393', {}));
  });
});

describe('shards', () => {
  it('hashes terms stably (FNV-1a), so the build and the browser agree on the shard (shard-layout.test.ts)', () => {
    expect(hashTerm('')).toBe(0x811c9dc5);
    expect(hashTerm('a')).toBe(0xe40c292c);
  });
});
