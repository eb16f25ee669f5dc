import type { AgendaStore } from '../../../app/ports/agenda-store.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';

export function createAgendaStore(prisma: PrismaClient): AgendaStore {
  return {
    async upcomingConferences(professionalId, from, limit) {
      const rows = await prisma.caseConference.findMany({
        where: {
          status: 'scheduled',
          endsAt: { gt: from },
          attendances: { some: { professionalId, rsvp: { not: 'declined' } } },
        },
        orderBy: { startsAt: 'asc' },
        take: limit,
        select: {
          startsAt: true,
          endsAt: true,
          location: true,
          households: { select: { household: { select: { reference: true } } } },
        },
      });
      return rows.map((row) => ({
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        location: row.location,
        households: row.households.map((h) => h.household.reference).sort(),
      }));
    },

    async openActions(professionalId, limit) {
      const rows = await prisma.action.findMany({
        where: { ownerId: professionalId, status: { in: ['open', 'blocked'] } },
        orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
        take: limit,
        select: { description: true, dueOn: true, status: true, household: { select: { reference: true } } },
      });
      return rows.map((row) => ({
        householdReference: row.household.reference,
        description: row.description,
        // @db.Date arrives as midnight UTC of that date.
        dueOn: row.dueOn.toISOString().slice(0, 10),
        blocked: row.status === 'blocked',
      }));
    },
  };
}
