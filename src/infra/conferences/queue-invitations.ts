import { announcementView, invitationView } from '../../app/conferences/conference-views.ts';
import { scheduleFollowUp } from '../../app/conferences/remind-follow-up.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { loadTeamSettings } from '../db/repositories/team-settings-repository.ts';
import { queueMessage } from '../outbox/queue-message.ts';
import { transactionScheduler } from '../work/transaction-scheduler.ts';
import { invitationDetails, loadConferenceSnapshot, referencesOf } from './conference-snapshot.ts';
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
}

export interface QueuedInvitations {
  /** People invited: attendees reachable on at least one platform. */
  invitations: number;
  /** Attendees with no chat identity at all, who got no direct message (professional ids). */
  unreachable: string[];
}

/**
 * Queues everything a booked (or changed) conference sends, in the caller's transaction, so it all commits
 * or rolls back with the booking:
 *
 * - to each attendee, on every platform they have an identity on, a direct message with the invitation
 *   in their language, their own .ics link and Accept / Decline;
 * - to each of the team's channels, an announcement naming the household by its reference only;
 * - the `conference.follow-up` job, due `followUpWeeks` after the start.
 *
 * Keys carry the conference's icsSequence, so a changed conference (sequence raised) sends again, and
 * calling this twice for the same sequence queues nothing new. A cancelled conference sends nothing.
 */
export async function queueConferenceInvitations(
  tx: Prisma.TransactionClient,
  input: QueueInvitationsInput,
): Promise<QueuedInvitations> {
  const { conferenceId, defaultLocale = 'nl', timeZone = 'Europe/Amsterdam' } = input;
  const inviteLink = input.inviteLink ?? defaultInviteLink(input.publicUrl);
  const snapshot = await loadConferenceSnapshot(tx, conferenceId);
  if (!snapshot) throw new Error(`No case conference ${conferenceId}`);
  if (snapshot.status === 'cancelled') return { invitations: 0, unreachable: [] };
  const sequence = snapshot.icsSequence;

  let invitations = 0;
  const unreachable: string[] = [];
  for (const attendee of snapshot.attendees) {
    if (attendee.platforms.length === 0) {
      unreachable.push(attendee.professionalId);
      continue;
    }
    const url = await inviteLink(tx, attendee.professionalId, snapshot.icsUid);
    // The invitation as first sent: an answer given before a change does not carry over to the new time.
    const details = { ...invitationDetails(snapshot, attendee, url), rsvp: 'pending' as const };
    const view = invitationView(details, { locale: attendee.locale ?? defaultLocale, timeZone });
    for (const platform of attendee.platforms) {
      await queueMessage(tx, {
        idempotencyKey: `invite:${conferenceId}:${sequence}:${attendee.professionalId}:${platform}`,
        platform,
        target: `user:${attendee.professionalId}`,
        view,
      });
    }
    invitations += 1;
  }

  const channels = await tx.teamChannel.findMany({
    where: { teamId: snapshot.teamId },
    select: { id: true, platform: true },
    orderBy: { createdAt: 'asc' },
  });
  if (channels.length > 0) {
    const announcement = announcementView(
      {
        references: referencesOf(snapshot),
        startsAt: snapshot.startsAt,
        endsAt: snapshot.endsAt,
        location: snapshot.location,
      },
      { locale: defaultLocale, timeZone },
    );
    for (const channel of channels) {
      await queueMessage(tx, {
        idempotencyKey: `announce:${conferenceId}:${sequence}:${channel.id}`,
        platform: channel.platform,
        target: `channel:${channel.id}`,
        view: announcement,
      });
    }
  }

  // The follow-up rhythm: every booked conference schedules its own follow-up check. The check reminds the
  // coordinator only while the plan is open and nothing later is planned; booking that follow-up calls this
  // again and so schedules the next check. Closing the plan therefore ends the chain.
  // One job per conference (the key has no sequence): moving a conference later does not move its check,
  // which is harmless because the check looks at the situation when it runs.
  const { followUpWeeks } = await loadTeamSettings(tx, snapshot.teamId);
  await scheduleFollowUp(
    transactionScheduler(tx),
    { id: conferenceId, startsAt: snapshot.startsAt },
    followUpWeeks,
  );

  return { invitations, unreachable };
}
