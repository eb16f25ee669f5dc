import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the crash-and-restart test (tests/faults), minutes long, so not part of `npm test`.
process.env.TZ ??= 'UTC';

export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 15 * 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One database after the other: the kills and restarts must not compete with each other for the CPU.
    fileParallelism: false,
  },
});
