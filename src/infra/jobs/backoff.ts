/** How long to wait before the next attempt, after attempt number `attempt` (1-based) failed. */
export type Backoff = (attempt: number) => number;

/**
 * `baseMs · 2^attempt`, capped at `maxMs`: 2 s, 4 s, 8 s … with the defaults. No jitter, so retries are
 * predictable in tests and in `casus jobs`; jobs spread out anyway because they fail at different moments.
 */
export function exponentialBackoff({ baseMs = 1000, maxMs = 3_600_000 } = {}): Backoff {
  return (attempt) => Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
}
