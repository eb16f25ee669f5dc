import type { TryoutDirectory } from '../../../app/ports/tryout-directory.ts';
import { type PrismaClient, Prisma as PrismaNamespace } from '../../../generated/prisma/client.ts';
import { DEMO_TEAM_SLUG, demoTryoutKeys } from '../../demo/demo-team.ts';

/** The try-out has one team channel per installation; its "platform id" only has to be stable. */
export const TRYOUT_TEAM_CHANNEL_ID = 'demo';

export interface TryoutDirectoryOptions {
  /** The team the page shows; the demo team unless a test says otherwise. */
  teamSlug?: string;
  /**
   * Only the fictional demo professionals: the try-out keys the demo roster hands out, and only people in no
   * other team, so acting as one of them can never reach a real team's households.
   */
  demoOnly?: boolean;
}

/**
 * The try-out's view of the demo team: the professionals someone can pick (those with a try-out identity in
 * the team) and the team's try-out channel, created on first use because the roster import knows nothing of
 * channels.
 */
export function createTryoutDirectory(
  prisma: PrismaClient,
  { teamSlug = DEMO_TEAM_SLUG, demoOnly = false }: TryoutDirectoryOptions = {},
): TryoutDirectory {
  return {
    async listProfessionals() {
      const inTeam = { team: { slug: teamSlug } };
      const identities = await prisma.platformIdentity.findMany({
        where: {
          platform: 'tryout',
          workspace: '',
          ...(demoOnly ? { externalUserId: { in: [...(await demoTryoutKeys())] } } : {}),
          professional: {
            active: true,
            memberships: demoOnly ? { some: inTeam, every: inTeam } : { some: inTeam },
          },
        },
        orderBy: { professional: { name: 'asc' } },
        select: {
          externalUserId: true,
          professional: {
            select: {
              name: true,
              organisation: { select: { name: true } },
              disciplines: {
                orderBy: { discipline: { code: 'asc' } },
                select: { discipline: { select: { nameNl: true, nameEn: true } } },
              },
            },
          },
        },
      });
      return identities.map(({ externalUserId, professional }) => ({
        key: externalUserId,
        name: professional.name,
        organisation: professional.organisation.name,
        disciplines: professional.disciplines.map(({ discipline }) => ({
          nl: discipline.nameNl,
          en: discipline.nameEn,
        })),
      }));
    },

    async teamChannelId() {
      const team = await prisma.team.findUnique({ where: { slug: teamSlug }, select: { id: true } });
      if (!team) return undefined;
      const where = {
        platform_workspace_channelId: {
          platform: 'tryout',
          workspace: '',
          channelId: TRYOUT_TEAM_CHANNEL_ID,
        },
      } as const;
      const existing = await prisma.teamChannel.findUnique({ where, select: { id: true } });
      if (existing) return existing.id;
      try {
        const data = {
          teamId: team.id,
          platform: 'tryout',
          channelId: TRYOUT_TEAM_CHANNEL_ID,
          name: 'try-out',
        } as const;
        return (await prisma.teamChannel.create({ data, select: { id: true } })).id;
      } catch (error) {
        // Two pages opened at once both found nothing; the unique key let one create it, the other reads it.
        if (!(error instanceof PrismaNamespace.PrismaClientKnownRequestError && error.code === 'P2002'))
          throw error;
        return (await prisma.teamChannel.findUniqueOrThrow({ where, select: { id: true } })).id;
      }
    },
  };
}
