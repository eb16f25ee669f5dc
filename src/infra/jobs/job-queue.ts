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
  validate(job);
  const payload = payloadOf(job);
  const inserted = await sqlClientOf(target).$executeRaw`
    INSERT INTO "Job" ("id", "name", "key", "payload", "runAt", "maxAttempts")
    VALUES (${randomUUID()}, ${name}, ${key}, ${payload}::jsonb,
            COALESCE(${runAt}::timestamptz, CURRENT_TIMESTAMP), ${maxAttempts})
    ON CONFLICT ("key") DO NOTHING`;
  return inserted === 1;
}

/**
 * Many jobs in one statement (a sweep queues hundreds at once), with the same rules as `enqueue`: a key that
 * exists already is left as it is. Returns how many were created.
 */
export async function enqueueMany(target: SqlTarget, jobs: readonly NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  for (const job of jobs) validate(job);
  const ids = jobs.map(() => randomUUID());
  const names = jobs.map((job) => job.name);
  const keys = jobs.map((job) => job.key);
  const payloads = jobs.map(payloadOf);
  const runAts = jobs.map((job) => job.runAt?.toISOString() ?? null);
  const attempts = jobs.map((job) => job.maxAttempts ?? 5);
  return sqlClientOf(target).$executeRaw`
    INSERT INTO "Job" ("id", "name", "key", "payload", "runAt", "maxAttempts")
    SELECT j.id, j.name, j.key, j.payload::jsonb, COALESCE(j.run_at, CURRENT_TIMESTAMP), j.max_attempts
    FROM unnest(${ids}::text[], ${names}::text[], ${keys}::text[], ${payloads}::text[],
                ${runAts}::timestamptz[], ${attempts}::int[])
      AS j(id, name, key, payload, run_at, max_attempts)
    ON CONFLICT ("key") DO NOTHING`;
}

function validate(job: NewJob): void {
  const { name, key, maxAttempts = 5 } = job;
  if (!name) throw new CodedError('job-invalid', 'A job needs a name');
  if (!key) throw new CodedError('job-invalid', `Job "${name}" needs an idempotency key`);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new CodedError('job-invalid', `Job "${name}" needs maxAttempts ≥ 1, got ${maxAttempts}`);
  }
}

function payloadOf(job: NewJob): string {
  const payload = JSON.stringify(job.payload ?? {});
  if (payload === undefined)
    throw new CodedError('job-invalid', `Job "${job.name}" has a payload JSON cannot hold`);
  return payload;
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
