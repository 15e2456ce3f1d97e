import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { ScopeStrength } from '@/lib/lexicon/lexicon';
import type { ContextForms } from '@/lib/lexicon/match';
import type { SearchWordsData } from '@/lib/content/search-words';
import type { SearchSource, SearchTables } from './build-index';
import type { SearchMeta } from '@/lib/search/format';
import { isHan, normalize } from '@/lib/search/tokenize';

/**
 * Build-time only: derives the small tables the browser needs from the corpus, using
 * opencc-js (traditional variants) and pinyin-pro (readings). Neither library is shipped;
 * only the characters the corpus actually uses end up in the tables.
 */
export function buildTables(data: SearchSource, words: SearchWords): SearchTables {
  const corpus = new Set<string>();
  const collect = (text: string) => {
    for (const char of text.normalize('NFKC')) if (isHan(char)) corpus.add(char);
  };
  for (const a of data.articles) {
    collect(a.question);
    a.altTitles.forEach(collect);
    collect(a.answerText);
  }
  data.topics.forEach((t) => collect(t.name));
  data.regions.forEach((r) => collect(r.name));
  words.concepts.flatMap((c) => c.forms).forEach(collect);
  words.concepts.flatMap((c) => (c.contexts ?? []).flatMap((context) => [...context.words, ...context.with])).forEach(collect);

  const { toSimplified, toTraditional } = converters();
  const trad: Record<string, string> = {};
  for (const char of corpus) {
    for (const convert of toTraditional) {
      const variant = convert(char);
      // A variant the corpus itself uses as a simplified character (著, 乾) must stay as it is.
      if (variant !== char && Array.from(variant).length === 1 && !corpus.has(variant) && toSimplified(variant) === char) {
        trad[variant] = char;
      }
    }
  }

  const soundSets = new Map<string, Set<string>>();
  for (const char of corpus) {
    for (const reading of pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true })) {
      if (!/^[a-z]+$/.test(reading)) continue;
      let set = soundSets.get(reading);
      if (!set) {
        set = new Set();
        soundSets.set(reading, set);
      }
      set.add(char);
    }
  }
  const sounds = soundTable(soundSets);

  // Readings of the common characters the corpus does not use, for a query typed with one of them by mistake
  // (杭州起富线 for 起付线): only readings the corpus has, since no other can lead to an answer.
  const typoSets = new Map<string, Set<string>>();
  for (const char of commonCharacters()) {
    if (corpus.has(char)) continue;
    for (const reading of pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true })) {
      if (!soundSets.has(reading)) continue;
      let set = typoSets.get(reading);
      if (!set) {
        set = new Set();
        typoSets.set(reading, set);
      }
      set.add(char);
    }
  }

  const concepts = words.concepts.map((c) => ({
    forms: [...new Set(c.forms.map((form) => normalize(form, trad)))],
    ...(c.topics.length > 0 ? { topics: [...c.topics] } : {}),
    ...(c.scope === 'core' ? {} : { scope: c.scope ?? 'none' }),
    ...(c.weakForms && c.weakForms.length > 0 ? { weak: [...new Set(c.weakForms.map((form) => normalize(form, trad)))] } : {}),
    ...(c.contexts && c.contexts.length > 0 ? { context: c.contexts.map((context) => ({ words: context.words.map((w) => normalize(w, trad)), with: context.with.map((w) => normalize(w, trad)) })) } : {}),
  }));
  const generic = [...new Set(words.generic.map((word) => normalize(word, trad)))];
  // Longest first, so 麻烦问一下 is cut before 麻烦 could be.
  const filler = [...new Set((words.filler ?? []).map((phrase) => normalize(phrase, trad)))].sort((a, b) => b.length - a.length);

  return {
    trad,
    sounds,
    typoSounds: soundTable(typoSets),
    concepts,
    generic,
    filler,
    scope: words.scope ?? { weights: NO_SCOPE_WEIGHTS, exclude: [] },
    readRun: (run) => pinyin(run, { type: 'array', toneType: 'none', v: true }),
  };
}

