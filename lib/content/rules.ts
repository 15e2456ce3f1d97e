import { parseLexicon, checkLexiconTopics, type Lexicon } from '../lexicon/lexicon';
import { compileMatcher, type ConceptMatcher } from '../lexicon/match';
import { readDataFile } from '@/lib/core/data-file';
import type { Problem } from '@/lib/core/problems';
import type { History } from './history';
import { DATA_FILES, type BuildInput } from './input';
import { readKeyPointRules, type KeyPointRules } from './key-point';
import { readPageFurniture, type PageFurnitureWords } from './page-furniture-data';
import { regionMatcher, regionSettingsSchema, type RegionMatcher } from './regions';
import { compileScope, scopeFileSchema } from './scope';
import type { ScopeRules } from './scope-decision';
import { readSearchWords, type SearchWordsData } from './search-words';
import { compileTopics, topicsFileSchema, type TopicRules } from './topics';

/** The data files, read, checked and compiled: what every step of the build decides with. */
export type Rules = {
  topics: TopicRules;
  scope: ScopeRules;
  regions: RegionMatcher;
  lexicon: Lexicon;
  matcher: ConceptMatcher;
  furniture: PageFurnitureWords;
  searchWords: SearchWordsData;
  keyPoint?: KeyPointRules;
  history?: History;
};

/** Every data file is checked in one run, so an editor sees all their problems together; no rules when any is broken. */
export function loadRules(data: BuildInput['data']): { rules?: Rules; problems: Problem[] } {
  const problems: Problem[] = [];
  const topicsFile = readDataFile(DATA_FILES.topics, data.topics, topicsFileSchema);
  const scopeFile = readDataFile(DATA_FILES.scope, data.scope, scopeFileSchema);
  const regionsFile = readDataFile(DATA_FILES.regions, data.regions, regionSettingsSchema);
  const lexicon = parseLexicon(DATA_FILES.lexicon, data.lexicon);
  const furniture = readPageFurniture(data.furniture ?? '');
  const searchWords = lexicon.ok && scopeFile.ok ? readSearchWords(data.synonyms ?? '', lexicon.value, scopeFile.value) : undefined;
  const keyPoint = data.keyPoint ? readKeyPointRules(data.keyPoint) : undefined;
  for (const r of [topicsFile, scopeFile, regionsFile, lexicon, furniture, searchWords, keyPoint]) if (r && !r.ok) problems.push(...r.problems);
  if (!topicsFile.ok || !scopeFile.ok || !regionsFile.ok || !lexicon.ok || !furniture.ok || !searchWords?.ok || (keyPoint && !keyPoint.ok)) return { problems };
  problems.push(...checkLexiconTopics(lexicon.value, new Set(topicsFile.value.map((t) => t.slug))));
  const matcher = compileMatcher(lexicon.value.concepts);
  const topics = compileTopics(DATA_FILES.topics, topicsFile.value, lexicon.value, matcher);
  const scope = compileScope(DATA_FILES.scope, scopeFile.value, lexicon.value, matcher);
  for (const r of [topics, scope]) if (!r.ok) problems.push(...r.problems);
  if (!topics.ok || !scope.ok || problems.length > 0) return { problems };
  return {
    rules: {
      topics: topics.value,
      scope: scope.value,
      regions: regionMatcher(regionsFile.value),
      lexicon: lexicon.value,
      matcher,
      furniture: furniture.value,
      searchWords: searchWords.value,
      ...(keyPoint?.ok ? { keyPoint: keyPoint.value } : {}),
    },
    problems,
  };
}
