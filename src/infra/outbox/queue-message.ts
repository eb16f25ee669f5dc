import { randomUUID } from 'node:crypto';
import type { ConversationKey, MessagePlatform } from '../../app/ports/messenger.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { View } from '../../views/view-model.ts';
import { CodedError } from '../coded-error.ts';
import { enqueue, enqueueMany } from '../jobs/job-queue.ts';
import { isTopLevelClient, type SqlTarget, sqlClientOf } from '../jobs/sql-client.ts';
import { outboxJobKey, outboxJobMaxAttempts, outboxSendJobName } from './outbox-job.ts';

export interface NewOutboxMessage {
  /** Decided before the effect (e.g. `nudge:<actionId>:<recipientId>:<date>`); one message per key, ever. */
  idempotencyKey: string;
  platform: MessagePlatform;
  target: ConversationKey;
  view: View;
  /** Not sent before this instant; defaults to the database's current time (send as soon as possible). */
  notBefore?: Date;
}

export interface QueuedMessage {
  /** OutboxMessage.id, for Nudge.outboxId and Digest.outboxId. */
  id: string;
  /** False when a message with this idempotency key already existed: nothing new was queued. */
  created: boolean;
}

/**
 * Writes the message and its `outbox.send` job in one transaction: pass the caller's transaction client so
 * both commit or roll back with the change that caused them (a rolled-back nudge sends nothing; a committed
 * one is sent even if the process dies right after). Given the plain client, it opens its own transaction.
 * The first message queued under a key wins; later calls with the same key change nothing.
 */
export async function queueMessage(target: SqlTarget, message: NewOutboxMessage): Promise<QueuedMessage> {
  validate(message);
  const client = sqlClientOf(target);
  if (!isTopLevelClient(client)) return insert(client, message);
  return client.$transaction((tx) => insert(tx, message));
}

async function insert(tx: Prisma.TransactionClient, message: NewOutboxMessage): Promise<QueuedMessage> {
  const { idempotencyKey, platform, target, view, notBefore } = message;
  // skipDuplicates is INSERT … ON CONFLICT DO NOTHING: a concurrent insert of the same key waits for the
  // other transaction and then does nothing, so the read below sees whichever row won.
  const { count } = await tx.outboxMessage.createMany({
    data: [{ idempotencyKey, platform, target, view: toJson(view) }],
    skipDuplicates: true,
  });
  const row = await tx.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true } });
  await enqueue(tx, {
    name: outboxSendJobName,
    key: outboxJobKey({ idempotencyKey, link: 0 }),
    payload: { idempotencyKey, link: 0 },
    ...(notBefore ? { runAt: notBefore } : {}),
    maxAttempts: outboxJobMaxAttempts,
  });
  return { id: row.id, created: count === 1 };
}

/**
 * Many messages, each with its `outbox.send` job, in two statements on the caller's transaction (a sweep queues
 * hundreds at once), with the same rules as `queueMessage`: the first message under a key wins. Returns how
 * many messages were new.
 */
export async function queueMessages(
  tx: Prisma.TransactionClient,
  messages: readonly NewOutboxMessage[],
): Promise<number> {
  if (messages.length === 0) return 0;
  for (const message of messages) validate(message);
  // One JSON document for all rows: pg escapes a text[] parameter character by character, which for
  // hundreds of views costs more than the insert itself. Read as `json`, not `jsonb`: the column is `json`, so
  // the views are only checked and stored as they are (1,000 nudge views: about 85 against 120–350 ms).
  const rows = JSON.stringify(
    messages.map((m) => ({
      id: randomUUID(),
      key: m.idempotencyKey,
      platform: m.platform,
      target: m.target,
      // JSON.stringify drops `undefined` members itself, as toJson does.
      view: m.view,
    })),
  );
  const created = await tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "idempotencyKey", "platform", "target", "view")
    SELECT m.id, m.key, m.platform::"Platform", m.target, m.view
    FROM json_to_recordset(${rows}::json) AS m(id text, key text, platform text, target text, view json)
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
  await enqueueMany(
    tx,
    messages.map(({ idempotencyKey, notBefore }) => ({
      name: outboxSendJobName,
      key: outboxJobKey({ idempotencyKey, link: 0 }),
      payload: { idempotencyKey, link: 0 },
      ...(notBefore ? { runAt: notBefore } : {}),
      maxAttempts: outboxJobMaxAttempts,
    })),
  );
  return created;
}

function validate({ idempotencyKey, platform, target, view, notBefore }: NewOutboxMessage): void {
  const invalid = (message: string) => new CodedError('outbox-message-invalid', message);
  if (!idempotencyKey) throw invalid('An outbox message needs an idempotency key');
  if (!['slack', 'teams', 'tryout'].includes(platform)) throw invalid(`Unknown platform "${platform}"`);
  if (!/^(user|channel):.+/.test(target)) throw invalid('An outbox target is user:<id> or channel:<id>');
  if (!view.fallbackText.trim()) throw invalid('An outbox message needs a plain-text fallback');
  if (notBefore && Number.isNaN(notBefore.getTime())) throw invalid('notBefore is not a valid date');
}

/** Drops `undefined` members, which a Json column cannot hold. */
function toJson(view: View): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(view)) as Prisma.InputJsonValue;
}
