import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchMetaSchema, SOUNDS_PATH, soundsSchema } from '@/lib/search/format';
import { buildSearchIndexFiles } from '@/scripts/build-search-index';
import { article, siteOf } from './helpers';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function workspace() {
  dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  const synonyms = path.join(dir, 'synonyms.yaml');
  writeFileSync(synonyms, 'groups:\n  - [医保, 医疗保险]\n');
  return { data: path.join(dir, 'site-data.json'), out: path.join(dir, 'public', 'search'), synonyms };
}

describe('scripts/build-search-index', () => {
  it('writes meta, shards and display records from site-data.json', () => {
    const ws = workspace();
    writeFileSync(ws.data, JSON.stringify(siteOf([article('a', '异地就医怎么备案', '先备案。')])));
    const { files } = buildSearchIndexFiles(ws.data, ws.out, ws.synonyms);
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
    buildSearchIndexFiles(ws.data, ws.out, ws.synonyms);
    writeFileSync(ws.data, JSON.stringify({ articles: [{ slug: 'Not A Slug' }], topics: [], regions: [] }));
    expect(() => buildSearchIndexFiles(ws.data, ws.out, ws.synonyms)).toThrow();
    expect(existsSync(path.join(ws.out, 'meta.json'))).toBe(true);
  });

  it('throws with the file and line when the synonym file is broken', () => {
    const ws = workspace();
    writeFileSync(ws.data, JSON.stringify(siteOf([])));
    writeFileSync(ws.synonyms, 'groups:\n  - [医保]\n');
    expect(() => buildSearchIndexFiles(ws.data, ws.out, ws.synonyms)).toThrow(/synonyms\.yaml:2: `groups\.0` is invalid: a group needs at least two phrases/);
  });
});
