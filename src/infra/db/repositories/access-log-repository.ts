import { randomUUID } from 'node:crypto';
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
  // One statement however many entries (a nudge sweep logs thousands): Prisma's createMany binds each value.
  const column = <T>(pick: (entry: AccessRecord) => T) => entries.map(pick);
  await client.$executeRaw`
    INSERT INTO "AccessLogEntry" ("id", "at", "actorId", "actorKey", "onBehalfOf", "householdId", "teamId",
      "reference", "kind", "action", "channel", "outcome", "subjectId", "details", "requestKey")
    SELECT e.id, COALESCE(e.at, CURRENT_TIMESTAMP), e.actor_id, e.actor_key, e.on_behalf_of, e.household_id,
      e.team_id, e.reference, e.kind, e.action, e.channel, e.outcome, e.subject_id, e.details::jsonb, e.request_key
    FROM unnest(
      ${column(() => randomUUID())}::text[],
      ${column((e) => e.at?.toISOString() ?? null)}::timestamptz[],
      ${column((e) => e.actorId)}::text[],
      ${column((e) => (e.actorId ? (keyOf.get(e.actorId) ?? null) : null))}::text[],
      ${column((e) => e.onBehalfOf ?? null)}::text[],
      ${column((e) => e.householdId ?? null)}::text[],
      ${column((e) => e.teamId ?? null)}::text[],
      ${column((e) => e.reference ?? null)}::text[],
      ${column((e) => e.kind)}::text[],
      ${column((e) => e.action)}::text[],
      ${column((e) => e.channel)}::text[],
      ${column((e) => e.outcome)}::text[],
      ${column((e) => e.subjectId ?? null)}::text[],
      ${column((e) => JSON.stringify(e.details ?? {}))}::text[],
      ${column((e) => e.requestKey ?? null)}::text[]
    ) AS e(id, at, actor_id, actor_key, on_behalf_of, household_id, team_id, reference, kind, action, channel,
           outcome, subject_id, details, request_key)`;
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
