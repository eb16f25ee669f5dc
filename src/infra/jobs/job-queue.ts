import { randomUUID } from 'node:crypto';
import { CodedError } from '../coded-error.ts';
import { type SqlTarget, sqlClientOf } from './sql-client.ts';

export interface NewJob {
  /** Which handler runs it. */
  name: string;
  /** Idempotency key, decided before the effect (e.g. `reminder:<meetingId>:<day>`): one job per key, ever. */
  key: string;
  /** Must survive JSON; handlers parse it with zod. Keep care data out where an id will do. */
  payload?: unknown;
  /** Not before this instant. Defaults to the database's current time: pass `clock.now()` when time is controlled. */
  runAt?: Date;
  /** Attempts before the job is marked `failed` (default 5). */
  maxAttempts?: number;
}

/**
 * Queues a job unless one with the same key exists (INSERT … ON CONFLICT DO NOTHING), on the client or inside
 * the caller's `prisma.$transaction`. Returns true when this call created the job.
 */
export async function enqueue(target: SqlTarget, job: NewJob): Promise<boolean> {
  const { name, key, runAt = null, maxAttempts = 5 } = job;
  if (!name) throw new CodedError('job-invalid', 'A job needs a name');
  if (!key) throw new CodedError('job-invalid', `Job "${name}" needs an idempotency key`);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new CodedError('job-invalid', `Job "${name}" needs maxAttempts ≥ 1, got ${maxAttempts}`);
  }
  const payload = JSON.stringify(job.payload ?? {});
  if (payload === undefined)
    throw new CodedError('job-invalid', `Job "${name}" has a payload JSON cannot hold`);
  const inserted = await sqlClientOf(target).$executeRaw`
    INSERT INTO "Job" ("id", "name", "key", "payload", "runAt", "maxAttempts")
    VALUES (${randomUUID()}, ${name}, ${key}, ${payload}::jsonb,
            COALESCE(${runAt}::timestamptz, CURRENT_TIMESTAMP), ${maxAttempts})
    ON CONFLICT ("key") DO NOTHING`;
  return inserted === 1;
}

/**
 * Removes the job with this key while it is still waiting (queued, also when queued again for a retry), on the
 * client or inside the caller's transaction. A job that runs now, ran, or failed for good stays as it is.
 * Removing rather than marking it lets the same key be scheduled again (a renewed consent moves its reminder).
 * Returns true when a waiting job was removed.
 */
export async function cancelWaiting(target: SqlTarget, key: string): Promise<boolean> {
  if (!key) throw new CodedError('job-invalid', 'Cancelling a job needs its key');
  const removed = await sqlClientOf(target).$executeRaw`
    DELETE FROM "Job" WHERE "key" = ${key} AND "status" = 'queued'`;
  return removed === 1;
}
