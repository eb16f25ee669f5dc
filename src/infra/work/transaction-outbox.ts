import type { Outbox } from '../../app/ports/outbox.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { platformsOf, platformsOfEach } from '../conferences/conference-snapshot.ts';
import { queueMessage, queueMessages } from '../outbox/queue-message.ts';

/**
 * The Outbox port inside one transaction: each message and its `outbox.send` job are written with `tx`, so
 * they commit or roll back with the change that caused them (queueMessage). A person is reached on every
 * platform they have an identity on, one message per platform under `<key>:<platform>` — the keys the
 * conference messages always used, so a job queued by an older version does not send twice.
 */
export function transactionOutbox(tx: Prisma.TransactionClient): Outbox {
  return {
    async toPerson({ professionalId, view, idempotencyKey, notBefore }) {
      let created = 0;
      for (const platform of await platformsOf(tx, professionalId)) {
        const queued = await queueMessage(tx, {
          idempotencyKey: `${idempotencyKey}:${platform}`,
          platform,
          target: `user:${professionalId}`,
          view,
          ...(notBefore ? { notBefore } : {}),
        });
        if (queued.created) created += 1;
      }
      return created;
    },
    async toPeople(messages) {
      const platforms = await platformsOfEach(
        tx,
        messages.map((message) => message.professionalId),
      );
      return queueMessages(
        tx,
        messages.flatMap(({ professionalId, view, idempotencyKey, notBefore }) =>
          (platforms.get(professionalId) ?? []).map((platform) => ({
            idempotencyKey: `${idempotencyKey}:${platform}`,
            platform,
            target: `user:${professionalId}` as const,
            view,
            ...(notBefore ? { notBefore } : {}),
          })),
        ),
      );
    },
    async toConversation({ platform, target, view, idempotencyKey, notBefore }) {
      const queued = await queueMessage(tx, {
        idempotencyKey,
        platform,
        target,
        view,
        ...(notBefore ? { notBefore } : {}),
      });
      return queued.created;
    },
  };
}
