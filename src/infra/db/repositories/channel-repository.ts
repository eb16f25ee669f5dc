import type { ChannelStore } from '../../../app/ports/channel-store.ts';
import type { MessagePlatform } from '../../../app/ports/messenger.ts';
import { isLocale } from '../../../domain/locale.ts';
import {
  type Prisma,
  type PrismaClient,
  Prisma as PrismaNamespace,
} from '../../../generated/prisma/client.ts';

/** The Slack workspace and Teams tenant the installation is configured for (Config.homeWorkspaces). */
export interface HomeWorkspaces {
  slack?: string | undefined;
  teams?: string | undefined;
}

/**
 * `homes`: where an identity the roster left without a workspace counts. Without it such an identity matches
 * only a workspace a team's channel of that platform names.
 */
export function createChannelStore(prisma: PrismaClient, homes: HomeWorkspaces = {}): ChannelStore {
  /**
   * A workspace this installation knows for the platform: its configured home, or one a team's channel is in.
   * A user of any other workspace or tenant is a stranger, whatever their user id.
   */
  async function known(platform: MessagePlatform, workspace: string): Promise<boolean> {
    if (workspace === '') return true;
    if (platform !== 'tryout' && homes[platform] === workspace) return true;
    return (await prisma.teamChannel.count({ where: { platform, workspace } })) > 0;
  }

  return {
    async findProfessional(platform, workspace, externalUserId) {
      // A roster may leave the workspace empty when there is only one: that one, the installation's own.
      const workspaces = (await known(platform, workspace)) ? [workspace, ''] : [workspace];
      const identity = await prisma.platformIdentity.findFirst({
        where: {
          platform,
          externalUserId,
          workspace: { in: workspaces },
          professional: { active: true },
        },
        orderBy: { workspace: 'desc' },
        select: { professional: { select: { id: true, name: true, locale: true } } },
      });
      if (!identity) return undefined;
      const { id, name, locale } = identity.professional;
      return { id, name, locale: isLocale(locale) ? locale : undefined };
    },

    async claimDelivery(key) {
      try {
        await prisma.inboundDelivery.create({ data: { key } });
        return true;
      } catch (error) {
        if (error instanceof PrismaNamespace.PrismaClientKnownRequestError && error.code === 'P2002')
          return false;
        throw error;
      }
    },

    async saveConversationReference(platform, key, reference) {
      const json = reference as Prisma.InputJsonValue;
      await prisma.conversationReference.upsert({
        where: { platform_key: { platform, key } },
        create: { platform, key, reference: json },
        update: { reference: json },
      });
    },

    async findConversationReference(platform, key) {
      const row = await prisma.conversationReference.findUnique({
        where: { platform_key: { platform, key } },
      });
      return row?.reference ?? undefined;
    },
  };
}
