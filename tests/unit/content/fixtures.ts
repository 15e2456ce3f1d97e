import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FEEDS_DIR = path.resolve('tests/fixtures/feeds');

/** Pages written for the tests in the style of other feeds, one per structure the parser reads. */
export function feedFixtures(): { path: string; bytes: Uint8Array }[] {
  return readdirSync(FEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: f, bytes: readFileSync(path.join(FEEDS_DIR, f)) }));
}
