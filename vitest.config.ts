import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts', 'bench/**/*.test.ts'],
    // The machine has two cores; more workers only thrash.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
