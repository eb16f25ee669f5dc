import type { AccessLog, AccessRecord } from '../../../app/ports/access-log.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * The one way into AccessLogEntry. Pass the write's transaction client so the entry commits with the change
 * it describes; a read passes the plain client. The actor's roster key is copied in so the entry stays
 * readable after the professional is removed.
 */
export async function recordAccess(client: Client, entry: AccessRecord): Promise<void> {
  const actorKey = entry.actorId
    ? ((await client.professional.findUnique({ where: { id: entry.actorId }, select: { externalKey: true } }))
        ?.externalKey ?? null)
    : null;
  await client.accessLogEntry.create({
    data: {
      ...(entry.at ? { at: entry.at } : {}),
      actorId: entry.actorId,
      actorKey,
      onBehalfOf: entry.onBehalfOf ?? null,
      householdId: entry.householdId ?? null,
      teamId: entry.teamId ?? null,
      reference: entry.reference ?? null,
      kind: entry.kind,
      action: entry.action,
      channel: entry.channel,
      outcome: entry.outcome,
      subjectId: entry.subjectId ?? null,
      details: (entry.details ?? {}) as Prisma.InputJsonValue,
      requestKey: entry.requestKey ?? null,
    },
  });
}

export function createAccessLog(client: Client): AccessLog {
  return { record: (entry) => recordAccess(client, entry) };
}
