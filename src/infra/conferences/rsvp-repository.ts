import { declinedNoticeView } from '../../app/conferences/conference-views.ts';
import type { RsvpOutcome, RsvpStore } from '../../app/conferences/rsvp-store.ts';
import { isLocale, type Locale } from '../../domain/locale.ts';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { recordAccesses } from '../db/repositories/access-log-repository.ts';
import { queueMessage } from '../outbox/queue-message.ts';
import {
  type ConferenceSnapshot,
  invitationDetails,
  loadConferenceSnapshot,
  platformsOf,
  referencesOf,
  type SnapshotAttendee,
} from './conference-snapshot.ts';
import { defaultInviteLink, type InviteLink } from './invite-link.ts';

export interface RsvpStoreOptions {
  /** Config.server.publicUrl, for the invitation link in the answer. */
  publicUrl: string;
  inviteLink?: InviteLink;
  /** For people without a locale of their own. Default 'nl'. */
  defaultLocale?: Locale;
  /** The zone times are shown in. Default Europe/Amsterdam. */
  timeZone?: string;
}

export function createRsvpStore(prisma: PrismaClient, options: RsvpStoreOptions): RsvpStore {
  const inviteLink = options.inviteLink ?? defaultInviteLink(options.publicUrl);
  const defaultLocale = options.defaultLocale ?? 'nl';
  const timeZone = options.timeZone ?? 'Europe/Amsterdam';

  return {
    answer({ conferenceId, professionalId, answer, now, channel }) {
      return prisma.$transaction(async (tx): Promise<RsvpOutcome> => {
        const snapshot = await loadConferenceSnapshot(tx, conferenceId);
        const attendee = snapshot?.attendees.find((a) => a.professionalId === professionalId);
        // A conference that does not exist answers like one the person is not invited to: button payloads
        // are not trusted, and this way they cannot probe which conference ids exist.
        if (!snapshot || !attendee) return { kind: 'not-invited' };
        if (snapshot.status === 'cancelled') return { kind: 'cancelled' };
        if (snapshot.status === 'postponed') return { kind: 'postponed' };
        if (snapshot.status === 'held' || snapshot.startsAt.getTime() <= now.getTime())
          return { kind: 'past', startsAt: snapshot.startsAt, endsAt: snapshot.endsAt };

        const url = await inviteLink(tx, professionalId, snapshot.icsUid);
        const previous = attendee.rsvp;
        // Conditional on the answer we read: of two presses at once, the second waits for the first's row lock,
        // finds the answer already given and changes nothing (so the organiser is told once).
        const { count } =
          previous === answer
            ? { count: 0 }
            : await tx.attendance.updateMany({
                where: { conferenceId, professionalId, rsvp: previous },
                data: { rsvp: answer, respondedAt: now },
              });
        const answered = { ...attendee, rsvp: answer };
        if (count === 0) {
          return {
            kind: 'answered',
            changed: false,
            invitation: invitationDetails(snapshot, answered, url),
            told: [],
          };
        }

        // One entry per household of the conference, in this transaction; keys and states only.
        await recordAccesses(
          tx,
          snapshot.households.map((household) => ({
            at: now,
            actorId: professionalId,
            householdId: household.id,
            teamId: snapshot.teamId,
            reference: household.reference,
            kind: 'conference' as const,
            action: 'change' as const,
            channel: channel ?? 'tryout',
            outcome: 'ok' as const,
            subjectId: conferenceId,
            details: { rsvp: answer, previous },
          })),
        );
        const told = answer === 'declined' ? await tellOrganisers(tx, snapshot, answered, now) : [];
        return {
          kind: 'answered',
          changed: true,
          invitation: invitationDetails(snapshot, answered, url),
          told,
        };
      });
    },
  };

  /**
   * Tells the organiser and the households' coordinators (not the one declining) that someone cannot come,
   * in a direct message. Looking for a deputy, written input or another slot is the protection flow, its
   * own issue: once it exists it starts here, from the same decline.
   */
  async function tellOrganisers(
    tx: Prisma.TransactionClient,
    snapshot: ConferenceSnapshot,
    attendee: SnapshotAttendee,
    respondedAt: Date,
  ): Promise<string[]> {
    const ids = [snapshot.organizerId, ...snapshot.households.map((h) => h.coordinatorId)].filter(
      (id): id is string => !!id && id !== attendee.professionalId,
    );
    const recipients = await tx.professional.findMany({
      where: { id: { in: [...new Set(ids)] }, active: true },
      select: { id: true, name: true, locale: true },
      orderBy: { name: 'asc' },
    });
    const told: string[] = [];
    for (const recipient of recipients) {
      const locale = isLocale(recipient.locale) ? recipient.locale : defaultLocale;
      const view = declinedNoticeView(
        {
          name: attendee.name,
          references: referencesOf(snapshot),
          startsAt: snapshot.startsAt,
          endsAt: snapshot.endsAt,
          role: attendee.role,
          ...(attendee.discipline ? { discipline: attendee.discipline } : {}),
        },
        { locale, timeZone },
      );
      const platforms = await platformsOf(tx, recipient.id);
      for (const platform of platforms) {
        await queueMessage(tx, {
          idempotencyKey: `rsvp:${snapshot.id}:${attendee.professionalId}:declined:${respondedAt.getTime()}:${recipient.id}:${platform}`,
          platform,
          target: `user:${recipient.id}`,
          view,
        });
      }
      if (platforms.length > 0) told.push(recipient.name);
    }
    return told;
  }
}