// Without scope rules (a test's small vocabulary) every question with any word counts as in scope.
const NO_SCOPE_WEIGHTS: SearchMeta['scope']['weights'] = { core: 1, weak: 1, title: 1, body: 0, body_cap: 0, keep: 0, borderline: 0 };

function soundTable(sets: ReadonlyMap<string, ReadonlySet<string>>): Record<string, string> {
  const table: Record<string, string> = {};
  for (const reading of [...sets.keys()].sort()) table[reading] = [...(sets.get(reading) ?? [])].sort().join('');
  return table;
}

/**
 * The 3,755 most used characters: level 1 of GB 2312 (rows 16–55), read through the platform's GB 18030 decoder,
 * so no list is kept by hand.
 */
function commonCharacters(): string[] {
  const decoder = new TextDecoder('gb18030');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row += 1) {
    for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell += 1) chars.push(decoder.decode(Uint8Array.of(row, cell)));
  }
  return chars;
}

/** A concept as search uses it: every name (the term first), its topics, and how far it shows a question is about medical insurance. */
export type SearchConcept = { forms: readonly string[]; topics: readonly string[]; scope?: ScopeStrength; weakForms?: readonly string[]; contexts?: readonly ContextForms[] };

/**
 * The vocabulary search is built with: concepts, generic words and filler, and the scope rules of content/scope.yaml
 * (as written: the search worker compiles the patterns) so a question is judged in or out of scope as pages are.
 */
export type SearchWords = { concepts: readonly SearchConcept[]; generic: readonly string[]; filler?: readonly string[]; scope?: SearchMeta['scope'] };

/** The vocabulary the content step wrote (generated/search-words.json), as the index build uses it. */
export function searchWordsFrom(data: SearchWordsData): SearchWords {
  return { concepts: searchConcepts(data.concepts, data.groups), generic: data.generic, filler: data.filler, scope: data.scope };
}

/**
 * The lexicon's concepts with the editors' synonym groups laid over them: a group sharing a name with a concept
 * adds its other phrases to that concept (unless another concept already has them); any other group is a
 * concept of its own, with no topic.
 */
export function searchConcepts(
  lexicon: readonly { term: string; forms: readonly string[]; topics: readonly string[]; scope?: ScopeStrength; weakForms?: readonly string[]; contexts?: readonly ContextForms[] }[],
  groups: readonly (readonly string[])[],
): SearchWords['concepts'] {
  const concepts: { forms: string[]; topics: string[]; scope?: ScopeStrength; weakForms?: readonly string[]; contexts?: readonly ContextForms[] }[] = lexicon.map((c) => ({
    forms: [c.term, ...c.forms],
    topics: [...c.topics],
    ...(c.scope && c.scope !== 'none' ? { scope: c.scope } : {}),
    ...(c.weakForms && c.weakForms.length > 0 ? { weakForms: c.weakForms } : {}),
    ...(c.contexts && c.contexts.length > 0 ? { contexts: c.contexts } : {}),
  }));
  const owner = new Map<string, number>();
  concepts.forEach((c, i) => c.forms.forEach((f) => owner.has(f) || owner.set(f, i)));
  for (const group of groups) {
    const known = group.map((p) => owner.get(p)).find((i) => i !== undefined);
    const target = known ?? concepts.push({ forms: [], topics: [] }) - 1;
    for (const phrase of group) {
      if (owner.has(phrase)) continue;
      owner.set(phrase, target);
      concepts[target]?.forms.push(phrase);
    }
  }
  return concepts.filter((c) => c.forms.length > 0);
}

type Converters = { toSimplified: (text: string) => string; toTraditional: ((text: string) => string)[] };
let cachedConverters: Converters | undefined;

// Building OpenCC's dictionaries takes most of a second; once per process is enough.
function converters(): Converters {
  cachedConverters ??= {
    toSimplified: Converter({ from: 't', to: 'cn' }),
    toTraditional: [Converter({ from: 'cn', to: 't' }), Converter({ from: 'cn', to: 'tw' }), Converter({ from: 'cn', to: 'hk' })],
  };
  return cachedConverters;
}
