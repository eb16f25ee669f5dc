import type { PeopleDirectory, Person } from '../../../app/people/people-directory.ts';
import type { PrismaClient } from '../../../generated/prisma/client.ts';

const personSelect = { id: true, externalKey: true, name: true } as const;

function toPerson(row: { id: string; externalKey: string; name: string }): Person {
  return { id: row.id, key: row.externalKey, name: row.name };
}

/** Who can be named in a team's commands: its active members (TeamMembership), and anyone by id. */
export function createPeopleDirectory(prisma: PrismaClient): PeopleDirectory {
  return {
    async activeMembers(teamId) {
      const rows = await prisma.professional.findMany({
        where: { active: true, memberships: { some: { teamId } } },
        select: personSelect,
      });
      // Sorted here, not by the database: its collation may put 'Émile' after 'Sanne'.
      return rows
        .map(toPerson)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.key.localeCompare(b.key));
    },

    async byId(professionalId) {
      const row = await prisma.professional.findUnique({
        where: { id: professionalId },
        select: personSelect,
      });
      return row ? toPerson(row) : undefined;
    },
  };
}
