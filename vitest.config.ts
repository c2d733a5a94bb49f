import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // CI machines have 2 cores and most e2e tests wait on a spawned CLI: two workers keep both busy
    // (the whole suite 4.3 min instead of 6 on this machine).
    maxWorkers: 2,
  },
});
