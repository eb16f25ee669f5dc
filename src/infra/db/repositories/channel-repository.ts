import type { ChannelStore } from '../../../app/ports/channel-store.ts';
import { isLocale } from '../../../domain/locale.ts';
import {
  type Prisma,
  type PrismaClient,
  Prisma as PrismaNamespace,
} from '../../../generated/prisma/client.ts';

export function createChannelStore(prisma: PrismaClient): ChannelStore {
  return {
    async findProfessional(platform, workspace, externalUserId) {
      const identity = await prisma.platformIdentity.findFirst({
        // A roster may leave the workspace empty when there is only one; match it then too.
        where: {
          platform,
          externalUserId,
          workspace: { in: [workspace, ''] },
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
