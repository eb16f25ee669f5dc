import { decideAnswer, toldOfDecline } from '../../domain/conferences/rsvp-rule.ts';
import type { Locale } from '../../domain/locale.ts';
import { invitationDetails, referencesOf } from './conference-snapshot.ts';
import { declinedNoticeView } from './conference-views.ts';
import type { InvitationAnswers, RsvpOutcome, RsvpUnitOfWork } from './rsvp-store.ts';

export interface AnswerInvitationDeps {
  work: RsvpUnitOfWork;
  /** For people without a locale of their own. */
  defaultLocale: Locale;
  /** The zone times are shown in. */
  timeZone: string;
}

/**
 * Accept or Decline on an invitation. In one unit of work: the rule (domain/conferences/rsvp-rule.ts) decides
 * what the answer may change; a change is recorded with one access-log entry per household of the conference,
 * and a decline tells the organiser and coordinators through the Outbox port. The notice's key carries the
 * answer's instant, so declining again after accepting tells them again, and a re-run of one answer once.
 */
export function answerInvitation(deps: AnswerInvitationDeps): InvitationAnswers {
  const { defaultLocale, timeZone } = deps;
  return {
    answer: ({ conferenceId, professionalId, answer, now, channel }) =>
      deps.work.run(async ({ store, outbox, accessLog }): Promise<RsvpOutcome> => {
        const snapshot = await store.conference(conferenceId);
        const attendee = snapshot?.attendees.find((a) => a.professionalId === professionalId);
        const decision = decideAnswer(
          { conference: snapshot && attendee ? snapshot : null, previous: attendee?.rsvp ?? 'pending' },
          answer,
          now,
        );
        if (decision.kind === 'not-invited' || !snapshot || !attendee) return { kind: 'not-invited' };
        if (decision.kind === 'cancelled' || decision.kind === 'postponed') return { kind: decision.kind };
        if (decision.kind === 'past')
          return { kind: 'past', startsAt: snapshot.startsAt, endsAt: snapshot.endsAt };

        const url = await store.inviteLink(professionalId, snapshot.icsUid);
        const answered = { ...attendee, rsvp: answer };
        const invitation = invitationDetails(snapshot, answered, url);
        const previous = attendee.rsvp;
        const changed =
          decision.kind === 'change' &&
          (await store.recordAnswer({ conferenceId, professionalId, previous, answer, now }));
        if (!changed) return { kind: 'answered', changed: false, invitation, told: [] };

        // One entry per household of the conference; keys and states only.
        for (const household of snapshot.households) {
          await accessLog.record({
            at: now,
            actorId: professionalId,
            householdId: household.id,
            teamId: snapshot.teamId,
            reference: household.reference,
            kind: 'conference',
            action: 'change',
            channel: channel ?? 'tryout',
            outcome: 'ok',
            subjectId: conferenceId,
            details: { rsvp: answer, previous },
          });
        }

        const told: string[] = [];
        if (decision.tellOthers) {
          const ids = toldOfDecline(
            snapshot.organizerId,
            snapshot.households.map((h) => h.coordinatorId),
            professionalId,
          );
          for (const recipient of await store.activePeople(ids)) {
            const view = declinedNoticeView(
              {
                name: attendee.name,
                references: referencesOf(snapshot),
                startsAt: snapshot.startsAt,
                endsAt: snapshot.endsAt,
                role: attendee.role,
                ...(attendee.discipline ? { discipline: attendee.discipline } : {}),
              },
              { locale: recipient.locale ?? defaultLocale, timeZone },
            );
            const queued = await outbox.toPerson({
              professionalId: recipient.id,
              view,
              idempotencyKey: `rsvp:${conferenceId}:${professionalId}:declined:${now.getTime()}:${recipient.id}`,
            });
            if (queued > 0) told.push(recipient.name);
          }
        }
        return { kind: 'answered', changed: true, invitation, told };
      }),
  };
}
