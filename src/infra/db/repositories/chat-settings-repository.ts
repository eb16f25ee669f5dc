import type { TeamSettingsStore } from '../../../app/settings/settings-store.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { recordAccess } from './access-log-repository.ts';
import { coachedTeamsOf } from './team-view-repository.ts';

/** Storage only: the form, its validation and what changed are src/app/settings/. */
export function createTeamSettingsStore(prisma: PrismaClient): TeamSettingsStore {
  return {
    coachedTeams: (professionalId) => coachedTeamsOf(prisma, professionalId),

    async stored(teamId) {
      const team = await prisma.team.findUnique({ where: { id: teamId }, select: { settings: true } });
      const settings = team?.settings;
      return typeof settings === 'object' && settings !== null && !Array.isArray(settings)
        ? (settings as Record<string, unknown>)
        : {};
    },

    async save(teamId, settings, audit) {
      await prisma.$transaction(async (tx) => {
        await tx.team.update({
          where: { id: teamId },
          data: { settings: settings as Prisma.InputJsonValue },
        });
        await recordAccess(tx, audit);
      });
    },
  };
}
