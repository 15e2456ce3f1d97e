import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // A beforeAll that builds an index or an afterAll that removes a project copy: seconds when idle, far more
    // on a 2-core machine shared with builds (both timed out at the 10 s default there).
    hookTimeout: 60_000,
  },
});
