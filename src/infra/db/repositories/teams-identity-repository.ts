import type { PrismaClient } from '../../../generated/prisma/client.ts';

/**
 * Teams-specific lookups the generic channel store does not cover. Shaped to satisfy
 * TeamChannelDirectory in src/channels/teams/conversation-references.ts (structurally, so infra does not
 * import from a channel).
 */
export function createTeamsIdentityRepository(prisma: PrismaClient, homeTenant?: string) {
  return {
    /**
     * The TeamChannel id for a Teams channel. A roster may leave the tenant empty when there is one: such a
     * channel counts in the installation's tenant (MicrosoftAppTenantId) only, or anywhere when none is set.
     */
    async findTeamChannelId(tenantId: string, channelId: string): Promise<string | undefined> {
      const tenantless = homeTenant === undefined || homeTenant === tenantId;
      const row = await prisma.teamChannel.findFirst({
        where: { platform: 'teams', channelId, workspace: { in: tenantless ? [tenantId, ''] : [tenantId] } },
        orderBy: { workspace: 'desc' },
        select: { id: true },
      });
      return row?.id;
    },
  };
}
