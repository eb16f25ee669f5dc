import { configDefaults, defineConfig } from 'vitest/config';

// Run the suite in UTC unless told otherwise, so a local-time leak shows up; CI also runs it in another zone.
process.env.TZ ??= 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Migrates one embedded database for the whole run; each test's embedded database starts from it.
    globalSetup: ['tests/support/global-setup.ts'],
    // The crash-and-restart test takes minutes: `npm run test:faults` (vitest.faults.config.ts).
    exclude: [...configDefaults.exclude, 'tests/faults/**'],
    // Generous: with three workers on two cores a test that starts casus as a child process, or replays every
    // migration, may wait for the CPU; a time-out says nothing about the behaviour a test checks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on a 2-core CI machine. Much of the suite waits
    // on PostgreSQL, child processes and HTTP round trips, so three workers finish it about a fifth sooner
    // there (measured: 11.6 against 14 minutes) without starving the timing-sensitive tests.
    maxWorkers: 3,
  },
});
