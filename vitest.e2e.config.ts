import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium and Firefox with the built extension
// (`npm run build` first; this run never builds). One file at a time, one
// browser at a time: the machines have 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    retry: 0,
    // Browser start-up and screenshots, not CPU, dominate: keep logs readable.
    reporters: ['default'],
  },
});
