import type { MinutesConference, MinutesStore } from '../../../app/actions/minutes-store.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';

const conferenceSelect = {
  id: true,
  teamId: true,
  startsAt: true,
  endsAt: true,
  attendances: {
    select: { rsvp: true, professional: { select: { id: true, externalKey: true, name: true } } },
  },
  households: { select: { household: { select: { id: true, reference: true } } } },
} as const;

type ConferenceRow = {
  id: string;
  teamId: string;
  startsAt: Date;
  endsAt: Date;
  attendances: { rsvp: string; professional: { id: string; externalKey: string; name: string } }[];
  households: { household: { id: string; reference: string } }[];
};

function toConference(row: ConferenceRow): MinutesConference {
  return {
    id: row.id,
    teamId: row.teamId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    attendees: row.attendances
      .map((a) => ({
        id: a.professional.id,
        key: a.professional.externalKey,
        name: a.professional.name,
        declined: a.rsvp === 'declined',
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    households: row.households.map((h) => h.household).sort((a, b) => a.reference.localeCompare(b.reference)),
  };
}

/** The conferences `verslag` / `minutes` opens, and the team's channels for the count line. Storage only. */
export function createMinutesStore(prisma: PrismaClient): MinutesStore {
  return {
    async latestConference({ professionalId, from, until, householdIds }) {
      const row = await prisma.caseConference.findFirst({
        where: {
          status: { in: ['scheduled', 'held'] },
          startsAt: { gte: from, lte: until },
          ...(householdIds
            ? { households: { some: { householdId: { in: [...householdIds] } } } }
            : { attendances: { some: { professionalId } } }),
        },
        orderBy: { startsAt: 'desc' },
        select: conferenceSelect,
      });
      return row ? toConference(row) : undefined;
    },

    async conference(conferenceId) {
      const row = await prisma.caseConference.findUnique({
        where: { id: conferenceId },
        select: conferenceSelect,
      });
      return row ? toConference(row) : undefined;
    },

    async teamIdsOf(professionalId) {
      const rows = await prisma.teamMembership.findMany({
        where: { professionalId },
        select: { teamId: true },
        orderBy: { teamId: 'asc' },
      });
      return rows.map((row) => row.teamId);
    },

    async teamChannels(teamId) {
      return prisma.teamChannel.findMany({
        where: { teamId },
        select: { id: true, platform: true },
        orderBy: { createdAt: 'asc' },
      });
    },
  };
}
