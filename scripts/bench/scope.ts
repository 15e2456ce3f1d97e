/**
 * Scope on the labelled evaluation set (lib/eval/scope.ts): precision and recall of "kept", per class, and every
 * miss; exits 1 when the goals are not met.
 *
 *   npx tsx scripts/bench/scope.ts        (also `npm run bench -- scope`)
 */
import { describeEvidence } from '@/lib/content/scope';
import { EVAL_FILE, evaluateScope, GOALS } from '@/lib/eval/scope';

const s = evaluateScope();
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(`Scope on ${EVAL_FILE}: ${s.items} items (${s.inScope} in scope, ${s.items - s.inScope} off-topic)`);
console.log(`  recall (in-scope items kept)     ${pct(s.recall)}  (${s.keptInScope}/${s.inScope}; goal ≥ ${pct(GOALS.recall)})`);
console.log(`  precision (kept items in scope)  ${pct(s.precision)}  (${s.keptInScope}/${s.kept})`);
console.log(`  off-topic kept                   ${s.offTopicKept.length} (of them from the seeds: ${s.seedOffTopicKept.length}; goal ${GOALS.seedOffTopicKept})`);
console.log(`  kept as borderline               ${s.borderline.length} (flagged for an editor)`);
console.log('  by class (right / items):');
for (const c of s.byClass) console.log(`    ${c.name.padEnd(22)} ${c.right}/${c.items}`);
for (const [title, list] of [['missed (in scope, left out)', s.missed], ['off-topic kept', s.offTopicKept]] as const) {
  if (list.length === 0) continue;
  console.log(`  ${title}:`);
  for (const j of list) console.log(`    ${j.title} [${j.class}] — ${describeEvidence(j.decision.evidence, '摘要')}`);
}
const met = s.recall >= GOALS.recall && s.seedOffTopicKept.length <= GOALS.seedOffTopicKept;
console.log(`Goals ${met ? 'met' : 'NOT met'}.`);
if (!met) process.exitCode = 1;
