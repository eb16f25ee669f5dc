import { createHouseholdDoor, type HouseholdDoor } from '../../../app/access/household-door.ts';
import type { DoorHousehold, HouseholdDirectory } from '../../../app/ports/household-directory.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { createAccessLog } from './access-log-repository.ts';

const doorSelect = {
  id: true,
  reference: true,
  teamId: true,
  coordinator: { select: { id: true, name: true } },
  involvements: { select: { professionalId: true } },
} satisfies Prisma.HouseholdSelect;

type DoorRow = Prisma.HouseholdGetPayload<{ select: typeof doorSelect }>;

function toDoorHousehold(row: DoorRow): DoorHousehold {
  return {
    id: row.id,
    reference: row.reference,
    teamId: row.teamId,
    coordinator: row.coordinator,
    involvedIds: row.involvements.map((involvement) => involvement.professionalId),
  };
}

/** The household door's reads: memberships and who a household's case team is. */
export function createHouseholdDirectory(prisma: PrismaClient): HouseholdDirectory {
  return {
    async teamsOf(professionalId) {
      const rows = await prisma.teamMembership.findMany({
        where: { professionalId, professional: { active: true } },
        select: { teamId: true, role: true },
        orderBy: { teamId: 'asc' },
      });
      return rows.map((row) => ({ id: row.teamId, role: row.role }));
    },

    async byReference(teamIds, reference) {
      if (teamIds !== 'all' && teamIds.length === 0) return [];
      const rows = await prisma.household.findMany({
        where: {
          ...(teamIds === 'all' ? {} : { teamId: { in: [...teamIds] } }),
          reference: { equals: reference, mode: 'insensitive' },
        },
        select: doorSelect,
        orderBy: { teamId: 'asc' },
      });
      const exact = rows.filter((row) => row.reference === reference);
      return (exact.length > 0 ? exact : rows).map(toDoorHousehold);
    },

    async byId(householdId) {
      const row = await prisma.household.findUnique({ where: { id: householdId }, select: doorSelect });
      return row ? toDoorHousehold(row) : undefined;
    },

    async teamIdBySlug(slug) {
      return (await prisma.team.findUnique({ where: { slug }, select: { id: true } }))?.id;
    },
  };
}

/** The household door over this database: its reads here, its log in AccessLogEntry. */
export function createDatabaseHouseholdDoor(prisma: PrismaClient): HouseholdDoor {
  return createHouseholdDoor({ directory: createHouseholdDirectory(prisma), log: createAccessLog(prisma) });
}
