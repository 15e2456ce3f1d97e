/**
 * `npm run content [-- --strict]`: the content step (scripts/build-content.ts, which gets the arguments), then,
 * when it succeeded, the search index (scripts/build-search-index.ts).
 */
import { spawnSync } from 'node:child_process';

const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' }).status ?? 1;
const status = run(['scripts/build-content.ts', ...process.argv.slice(2)]);
process.exit(status !== 0 ? status : run(['scripts/build-search-index.ts']));
