import type {
  AccessLog,
  AccessLogLine,
  AccessLogReader,
  AccessRecord,
} from '../../../app/ports/access-log.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * The one way into AccessLogEntry. Pass the write's transaction client so the entry commits with the change
 * it describes; a read passes the plain client. The actor's roster key is copied in so the entry stays
 * readable after the professional is removed.
 */
export async function recordAccess(client: Client, entry: AccessRecord): Promise<void> {
  await recordAccesses(client, [entry]);
}

/**
 * Several entries at once, in one statement: an import of a thousand households, or a calendar feed with
 * many households, writes its log without a round trip per entry. Same rules as recordAccess.
 */
export async function recordAccesses(client: Client, entries: readonly AccessRecord[]): Promise<void> {
  if (entries.length === 0) return;
  const actorIds = [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const keys =
    actorIds.length === 0
      ? []
      : await client.professional.findMany({
          where: { id: { in: actorIds } },
          select: { id: true, externalKey: true },
        });
  const keyOf = new Map(keys.map((k) => [k.id, k.externalKey]));
  await client.accessLogEntry.createMany({
    data: entries.map((entry) => ({
      ...(entry.at ? { at: entry.at } : {}),
      actorId: entry.actorId,
      actorKey: entry.actorId ? (keyOf.get(entry.actorId) ?? null) : null,
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
    })),
  });
}

export function createAccessLog(client: Client): AccessLog {
  return { record: (entry) => recordAccess(client, entry) };
}

/**
 * A household's log for `casus audit` and the chat's "who looked" view. The actor's name comes from the
 * roster as it is now; an actor since removed keeps the key copied in when the entry was written.
 */
export function createAccessLogReader(client: Client): AccessLogReader {
  return {
    async entriesFor(householdId, since) {
      const rows = await client.accessLogEntry.findMany({
        where: { householdId, ...(since ? { at: { gte: since } } : {}) },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      const ids = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
      const people =
        ids.length === 0
          ? []
          : await client.professional.findMany({
              where: { id: { in: ids } },
              select: { id: true, name: true, externalKey: true },
            });
      const byId = new Map(people.map((p) => [p.id, p]));
      return rows.map((row): AccessLogLine => {
        const person = row.actorId ? byId.get(row.actorId) : undefined;
        const key = person?.externalKey ?? row.actorKey;
        return {
          at: row.at,
          actor: key ? { key, name: person?.name ?? key } : null,
          onBehalfOf: row.onBehalfOf,
          kind: row.kind as AccessLogLine['kind'],
          action: row.action as AccessLogLine['action'],
          channel: row.channel as AccessLogLine['channel'],
          outcome: row.outcome as AccessLogLine['outcome'],
        };
      });
    },
  };
}
