import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Hooks build indexes and project copies; on a shared 2-core machine that can take longer than vitest's 10 s.
    hookTimeout: 60_000,
    // A test file's modules stay loaded for the next file in the same worker, instead of every file importing
    // lib/ (FlexSearch, YAML, the lexicon, the region tables) afresh: about 2.4× less CPU for the suite. The tests
    // keep no state in modules between files (each builds what it reads from its own fixtures), which this relies on.
    isolate: false,
  },
});
