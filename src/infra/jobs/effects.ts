import type { Prisma } from '../../generated/prisma/client.ts';
import { CodedError } from '../coded-error.ts';
import { isTopLevelClient, type SqlTarget, sqlClientOf } from './sql-client.ts';

export type EffectOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Carries out `effect` once per `effectKey`, ever: the key is inserted into `JobEffect` in the same transaction
 * as the effect, so either both commit or neither does, and a second call (a job re-run after its worker died,
 * a retry after a later step failed) finds the key and skips. Derive the key from the job's idempotency key.
 *
 * Only database effects are covered this way: the effect must write through `tx`. On the embedded database,
 * which has one connection, a query on the outer client inside `effect` waits for this transaction forever.
 * Given a transaction client, it joins that transaction instead of opening one.
 */
export async function runEffectOnce<T>(
  target: SqlTarget,
  effectKey: string,
  effect: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<EffectOutcome<T>> {
  if (!effectKey) throw new CodedError('effect-key-missing', 'An effect needs a key');
  const client = sqlClientOf(target);
  if (!isTopLevelClient(client)) return once(client, effectKey, effect);
  return client.$transaction((tx) => once(tx, effectKey, effect), { timeout: options.timeoutMs ?? 5_000 });
}

async function once<T>(
  tx: Prisma.TransactionClient,
  effectKey: string,
  effect: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<EffectOutcome<T>> {
  // A concurrent transaction holding the same key makes this INSERT wait for it: if it commits we skip, if it
  // rolls back we run. The effect never runs twice, and never zero times for want of a committed key.
  const inserted = await tx.$executeRaw`
    INSERT INTO "JobEffect" ("key") VALUES (${effectKey}) ON CONFLICT ("key") DO NOTHING`;
  if (inserted === 0) return { ran: false };
  return { ran: true, value: await effect(tx) };
}
