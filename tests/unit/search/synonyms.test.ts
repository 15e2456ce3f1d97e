import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/core/problems';
import { readSearchWordsFile } from '@/lib/content/search-words';
import { parseQuery, vocabulary } from '@/lib/search/parse';
import { pinyinTable } from '@/lib/search/pinyin';
import { realSynonyms } from './helpers';

/** The file's problems as the content report prints them, or its groups. */
function groupsOf(text: string): string[][] | string {
  const read = readSearchWordsFile(text, 'content/synonyms.yaml');
  return read.ok ? read.value.groups : read.problems.map(formatProblem).join('\n');
}

describe('content/synonyms.yaml', () => {
  it('reads the groups editors write', () => {
    expect(groupsOf('groups:\n  - [医保, 医疗保险]\n  - [社保卡, 医保卡]\n')).toEqual([
      ['医保', '医疗保险'],
      ['社保卡', '医保卡'],
    ]);
  });
  it('names the file and line of a group with one phrase, and how to fix it', () => {
    expect(groupsOf('groups:\n  - [医保, 医疗保险]\n  - [新农合]\n')).toMatch(/^content\/synonyms\.yaml:3: `groups\.1` is invalid: a group needs at least two phrases — /);
  });
  it('refuses broken YAML and unknown keys with the file name', () => {
    expect(groupsOf('groups: [医保, [\n')).toMatch(/^content\/synonyms\.yaml:\d+: not valid YAML: [^\n]+$/);
    expect(groupsOf('group:\n  - [a, b]\n')).toMatch(/^content\/synonyms\.yaml:1: /);
  });
  it('an empty file is no groups, not an error', () => {
    expect(groupsOf('')).toEqual([]);
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

describe('the concept reading of a query', () => {
  const vocab = vocabulary(
    {
      trad: {},
      concepts: [
        { forms: ['共济', '家庭共济'], topics: ['family-copay'] },
        { forms: ['社保卡', '医保卡'], topics: [] },
        { forms: ['生育津贴'], topics: ['maternity'] },
      ],
      generic: ['怎么'],
    },
    pinyinTable({}),
  );
  const conceptSlots = (query: string) =>
    parseQuery(query, vocab)
      .readings.find((r) => r.kind === 'concept')
      ?.slots.map((s) => s.positions.map((p) => p.terms.join('|')));

  it('replaces the longest name present by its concept, and keeps the rest as typed', () => {
    expect(conceptSlots('家庭共济怎么开通')).toEqual([['c:0', '怎么', '么开', '开通']]);
    expect(conceptSlots('社保卡余额')).toEqual([['c:1', '余额']]);
  });
  it('hands highlighting every name of the concepts found', () => {
    expect(parseQuery('社保卡余额', vocab).matcher.concepts).toEqual([{ typed: '社保卡', names: ['社保卡', '医保卡'] }]);
  });
  it('leaves a query with no concept of several names alone, but knows the concepts it names', () => {
    expect(conceptSlots('生育津贴')).toBeUndefined();
    expect(parseQuery('生育津贴', vocab).concepts).toEqual([2]);
  });
  it('marks generic words: a position made only of them stands for no content', () => {
    const literal = parseQuery('怎么开通', vocab).readings[0];
    expect(literal?.slots[0]?.positions.map((p) => p.mask !== 0)).toEqual([false, true, true]);
  });
});
