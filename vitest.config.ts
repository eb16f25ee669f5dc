import { configDefaults, defineConfig } from 'vitest/config';

// Run the suite in UTC unless told otherwise, so a local-time leak shows up; CI also runs it in another zone.
process.env.TZ ??= 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The crash-and-restart test takes minutes: `npm run test:faults` (vitest.faults.config.ts).
    exclude: [...configDefaults.exclude, 'tests/faults/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
