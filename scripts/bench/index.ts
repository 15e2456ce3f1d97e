/**
 * `npm run bench`: every benchmark, one after another, each printing its own figures.
 * The serving and Lighthouse figures need a built site; it is built first when out/ is missing.
 * `npm run bench -- content search` runs only the named ones.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHES = [
  { name: 'content', file: 'scripts/bench/content.ts', needsSite: false, what: 'content step: seeds and 10,000 generated files' },
  { name: 'scope', file: 'scripts/bench/scope.ts', needsSite: false, what: 'scope precision and recall on the labelled evaluation set' },
  { name: 'feeds', file: 'scripts/bench/feeds.ts', needsSite: false, what: 'pages from unseen sources: titles, topics, furniture, sentences, headings, lists, inner questions, related lists' },
  { name: 'keypoints', file: 'scripts/bench/key-points.ts', needsSite: false, what: 'how many full answers open with a 要点, and on what evidence' },
  { name: 'keypoint-judged', file: 'scripts/bench/key-point-judged.ts', needsSite: false, what: '要点 against hand labels: right box, right none, missed, wrong box' },
  { name: 'questions', file: 'scripts/bench/real-questions.ts', needsSite: false, what: "real residents' questions: on-theme answers, the related state, off-theme results, honesty out of scope" },
  { name: 'search', file: 'scripts/bench/search.ts', needsSite: false, what: 'search index size, first-query bytes, latency' },
  // Builds its own copy of the site with 10,000 generated questions (several minutes).
  { name: 'first-search', file: 'scripts/bench/first-search.ts', needsSite: false, what: 'cold first search from a question page at 10,000 questions: time to first result, bytes, timeline' },
  { name: 'serve', file: 'scripts/bench/serve.ts', needsSite: true, what: 'static server under load' },
  // Needs out/ too, but builds nothing: it says to build when out/ is missing.
  { name: 'feedback', file: 'scripts/bench/feedback.ts', needsSite: false, what: 'POST /api/feedback under load: throughput of the store, every 2xx a stored row' },
  { name: 'offline', file: 'scripts/bench/offline.ts', needsSite: true, what: 'service worker: precache size, repeat-visit bytes' },
  { name: 'lighthouse', file: 'scripts/bench/lighthouse.ts', needsSite: true, what: 'page weight and Lighthouse mobile per page type, compressed and plain' },
] as const;

const wanted = process.argv.slice(2);
const chosen = wanted.length > 0 ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Known: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
if (chosen.some((b) => b.needsSite) && !existsSync('out/index.html')) {
  console.log('out/ is missing: building the site first …');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env }).status !== 0) process.exit(1);
}

let failed = 0;
for (const bench of chosen) {
  console.log(`\n=== ${bench.name}: ${bench.what} ===`);
  const result = spawnSync('npx', ['tsx', bench.file], { stdio: 'inherit', env });
  if (result.status !== 0) {
    failed += 1;
    console.error(`✘ ${bench.name} failed (exit ${result.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
