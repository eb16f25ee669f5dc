import type { InboundStore } from '../../../app/ports/inbound-store.ts';
import { inboundJobKey, TooLateToRecord } from '../../../app/ports/inbound-store.ts';
import type { MessagePlatform } from '../../../app/ports/messenger.ts';
import { Prisma, type PrismaClient } from '../../../generated/prisma/client.ts';
import type { View } from '../../../views/view-model.ts';
import { enqueue } from '../../jobs/job-queue.ts';

/** The job name that answers a platform's inbound entries, e.g. `inbound.slack`. */
export function inboundJobName(platform: MessagePlatform): string {
  return `inbound.${platform}`;
}

/** A repeated key rolls the whole claim back: nothing of a repeat is written. */
class AlreadyClaimed extends Error {}

/** Rolls the warm-up's transaction back. */
class WarmUpDone extends Error {}

export function createInboundStore(prisma: PrismaClient, platform: MessagePlatform): InboundStore {
  const store: InboundStore = {
    async warmUp() {
      try {
        await claim(['warm-up:a', 'warm-up:b'], {}, () => {
          throw new WarmUpDone();
        });
      } catch (error) {
        if (!(error instanceof WarmUpDone)) throw error;
      }
    },

    async accept(keys, request, stillWanted) {
      try {
        await claim(keys, request, () => {
          if (stillWanted && !stillWanted()) throw new TooLateToRecord();
        });
        return true;
      } catch (error) {
        if (error instanceof AlreadyClaimed) return false;
        throw error;
      }
    },

    async find(key) {
      const row = await prisma.inboundDelivery.findUnique({ where: { key } });
      if (!row) return undefined;
      return {
        key: row.key,
        request: row.request ?? undefined,
        receivedAt: row.receivedAt,
        answer: (row.answer as View | null) ?? undefined,
        replied: row.repliedAt !== null,
      };
    },

    async saveAnswer(key, answer) {
      // First answer wins: a run that lost its lease half-way must not overwrite what was decided.
      await prisma.inboundDelivery.updateMany({
        where: { key, answer: { equals: Prisma.DbNull } },
        data: { answer: toJson(answer), answeredAt: new Date() },
      });
      const row = await prisma.inboundDelivery.findUniqueOrThrow({
        where: { key },
        select: { answer: true },
      });
      return row.answer as unknown as View;
    },

    async markReplied(key) {
      await prisma.inboundDelivery.updateMany({
        where: { key, repliedAt: null },
        data: { repliedAt: new Date(), request: Prisma.DbNull },
      });
    },
  };

  /** One transaction: every key, the request with the first, and the job; `beforeCommit` may still roll it back. */
  async function claim(keys: readonly string[], request: unknown, beforeCommit: () => void): Promise<void> {
    const [first, ...rest] = keys;
    if (first === undefined) throw new Error('An inbound delivery needs at least one key');
    await prisma.$transaction(async (tx) => {
      const data = [
        { key: first, request: toJson(request) },
        ...rest.map((key) => ({ key })),
      ] satisfies Prisma.InboundDeliveryCreateManyInput[];
      const { count } = await tx.inboundDelivery.createMany({ data, skipDuplicates: true });
      if (count !== data.length) throw new AlreadyClaimed();
      await enqueue(tx, {
        name: inboundJobName(platform),
        key: inboundJobKey(first),
        payload: { key: first },
        maxAttempts: 5,
      });
      beforeCommit();
    });
  }

  return store;
}

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? {})) as Prisma.InputJsonValue;
}
