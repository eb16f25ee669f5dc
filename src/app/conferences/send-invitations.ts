import { type InviteeFilter, whoIsInvited } from '../../domain/conferences/invitees.ts';
import { consentAllowsAttendance } from '../../domain/consent/consent-state.ts';
import type { Locale } from '../../domain/locale.ts';
import { localDateOf } from '../../domain/slots/zone-offsets.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';
import { scheduleQuorumCheck } from '../protection/check-quorum.ts';
import { scheduleAgenda } from '../protection/conference-agenda.ts';
import { invitationDetails, referencesOf, type SnapshotAttendee } from './conference-snapshot.ts';
import { announcementView, invitationView } from './conference-views.ts';
import type { InvitationStore } from './invitation-store.ts';
import { followUpKey, scheduleFollowUp } from './remind-follow-up.ts';

export interface SendInvitationsInput {
  conferenceId: string;
  /** For people without a locale of their own, and for the channel announcement. */
  defaultLocale: Locale;
  /** The zone times are shown in (Config.scheduling.timeZone). */
  timeZone: string;
  /** When it is sent: whose consent still holds is decided on this day in `timeZone`. */
  now: Date;
}

export interface SentInvitations {
  /** People invited: attendees reachable on at least one platform. */
  invitations: number;
  /** Attendees with no chat identity at all, who got no direct message (professional ids). */
  unreachable: string[];
  /** Attendees whose organisation's consent for a household ended or was withdrawn: not invited (ids). */
  leftOut: string[];
}

/**
 * Everything a booked (or changed) conference sends, through the ports of the booking's own unit of work so it
 * all commits or rolls back with the booking:
 *
 * - to each invitee (domain/conferences/invitees.ts) whose organisation may still take part (consent), on every platform they use, the invitation in their
 *   language with their own .ics link and Accept / Decline;
 * - to each of the team's channels, an announcement naming the household by its reference only;
 * - the follow-up check (remind-follow-up.ts), `followUpWeeks` after the start.
 *
 * Keys carry the conference's icsSequence, so a changed conference (sequence raised) sends again, and sending
 * twice for the same sequence queues nothing new.
 */
export async function sendInvitations(
  ports: Pick<WorkPorts, 'outbox' | 'scheduler'> & { store: InvitationStore },
  input: SendInvitationsInput,
): Promise<SentInvitations> {
  const { store, outbox, scheduler } = ports;
  const { conferenceId, defaultLocale, timeZone } = input;
  const snapshot = await store.conference(conferenceId);
  if (!snapshot) throw new Error(`No case conference ${conferenceId}`);
  // A cancelled conference sends nothing at all: no invitation, announcement or check.
  if (snapshot.status === 'cancelled') return { invitations: 0, unreachable: [], leftOut: [] };
  // Expired or withdrawn consent takes its organisation out of new invitations at once (as of assembly).
  const today = localDateOf(Math.floor(input.now.getTime() / 60_000), timeZone);
  const consentHolds: InviteeFilter<SnapshotAttendee> = (attendee) =>
    consentAllowsAttendance(attendee, snapshot.households, today);
  const { invited, unreachable, leftOut } = whoIsInvited(snapshot, snapshot.attendees, consentHolds);
  const sequence = snapshot.icsSequence;

  for (const attendee of invited) {
    const url = await store.inviteLink(attendee.professionalId, snapshot.icsUid);
    // The invitation as first sent: an answer given before a change does not carry over to the new time.
    const details = { ...invitationDetails(snapshot, attendee, url), rsvp: 'pending' as const };
    await outbox.toPerson({
      professionalId: attendee.professionalId,
      view: invitationView(details, { locale: attendee.locale ?? defaultLocale, timeZone }),
      idempotencyKey: `invite:${conferenceId}:${sequence}:${attendee.professionalId}`,
    });
  }

  const channels = await store.teamChannels(snapshot.teamId);
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
      await outbox.toConversation({
        platform: channel.platform,
        target: `channel:${channel.id}`,
        view: announcement,
        idempotencyKey: `announce:${conferenceId}:${sequence}:${channel.id}`,
      });
    }
  }

  // Every booked conference schedules its own follow-up check; booking the follow-up sends this again and so
  // schedules the next check, and a closed plan ends the chain. One check per conference: a changed
  // conference moves its check while it still waits (one that already ran stays done).
  const weeks = await store.followUpWeeks(snapshot.teamId);
  if (sequence > 0) await scheduler.cancel(followUpKey(conferenceId));
  await scheduleFollowUp(scheduler, snapshot, weeks);
  // Two working days and two hours before: is every required discipline confirmed? One working day before:
  // the agenda to the attendees. Both per start time (docs/protection.md).
  if (snapshot.status === 'scheduled') {
    await scheduleQuorumCheck(scheduler, snapshot, timeZone);
    await scheduleAgenda(scheduler, snapshot, timeZone);
  }

  return {
    invitations: invited.length,
    unreachable: unreachable.map((a) => a.professionalId),
    leftOut: leftOut.map((a) => a.professionalId),
  };
}
