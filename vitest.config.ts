import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'src/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/cli/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
