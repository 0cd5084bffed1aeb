import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every entry names files that exist (test/unit/test-config.test.ts): a missing one is a test never run.
    include: ['test/unit/**/*.test.ts', 'test/fixtures.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
