import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts'],
    environment: 'node',
    // Training steps on the CPU backend take seconds on a loaded 2-core machine: a generous limit,
    // so a slow machine never fails a correct test (speed is measured by npm run bench instead).
    testTimeout: 60_000,
    // The fits are CPU-bound: two workers use both of CI's two cores (Vitest's default leaves one idle).
    maxWorkers: 2,
    minWorkers: 1,
  },
});
