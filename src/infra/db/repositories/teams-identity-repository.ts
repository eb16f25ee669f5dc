import type { PrismaClient } from '../../../generated/prisma/client.ts';

/**
 * Teams-specific lookups the generic channel store does not cover. Shaped to satisfy
 * TeamChannelDirectory in src/channels/teams/conversation-references.ts (structurally, so infra does not
 * import from a channel).
 */
export function createTeamsIdentityRepository(prisma: PrismaClient) {
  return {
    /** The TeamChannel id for a Teams channel; a roster may leave the tenant empty when there is one. */
    async findTeamChannelId(tenantId: string, channelId: string): Promise<string | undefined> {
      const row = await prisma.teamChannel.findFirst({
        where: { platform: 'teams', channelId, workspace: { in: [tenantId, ''] } },
        orderBy: { workspace: 'desc' },
        select: { id: true },
      });
      return row?.id;
    },
  };
}
