import type { InvitationStore } from '../../app/conferences/invitation-store.ts';
import { type SentInvitations, sendInvitations } from '../../app/conferences/send-invitations.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { loadTeamSettings } from '../db/repositories/team-settings-repository.ts';
import { workPortsOf } from '../work/prisma-unit-of-work.ts';
import { loadConferenceSnapshot } from './conference-snapshot.ts';
import { defaultInviteLink, type InviteLink } from './invite-link.ts';

export interface QueueInvitationsInput {
  conferenceId: string;
  /** Config.server.publicUrl: where the personal invitation links point. */
  publicUrl: string;
  /** For people without a locale of their own, and for the channel announcement. Default 'nl'. */
  defaultLocale?: Locale;
  /** The zone times are shown in (Config.scheduling.timeZone). Default Europe/Amsterdam. */
  timeZone?: string;
  /** Builds a person's invitation link; defaults to their feed-token link under `publicUrl`. */
  inviteLink?: InviteLink;
  /** When it is sent (the booking's time): consent is judged on this day. Default: the system clock. */
  now?: Date;
}

export type QueuedInvitations = SentInvitations;

/** The invitation store on the booking's transaction: storage only. */
export function invitationStoreOf(tx: Prisma.TransactionClient, inviteLink: InviteLink): InvitationStore {
  return {
    conference: (conferenceId) => loadConferenceSnapshot(tx, conferenceId),
    teamChannels: (teamId) =>
      tx.teamChannel.findMany({
        where: { teamId },
        select: { id: true, platform: true },
        orderBy: { createdAt: 'asc' },
      }),
    followUpWeeks: async (teamId) => (await loadTeamSettings(tx, teamId)).followUpWeeks,
    inviteLink: (professionalId, icsUid) => inviteLink(tx, professionalId, icsUid),
  };
}

/**
 * Sends a booked (or changed) conference's invitations, announcement and follow-up check in the caller's
 * transaction (the booking's): the ports of that transaction and the store on it, handed to the use case
 * app/conferences/send-invitations.ts, where the rules are.
 */
export function queueConferenceInvitations(
  tx: Prisma.TransactionClient,
  input: QueueInvitationsInput,
): Promise<QueuedInvitations> {
  const { outbox, scheduler } = workPortsOf(tx);
  const store = invitationStoreOf(tx, input.inviteLink ?? defaultInviteLink(input.publicUrl));
  return sendInvitations(
    { outbox, scheduler, store },
    {
      conferenceId: input.conferenceId,
      defaultLocale: input.defaultLocale ?? 'nl',
      timeZone: input.timeZone ?? 'Europe/Amsterdam',
      now: input.now ?? new Date(),
    },
  );
}
