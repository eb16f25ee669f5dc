import { createView, text, type View } from '../../views/view-model.ts';
import type { Feature, UseCaseContext } from '../feature.ts';
import type { ConferenceProtection } from '../protection/protect-conference.ts';
import { afterDeclineBlocks } from '../protection/protection-feature.ts';
import { conferenceText as t } from './conference-text.ts';
import { invitationView, refusalView } from './conference-views.ts';
import type { InvitationAnswers, RsvpAnswer } from './rsvp-store.ts';

export interface ConferenceFeatureDeps {
  rsvp: InvitationAnswers;
  /** A decline starts the rescue (docs/protection.md); without it a decline is only recorded and told. */
  protection?: ConferenceProtection;
}

/**
 * Answers to invitations: the Accept / Decline buttons of the invitation's direct message. Only an attendee
 * of the conference may answer; answering again changes the answer, the same answer twice changes nothing
 * and says so. The answer is the invitation again, showing the answer and the button to change one's mind.
 */
export function conferenceFeature(deps: ConferenceFeatureDeps): Feature {
  const answer = async (conferenceId: string, rsvp: RsvpAnswer, context: UseCaseContext): Promise<View> => {
    const settings = { locale: context.locale, timeZone: context.timeZone };
    const professionalId = context.actor.professionalId;
    if (!professionalId) return refusalView('not-linked', settings);
    const outcome = await deps.rsvp.answer({
      conferenceId,
      professionalId,
      answer: rsvp,
      now: context.now,
      channel: context.actor.channel,
    });
    switch (outcome.kind) {
      case 'not-invited':
      case 'cancelled':
      case 'postponed':
        return refusalView(outcome.kind, settings);
      case 'past':
        return refusalView({ past: outcome }, settings);
      case 'answered': {
        const { locale } = context;
        const notice = !outcome.changed
          ? t(locale, rsvp === 'accepted' ? 'rsvp.already-accepted' : 'rsvp.already-declined')
          : rsvp === 'declined' && outcome.told.length > 0 && context.privateConversation
            ? t(locale, 'rsvp.declined-told', { names: outcome.told.join(', ') })
            : undefined;
        // The rescue's first step: the ledger, written input asked, and a deputy sought where a discipline is gone.
        const rescue =
          deps.protection && rsvp === 'declined' && outcome.changed
            ? await deps.protection.decline({
                conferenceId,
                professionalId,
                now: context.now,
                channel: context.actor.channel ?? 'tryout',
                alreadyRecorded: true,
              })
            : undefined;
        // The invitation names attendees and disciplines and carries the person's private calendar link:
        // it is only ever shown where the person alone sees it. Invitations go out as direct messages, so
        // this is a guard against a crafted press in a shared conversation.
        if (!context.privateConversation) {
          const short = notice ?? t(locale, rsvp === 'accepted' ? 'rsvp.accepted' : 'rsvp.declined');
          return createView(short, [text(short)]);
        }
        const invitation = invitationView(outcome.invitation, settings, notice);
        if (!rescue) return invitation;
        return createView(invitation.fallbackText, [
          ...invitation.blocks,
          ...afterDeclineBlocks(rescue, conferenceId, locale, context.timeZone),
        ]);
      }
    }
  };
  return {
    actions: {
      'conference.accept': ({ conferenceId }, context) => answer(conferenceId, 'accepted', context),
      'conference.decline': ({ conferenceId }, context) => answer(conferenceId, 'declined', context),
    },
  };
}
