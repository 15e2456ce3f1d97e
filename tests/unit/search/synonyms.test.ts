import { describe, expect, it } from 'vitest';
import { parseSynonyms } from '@/lib/search/synonyms';
import { synonymRewrites } from '@/lib/search/query';
import { realSynonyms } from './helpers';

describe('parseSynonyms', () => {
  it('reads the groups editors write', () => {
    expect(parseSynonyms('groups:\n  - [医保, 医疗保险]\n  - [社保卡, 医保卡]\n', 'synonyms.yaml')).toEqual([
      ['医保', '医疗保险'],
      ['社保卡', '医保卡'],
    ]);
  });
  it('names the file and line of a group with one phrase, and how to fix it', () => {
    expect(() => parseSynonyms('groups:\n  - [医保, 医疗保险]\n  - [新农合]\n', 'content/synonyms.yaml')).toThrow(
      /^content\/synonyms\.yaml:3: a group needs at least two phrases at groups\.1 — /,
    );
  });
  it('refuses broken YAML and unknown keys with the file name', () => {
    expect(() => parseSynonyms('groups: [医保, [\n', 'content/synonyms.yaml')).toThrow(/^content\/synonyms\.yaml:\d+: invalid YAML/);
    expect(() => parseSynonyms('group:\n  - [a, b]\n', 'content/synonyms.yaml')).toThrow(/^content\/synonyms\.yaml:1: /);
  });
  it('the shipped file has the groups the site promises', () => {
    const groups = realSynonyms();
    const together = (a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));
    expect(together('医保', '医疗保险')).toBe(true);
    expect(together('新农合', '城乡居民医保')).toBe(true);
    expect(together('共济', '家庭共济')).toBe(true);
    expect(together('社保卡', '医保卡')).toBe(true);
  });
});

describe('synonymRewrites', () => {
  const groups = [['共济', '家庭共济'], ['社保卡', '医保卡']];
  it('swaps the longest phrase present for each other phrase of its group', () => {
    expect(synonymRewrites('家庭共济怎么开通', groups)).toEqual([{ text: '共济怎么开通', phrase: '共济' }]);
    expect(synonymRewrites('社保卡余额', groups)).toEqual([{ text: '医保卡余额', phrase: '医保卡' }]);
  });
  it('leaves a query with no synonym alone', () => {
    expect(synonymRewrites('生育津贴', groups)).toEqual([]);
  });
});
