import type { Clock } from '../../app/ports/clock.ts';
import type { Logger } from '../logger.ts';
import { describeJobError } from './job-error.ts';
import { type Claim, extendLease } from './job-store.ts';
import type { SqlClient } from './sql-client.ts';

export interface HeartbeatOptions {
  sql: SqlClient;
  claim: Claim;
  clock: Clock;
  leaseMs: number;
  everyMs: number;
  logger: Logger;
  /** Another instance holds the job now (our lease expired and it claimed it): this run should give up. */
  onLeaseLost(): void;
}

/**
 * Extends a running job's lease every `everyMs`, so a slow but alive worker is not run twice. A failed
 * extension is only logged: the next beat tries again, and the lease leaves room for a few misses.
 * Returns the function that stops it.
 */
export function startLeaseHeartbeat(options: HeartbeatOptions): () => void {
  const { sql, claim, clock, leaseMs, logger } = options;
  const fields = { jobId: claim.id, attempt: claim.attempts, instanceId: claim.instanceId };
  let stopped = false;
  let busy = false;
  const beat = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      const kept = await extendLease(sql, claim, new Date(clock.now().getTime() + leaseMs));
      // `stopped` again: a beat still in flight when the job finished finds it completed, not lost.
      if (!kept && !stopped) {
        stop();
        logger.warn('job lease lost to another instance', fields);
        options.onLeaseLost();
      }
    } catch (error) {
      logger.warn('extending a job lease failed', { ...fields, error: describeJobError(error) });
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(beat, options.everyMs);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  return stop;
}
