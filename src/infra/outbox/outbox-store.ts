import type { MessagePlatform } from '../../app/ports/messenger.ts';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { enqueue } from '../jobs/job-queue.ts';
import { type Claim, holdsClaim } from '../jobs/job-store.ts';
import {
  type OutboxJobPayload,
  outboxJobKey,
  outboxJobMaxAttempts,
  outboxSendJobName,
} from './outbox-job.ts';
import { type PacingRule, pacedUntil, pacingHorizon } from './pacing.ts';

/**
 * The sender's SQL on `OutboxMessage`. Every write after loading is fenced on `status = 'pending'`: once a
 * message is sent or failed, a late duplicate (a job re-run after its worker's lease expired) changes nothing.
 * Instants come from the sender's Clock, never SQL `now()`, so tests control time.
 */
export interface StoredMessage {
  id: string;
  platform: MessagePlatform;
  target: string;
  view: unknown;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
}

export type Reservation =
  | { kind: 'settled' }
  /** The job's lease ran out (another instance may run it now): this run must not send. */
  | { kind: 'lease-lost' }
  | { kind: 'wait'; until: Date }
  | { kind: 'go'; attempt: number };

export function findMessage(prisma: PrismaClient, idempotencyKey: string): Promise<StoredMessage | null> {
  return prisma.outboxMessage.findUnique({
    where: { idempotencyKey },
    select: { id: true, platform: true, target: true, view: true, status: true, attempts: true },
  });
}

export async function jobExists(prisma: PrismaClient, link: OutboxJobPayload): Promise<boolean> {
  const job = await prisma.job.findUnique({ where: { key: outboxJobKey(link) }, select: { id: true } });
  return job !== null;
}

/**
 * Takes this conversation's next place under its pacing rules, or says when one frees up. Counting and
 * claiming happen under a transaction-scoped advisory lock per conversation, so two workers (or two instances)
 * cannot both see a free place and send at once. The claim is `sentAt` set on the still-pending row: a send in
 * flight counts toward the window before the platform has answered. It is replaced by the confirmation time on
 * success and cleared on failure. The attempt is counted here, before the call, so a send cut short by a crash
 * counts too.
 *
 * With the job's `claim`, the reservation is also fenced on it: a worker that lost its lease (paused, slow) while
 * another instance took the job over gets `lease-lost` instead of sending a second time.
 */
export async function reserveSend(
  prisma: PrismaClient,
  message: Pick<StoredMessage, 'id' | 'platform' | 'target'>,
  rules: readonly PacingRule[],
  now: Date,
  claim?: Claim,
): Promise<Reservation> {
  return prisma.$transaction(async (tx) => {
    if (claim && !(await holdsClaim(tx, claim, now))) return { kind: 'lease-lost' };
    await tx.$executeRaw`
      SELECT pg_advisory_xact_lock(hashtextextended(${`casus.outbox:${message.platform}:${message.target}`}, 0))`;
    const current = await tx.outboxMessage.findUnique({
      where: { id: message.id },
      select: { status: true, attempts: true },
    });
    if (current?.status !== 'pending') return { kind: 'settled' };
    const until = pacedUntil(rules, await recentSends(tx, message, rules, now), now);
    if (until) return { kind: 'wait', until };
    await tx.outboxMessage.update({
      where: { id: message.id },
      data: { sentAt: now, attempts: { increment: 1 } },
    });
    return { kind: 'go', attempt: current.attempts + 1 };
  });
}

async function recentSends(
  tx: Prisma.TransactionClient,
  message: Pick<StoredMessage, 'id' | 'platform' | 'target'>,
  rules: readonly PacingRule[],
  now: Date,
): Promise<Date[]> {
  const { limit, windowMs } = pacingHorizon(rules);
  if (limit === 0) return [];
  const rows = await tx.outboxMessage.findMany({
    where: {
      platform: message.platform,
      target: message.target,
      id: { not: message.id },
      sentAt: { gt: new Date(now.getTime() - windowMs) },
    },
    orderBy: { sentAt: 'desc' },
    take: limit,
    select: { sentAt: true },
  });
  return rows.flatMap((row) => (row.sentAt ? [row.sentAt] : []));
}

/** False when the message was no longer pending: another run settled it first. */
export async function markSent(
  prisma: PrismaClient,
  id: string,
  platformMessageId: string,
  now: Date,
): Promise<boolean> {
  const { count } = await prisma.outboxMessage.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'sent', platformMessageId, sentAt: now, lastError: null },
  });
  return count === 1;
}

export async function markFailed(prisma: PrismaClient, id: string, lastError: string): Promise<boolean> {
  const { count } = await prisma.outboxMessage.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'failed', lastError, sentAt: null },
  });
  return count === 1;
}

/** Records the failed attempt and queues the next link of the chain at `runAt`, atomically. */
export async function scheduleRetry(
  prisma: PrismaClient,
  id: string,
  lastError: string,
  next: OutboxJobPayload,
  runAt: Date,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { id, status: 'pending' },
      data: { lastError, sentAt: null },
    });
    if (count === 1) await enqueueLink(tx, next, runAt);
    return count === 1;
  });
}

export async function enqueueLink(
  target: PrismaClient | Prisma.TransactionClient,
  link: OutboxJobPayload,
  runAt: Date,
): Promise<void> {
  await enqueue(target, {
    name: outboxSendJobName,
    key: outboxJobKey(link),
    payload: link,
    runAt,
    maxAttempts: outboxJobMaxAttempts,
  });
}
