import { defineConfig } from 'vitest/config';

// Real browsers are slow to start and share a machine with 2 cores: one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
