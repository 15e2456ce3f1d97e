/**
 * `npm run content [-- --strict]`: the content step (scripts/build-content.ts, which gets the arguments), then,
 * when it succeeded, readers' reports appended to the content report when a feedback store is reachable
 * (scripts/feedback-report.ts, never fatal) and the search index (scripts/build-search-index.ts).
 */
import { spawnSync } from 'node:child_process';

const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' }).status ?? 1;
const status = run(['scripts/build-content.ts', ...process.argv.slice(2)]);
if (status !== 0) process.exit(status);
run(['scripts/feedback-report.ts']);
process.exit(run(['scripts/build-search-index.ts']));
