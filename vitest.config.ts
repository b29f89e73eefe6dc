import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'client/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and HTTP tests start real servers; running files one at a time keeps a 2-core machine from thrashing.
    fileParallelism: false,
  },
});
