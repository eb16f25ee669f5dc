import type {
  BookedConference,
  DisciplineName,
  PlanningReader,
  PlanningStore,
} from '../../../app/ports/planning-store.ts';
import type { LifeDomain } from '../../../domain/life-domains.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { isoDate } from './roster-snapshot-reader.ts';
import { loadTeamSettings } from './team-settings-repository.ts';

const minute = (date: Date) => Math.floor(date.getTime() / 60_000);
const dateOf = (epochMinute: number) => new Date(epochMinute * 60_000);

/** The reads of planning over the client or a transaction client (a booking reads inside its transaction). */
export function createPlanningReader(client: Prisma.TransactionClient): PlanningReader {
  const householdSelect = {
    id: true,
    reference: true,
    teamId: true,
    hasChildren: true,
    coordinatorId: true,
    scores: { orderBy: { scoredOn: 'asc' }, select: { domain: true, score: true } },
    involvements: { select: { professionalId: true } },
    consents: {
      select: {
        organisationId: true,
        givenOn: true,
        validUntil: true,
        withdrawnOn: true,
        organisation: { select: { name: true } },
      },
    },
    planClosedAt: true,
    conferences: {
      where: { conference: { status: { not: 'cancelled' } } },
      orderBy: { conference: { startsAt: 'desc' } },
      select: {
        conference: {
          select: {
            id: true,
            icsUid: true,
            startsAt: true,
            endsAt: true,
            location: true,
            kind: true,
            status: true,
          },
        },
      },
    },
  } satisfies Prisma.HouseholdSelect;
  type HouseholdRow = Prisma.HouseholdGetPayload<{ select: typeof householdSelect }>;
  const toHousehold = (row: HouseholdRow) => {
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
      consents: row.consents.map((c) => ({
        organisationId: c.organisationId,
        organisationName: c.organisation.name,
        givenOn: isoDate(c.givenOn),
        validUntil: c.validUntil ? isoDate(c.validUntil) : null,
        withdrawnOn: c.withdrawnOn ? isoDate(c.withdrawnOn) : null,
      })),
      hadConference: row.conferences.length > 0,
      conferences: row.conferences.map(({ conference: c }) => ({
        id: c.id,
        icsUid: c.icsUid,
        start: minute(c.startsAt),
        end: minute(c.endsAt),
        location: c.location,
        kind: c.kind,
        status: c.status,
      })),
      planClosedAt: row.planClosedAt,
    };
  };

  return {
    async findHouseholds(reference) {
      const rows = await client.household.findMany({ where: { reference }, select: householdSelect });
      return rows.map(toHousehold);
    },

    async householdById(id) {
      const row = await client.household.findUnique({ where: { id }, select: householdSelect });
      return row ? toHousehold(row) : undefined;
    },

    async candidates(teamId, { from, to }, options) {
      const rows = await client.professional.findMany({
        where: { active: true, memberships: { some: { teamId } } },
        orderBy: { externalKey: 'asc' },
        select: {
          id: true,
          externalKey: true,
          name: true,
          organisationId: true,
          contractHours: true,
          busyCalendarUrl: true,
          disciplines: { select: { discipline: { select: { code: true } } } },
          contractDays: { select: { weekday: true, startMinute: true, endMinute: true } },
          absences: {
            where: { startsAt: { lt: to }, endsAt: { gt: from } },
            select: { startsAt: true, endsAt: true },
          },
          attendances: {
            where: {
              rsvp: { not: 'declined' },
              conference: {
                status: 'scheduled',
                startsAt: { lt: to },
                endsAt: { gt: from },
                ...(options?.except ? { id: { not: options.except } } : {}),
              },
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
        ...(row.busyCalendarUrl ? { busyCalendarUrl: row.busyCalendarUrl } : {}),
      }));
    },

    async teamIdsOf(professionalId) {
      const rows = await client.teamMembership.findMany({
        where: { professionalId, professional: { active: true } },
        select: { teamId: true },
      });
      return rows.map((r) => r.teamId);
    },

    async teamIdBySlug(slug) {
      const team = await client.team.findUnique({ where: { slug }, select: { id: true } });
      return team?.id;
    },

    async professionalIdByKey(key) {
      const row = await client.professional.findUnique({ where: { externalKey: key }, select: { id: true } });
      return row?.id;
    },

    async disciplineNames() {
      const rows = await client.discipline.findMany({ select: { code: true, nameNl: true, nameEn: true } });
      return new Map<string, DisciplineName>(rows.map((r) => [r.code, { nl: r.nameNl, en: r.nameEn }]));
    },

    settings: (teamId) => loadTeamSettings(client, teamId),

    async scheduledConferenceAt(householdId, start): Promise<BookedConference | undefined> {
      const row = await client.caseConference.findFirst({
        where: { status: 'scheduled', startsAt: dateOf(start), households: { some: { householdId } } },
        select: { id: true, icsUid: true, startsAt: true, endsAt: true, location: true, kind: true },
      });
      return row
        ? {
            id: row.id,
            icsUid: row.icsUid,
            start: minute(row.startsAt),
            end: minute(row.endsAt),
            location: row.location,
            kind: row.kind,
          }
        : undefined;
    },
  };
}

export function createPlanningStore(prisma: PrismaClient): PlanningStore {
  return createPlanningReader(prisma);
}
