import type { PlanningStore } from '../../../app/ports/planning-store.ts';
import type { LifeDomain } from '../../../domain/life-domains.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';

const minute = (date: Date) => Math.floor(date.getTime() / 60_000);

export function createPlanningStore(prisma: PrismaClient): PlanningStore {
  return {
    async findHouseholds(reference) {
      const rows = await prisma.household.findMany({
        where: { reference },
        select: {
          id: true,
          reference: true,
          teamId: true,
          hasChildren: true,
          coordinatorId: true,
          scores: { orderBy: { scoredOn: 'asc' }, select: { domain: true, score: true } },
          involvements: { select: { professionalId: true } },
          consents: { where: { withdrawnOn: null }, select: { organisationId: true } },
        },
      });
      return rows.map((row) => {
        const scores: Partial<Record<LifeDomain, number>> = {};
        // Ordered by date, so the latest score of each domain wins.
        for (const s of row.scores) scores[s.domain] = s.score;
        return {
          id: row.id,
          reference: row.reference,
          teamId: row.teamId,
          hasChildren: row.hasChildren,
          coordinatorId: row.coordinatorId ?? undefined,
          scores,
          involvedIds: row.involvements.map((i) => i.professionalId),
          consentedOrganisationIds: row.consents.map((c) => c.organisationId),
        };
      });
    },

    async candidates(teamId, { from, to }) {
      const rows = await prisma.professional.findMany({
        where: { active: true, memberships: { some: { teamId } } },
        orderBy: { externalKey: 'asc' },
        select: {
          id: true,
          externalKey: true,
          name: true,
          organisationId: true,
          contractHours: true,
          disciplines: { select: { discipline: { select: { code: true } } } },
          contractDays: { select: { weekday: true, startMinute: true, endMinute: true } },
          absences: {
            where: { startsAt: { lt: to }, endsAt: { gt: from } },
            select: { startsAt: true, endsAt: true },
          },
          attendances: {
            where: {
              rsvp: { not: 'declined' },
              conference: { status: 'scheduled', startsAt: { lt: to }, endsAt: { gt: from } },
            },
            select: { conference: { select: { startsAt: true, endsAt: true } } },
          },
        },
      });
      return rows.map((row) => ({
        id: row.id,
        key: row.externalKey,
        name: row.name,
        organisationId: row.organisationId,
        disciplines: row.disciplines.map((d) => d.discipline.code),
        contractHours: Number(row.contractHours),
        contract: row.contractDays,
        busy: [
          ...row.absences.map((a) => [minute(a.startsAt), minute(a.endsAt)] as [number, number]),
          ...row.attendances.map(
            (a) => [minute(a.conference.startsAt), minute(a.conference.endsAt)] as [number, number],
          ),
        ],
        conferenceCount: row.attendances.length,
      }));
    },
  };
}
