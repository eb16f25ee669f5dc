import type {
  ConferenceLedgerReader,
  LedgerConference,
} from '../../app/conferences/conference-ledger-store.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';

/** Storage only: the figures are domain/conferences/protection-stats.ts, the order the use cases'. */
export function createConferenceLedgerReader(prisma: PrismaClient): ConferenceLedgerReader {
  return {
    async teamLedger(teamId, { from, to }) {
      const between = { gte: from, lte: to };
      const conferences = await prisma.caseConference.findMany({
        where: {
          ...(teamId !== undefined ? { teamId } : {}),
          // The first agreed start decides the window; it is only recorded once a conference is moved.
          OR: [{ plannedStartsAt: between }, { plannedStartsAt: null, startsAt: between }],
        },
        select: { id: true, status: true, startsAt: true, plannedStartsAt: true, cancelReason: true },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      });
      const events = await prisma.conferenceEvent.findMany({
        where: { conferenceId: { in: conferences.map((c) => c.id) } },
        select: { conferenceId: true, kind: true, reason: true, delayDays: true, at: true },
        orderBy: [{ at: 'asc' }, { kind: 'asc' }, { id: 'asc' }],
      });
      return { conferences, events };
    },

    async householdConferences(householdId) {
      const rows = await prisma.caseConference.findMany({
        where: { households: { some: { householdId } } },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          plannedStartsAt: true,
          status: true,
          kind: true,
          location: true,
          shortened: true,
          attendances: {
            select: {
              professionalId: true,
              role: true,
              disciplineCode: true,
              rsvp: true,
              deputyForId: true,
              declineReason: true,
              professional: { select: { externalKey: true, name: true } },
            },
          },
          events: {
            select: {
              kind: true,
              at: true,
              actorId: true,
              professionalId: true,
              disciplineCode: true,
              reason: true,
              leadMinutes: true,
              delayDays: true,
            },
            // Steps of one request share their instant: the enum's order (declined, covered, rescue_started,
            // …) is the order they happen in.
            orderBy: [{ at: 'asc' }, { kind: 'asc' }, { id: 'asc' }],
          },
        },
      });
      // Events and deputies name people by id, who need not be attendees (any more): one read for their keys.
      const ids = new Set<string>();
      for (const row of rows) {
        for (const a of row.attendances) if (a.deputyForId) ids.add(a.deputyForId);
        for (const e of row.events) {
          if (e.actorId) ids.add(e.actorId);
          if (e.professionalId) ids.add(e.professionalId);
        }
      }
      const keys = new Map(
        (
          await prisma.professional.findMany({
            where: { id: { in: [...ids] } },
            select: { id: true, externalKey: true },
          })
        ).map((p) => [p.id, p.externalKey]),
      );
      const keyOf = (id: string | null) => (id === null ? null : (keys.get(id) ?? null));
      return rows.map(
        ({ attendances, events, ...conference }): LedgerConference => ({
          ...conference,
          attendees: attendances
            .map((a) => ({
              key: a.professional.externalKey,
              name: a.professional.name,
              role: a.role,
              discipline: a.disciplineCode,
              rsvp: a.rsvp,
              deputyFor: keyOf(a.deputyForId),
              declineReason: a.declineReason,
            }))
            .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key)),
          events: events.map((e) => ({
            kind: e.kind,
            at: e.at,
            who: keyOf(e.professionalId),
            by: keyOf(e.actorId),
            discipline: e.disciplineCode,
            reason: e.reason,
            leadMinutes: e.leadMinutes,
            delayDays: e.delayDays,
          })),
        }),
      );
    },
  };
}
