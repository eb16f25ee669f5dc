import { defineConfig } from 'vitest/config';

// Run the suite in UTC unless told otherwise, so a local-time leak shows up; CI also runs it in another zone.
process.env.TZ ??= 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
