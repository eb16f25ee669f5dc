import type { PrismaClient } from '../../../generated/prisma/client.ts';

/**
 * Where the Slack messenger finds people and team channels: the Slack user id of an active professional
 * (PlatformIdentity) and the channel id of a team's Slack channel (TeamChannel). Shaped to fit
 * SlackDirectory in src/channels/slack/slack-messenger.ts.
 */
export function createSlackIdentityRepository(prisma: PrismaClient) {
  return {
    async findSlackUserId(professionalId: string): Promise<string | undefined> {
      const identity = await prisma.platformIdentity.findFirst({
        where: { platform: 'slack', professionalId, professional: { active: true } },
        // A stable choice when a roster links two Slack accounts: the workspace-specific one first.
        orderBy: [{ workspace: 'desc' }, { externalUserId: 'asc' }],
        select: { externalUserId: true },
      });
      return identity?.externalUserId;
    },

    async findSlackChannelId(teamChannelId: string): Promise<string | undefined> {
      const channel = await prisma.teamChannel.findFirst({
        where: { id: teamChannelId, platform: 'slack' },
        select: { channelId: true },
      });
      return channel?.channelId;
    },
  };
}
