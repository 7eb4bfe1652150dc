import { defineConfig } from 'vitest/config';

// End-to-end tests drive the system Chromium against the built site (dist/) served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // CI has 2 cores: one browser at a time keeps timings honest and the machine responsive.
    fileParallelism: false,
    // Only the site-wide page checks run concurrently (describe.concurrent): three at a time.
    maxConcurrency: 3,
  },
});
