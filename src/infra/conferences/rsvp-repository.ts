import type { RsvpStore, RsvpUnitOfWork } from '../../app/conferences/rsvp-store.ts';
import { isLocale } from '../../domain/locale.ts';
import type { Prisma, PrismaClient, Rsvp } from '../../generated/prisma/client.ts';
import { workPortsOf } from '../work/prisma-unit-of-work.ts';
import { loadConferenceSnapshot } from './conference-snapshot.ts';
import { defaultInviteLink, type InviteLink } from './invite-link.ts';

export interface RsvpStoreOptions {
  /** Config.server.publicUrl, for the invitation link in the answer. */
  publicUrl: string;
  inviteLink?: InviteLink;
}

/** Storage of answers on one transaction: what an answer may change is domain/conferences/rsvp-rule.ts. */
export function rsvpStoreOf(tx: Prisma.TransactionClient, inviteLink: InviteLink): RsvpStore {
  return {
    conference: (conferenceId) => loadConferenceSnapshot(tx, conferenceId),
    inviteLink: (professionalId, icsUid) => inviteLink(tx, professionalId, icsUid),
    async recordAnswer({ conferenceId, professionalId, previous, answer, now }) {
      const { count } = await tx.attendance.updateMany({
        where: { conferenceId, professionalId, rsvp: previous as Rsvp },
        data: { rsvp: answer, respondedAt: now },
      });
      return count === 1;
    },
    async activePeople(ids) {
      const rows = await tx.professional.findMany({
        where: { id: { in: [...ids] }, active: true },
        select: { id: true, name: true, locale: true },
        orderBy: { name: 'asc' },
      });
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        ...(isLocale(r.locale) ? { locale: r.locale } : {}),
      }));
    },
  };
}

/** One transaction per answer: the store and the outbox, scheduler and access log on it. */
export function createRsvpUnitOfWork(prisma: PrismaClient, options: RsvpStoreOptions): RsvpUnitOfWork {
  const inviteLink = options.inviteLink ?? defaultInviteLink(options.publicUrl);
  return {
    run: (work) =>
      prisma.$transaction((tx) => work({ ...workPortsOf(tx), store: rsvpStoreOf(tx, inviteLink) })),
  };
}
