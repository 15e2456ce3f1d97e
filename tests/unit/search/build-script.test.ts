import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/core/problems';
import { loadRules } from '@/lib/content/build';
import { loadDataTexts } from '@/lib/content/load';
import { SEARCH_WORDS_JSON, type SearchWordsData } from '@/lib/content/search-words';
import { searchMetaSchema, SOUNDS_PATH, soundsSchema } from '@/lib/search/format';
import { buildSearchIndexFiles } from '@/lib/search/index/files';
import { article, siteOf } from './helpers';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A generated/ folder as the content step leaves it: the records and, beside them, the vocabulary (by default the real one). */
function workspace(words = realWords()) {
  dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  writeFileSync(path.join(dir, SEARCH_WORDS_JSON), JSON.stringify(words));
  return { data: path.join(dir, 'site-data.json'), out: path.join(dir, 'public', 'search') };
}

function realWords(): SearchWordsData {
  const { rules } = loadRules(loadDataTexts('content'));
  if (!rules) throw new Error('content/ data files do not load');
  return rules.searchWords;
}

const SMALL_WORDS: SearchWordsData = {
  groups: [['医保', '医疗保险']],
  generic: ['怎么'],
  filler: [],
  concepts: [{ term: '异地就医', forms: ['外地看病'], topics: ['remote-care'], scope: 'core', weakForms: [] }],
  scope: { weights: { core: 1, weak: 1, title: 1, body: 0, body_cap: 0, keep: 0, borderline: 0 }, exclude: [] },
};

describe('the index build on disk (lib/search/index/files.ts)', () => {
  it('writes meta, shards and display records from site-data.json', () => {
    const ws = workspace();
    writeFileSync(ws.data, JSON.stringify(siteOf([article('a', '异地就医怎么备案', '先备案。')])));
    const { files } = buildSearchIndexFiles(ws.data, ws.out);
    const meta = searchMetaSchema.parse(JSON.parse(readFileSync(path.join(ws.out, 'meta.json'), 'utf8')));
    expect(meta.docCount).toBe(1);
    expect(readdirSync(path.join(ws.out, 't'))).toHaveLength(meta.shardCount);
    // meta.json, the shards, one display chunk and the readings of characters the corpus does not use.
    expect(files).toBe(1 + meta.shardCount + 1 + 1);
    expect(Object.values(soundsSchema.parse(JSON.parse(readFileSync(path.join(ws.out, SOUNDS_PATH), 'utf8')))).join('')).toContain('富');
  });

  it('throws on invalid records and leaves the previous index in place', () => {
    const ws = workspace();
    writeFileSync(ws.data, JSON.stringify(siteOf([article('a', '异地就医怎么备案', '先备案。')])));
    buildSearchIndexFiles(ws.data, ws.out);
    writeFileSync(ws.data, JSON.stringify({ articles: [{ slug: 'Not A Slug' }], topics: [], regions: [] }));
    expect(() => buildSearchIndexFiles(ws.data, ws.out)).toThrow();
    expect(existsSync(path.join(ws.out, 'meta.json'))).toBe(true);
  });

  it('reads its vocabulary from generated/, never from content/', () => {
    const ws = workspace(SMALL_WORDS);
    writeFileSync(ws.data, JSON.stringify(siteOf([article('a', '外地看病要备案吗', '要先备案。')])));
    buildSearchIndexFiles(ws.data, ws.out);
    const meta = searchMetaSchema.parse(JSON.parse(readFileSync(path.join(ws.out, 'meta.json'), 'utf8')));
    expect(meta.concepts.map((c) => c.forms)).toContainEqual(['异地就医', '外地看病']);
    expect(meta.generic).toEqual(['怎么']);
  });
});

describe('content/synonyms.yaml in the content step', () => {
  it('a broken file is a problem of the content step, with its file and line, like any data file', () => {
    const { rules, problems } = loadRules({ ...loadDataTexts('content'), synonyms: 'groups:\n  - [医保]\n' });
    expect(rules).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^synonyms\.yaml:2: `groups\.0` is invalid: a group needs at least two phrases — /)]);
  });

  it('the real files give the vocabulary the index is built with: lexicon concepts, synonym groups, generic words, filler, scope', () => {
    const { rules } = loadRules(loadDataTexts('content'));
    expect(rules?.searchWords.concepts.length).toBeGreaterThan(20);
    expect(rules?.searchWords.groups.length).toBeGreaterThan(10);
    expect(rules?.searchWords.generic).toContain('怎么');
    expect(rules?.searchWords.scope.exclude.length).toBeGreaterThan(0);
  });
});
