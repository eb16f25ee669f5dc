import { Prisma } from '../../generated/prisma/client.ts';
import type { SqlClient } from './sql-client.ts';

/**
 * The runner's SQL on the `Job` table. Every instant comes from the runner's Clock, never SQL `now()`, so tests
 * control time. Writes after a claim are fenced by (lockedBy, attempts): a worker whose lease expired and was
 * taken over cannot overwrite the new holder's state.
 */
export interface ClaimedJob {
  id: string;
  name: string;
  key: string;
  payload: unknown;
  /** This attempt's number, 1-based; also the fencing token for the writes below. */
  attempts: number;
  maxAttempts: number;
}

export interface Claim {
  id: string;
  instanceId: string;
  attempts: number;
}

interface ClaimOptions {
  now: Date;
  instanceId: string;
  leaseMs: number;
}

/** Due jobs, up to `limit`, oldest first: the poll loop's claim. */
export async function claimDueJobs(
  sql: SqlClient,
  { limit, ...claim }: ClaimOptions & { limit: number },
): Promise<ClaimedJob[]> {
  return claimWaiting(sql, claim, Prisma.empty, Prisma.sql`ORDER BY "runAt" LIMIT ${limit}`);
}

/**
 * Claims the one job with this key if it is waiting (queued and due, or its lease expired): the fast path for
 * work that a request just queued and this instance can start at once. Empty when it is running elsewhere,
 * done, or not due; the poll loop of some instance then takes it as usual.
 */
export async function claimJobByKey(
  sql: SqlClient,
  { key, ...claim }: ClaimOptions & { key: string },
): Promise<ClaimedJob[]> {
  return claimWaiting(sql, claim, Prisma.sql`"key" = ${key} AND`, Prisma.empty);
}

/** Waiting means queued and due, or running on a lease that expired with attempts left. */
async function claimWaiting(
  sql: SqlClient,
  { now, instanceId, leaseMs }: ClaimOptions,
  narrowedBy: Prisma.Sql,
  orderAndLimit: Prisma.Sql,
): Promise<ClaimedJob[]> {
  // SKIP LOCKED lets instances claim side by side without waiting on each other's rows. MATERIALIZED keeps the
  // locking SELECT evaluated exactly once, so the UPDATE never touches more rows than it locked.
  return sql.$queryRaw<ClaimedJob[]>`
    WITH due AS MATERIALIZED (
      SELECT "id" FROM "Job"
      WHERE ${narrowedBy}
        (("status" = 'queued' AND "runAt" <= ${now}::timestamptz)
          OR ("status" = 'running' AND "lockedUntil" < ${now}::timestamptz AND "attempts" < "maxAttempts"))
      ${orderAndLimit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Job" AS j
    SET "status" = 'running', "lockedBy" = ${instanceId},
        "lockedUntil" = ${new Date(now.getTime() + leaseMs)}::timestamptz, "attempts" = j."attempts" + 1
    FROM due WHERE j."id" = due."id"
    RETURNING j."id", j."name", j."key", j."payload", j."attempts", j."maxAttempts"`;
}

/**
 * Makes every running job's lease expire now. Only for a deployment where no other instance can be alive:
 * the embedded database belongs to one process (the data-directory lock), so a job still marked running at
 * start-up was left by a process that died, and waiting out its lease would only delay what it had taken on.
 */
export async function expireAllLeases(sql: SqlClient, now: Date): Promise<number> {
  return sql.$executeRaw`
    UPDATE "Job" SET "lockedUntil" = ${now}::timestamptz
    WHERE "status" = 'running' AND "lockedUntil" > ${now}::timestamptz`;
}

/**
 * A lease that expired on the job's last allowed attempt means its worker died (or hung) every time: fail it
 * rather than re-run a job that may be what crashes the process.
 */
export async function failExhaustedLeases(sql: SqlClient, now: Date): Promise<number> {
  return sql.$executeRaw`
    UPDATE "Job"
    SET "status" = 'failed', "lockedBy" = NULL, "lockedUntil" = NULL,
        "lastError" = 'lease expired during the last attempt (worker stopped or crashed)'
    WHERE "status" = 'running' AND "lockedUntil" < ${now}::timestamptz AND "attempts" >= "maxAttempts"`;
}

/**
 * True while this claim still holds the job: running, under this instance and attempt, with its lease not
 * yet expired at `now`. Locks the job's row for the rest of the caller's transaction, so no other instance can
 * take the job over until that transaction ends: a check and the write it guards commit as one.
 */
export async function holdsClaim(sql: SqlClient, claim: Claim, now: Date): Promise<boolean> {
  const rows = await sql.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Job"
    WHERE "id" = ${claim.id} AND "status" = 'running' AND "lockedBy" = ${claim.instanceId}
      AND "attempts" = ${claim.attempts} AND "lockedUntil" > ${now}::timestamptz
    FOR NO KEY UPDATE`;
  return rows.length === 1;
}

export async function extendLease(sql: SqlClient, claim: Claim, until: Date): Promise<boolean> {
  const updated = await sql.$executeRaw`
    UPDATE "Job" SET "lockedUntil" = ${until}::timestamptz
    WHERE "id" = ${claim.id} AND "status" = 'running'
      AND "lockedBy" = ${claim.instanceId} AND "attempts" = ${claim.attempts}`;
  return updated === 1;
}

export async function markCompleted(sql: SqlClient, claim: Claim, now: Date): Promise<boolean> {
  const updated = await sql.$executeRaw`
    UPDATE "Job"
    SET "status" = 'completed', "completedAt" = ${now}::timestamptz,
        "lockedBy" = NULL, "lockedUntil" = NULL, "lastError" = NULL
    WHERE "id" = ${claim.id} AND "status" = 'running'
      AND "lockedBy" = ${claim.instanceId} AND "attempts" = ${claim.attempts}`;
  return updated === 1;
}

/** Back to `queued` at `retryAt`, or `failed` for good when `retryAt` is null. */
export async function markFailed(
  sql: SqlClient,
  claim: Claim,
  { error, retryAt }: { error: string; retryAt: Date | null },
): Promise<boolean> {
  const status = retryAt ? 'queued' : 'failed';
  const updated = await sql.$executeRaw`
    UPDATE "Job"
    SET "status" = ${status}::"JobStatus", "runAt" = COALESCE(${retryAt}::timestamptz, "runAt"),
        "lockedBy" = NULL, "lockedUntil" = NULL, "lastError" = ${error}
    WHERE "id" = ${claim.id} AND "status" = 'running'
      AND "lockedBy" = ${claim.instanceId} AND "attempts" = ${claim.attempts}`;
  return updated === 1;
}
