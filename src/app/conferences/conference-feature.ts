import { createView, text, type View } from '../../views/view-model.ts';
import type { Feature, UseCaseContext } from '../feature.ts';
import { conferenceText as t } from './conference-text.ts';
import { invitationView, refusalView } from './conference-views.ts';
import type { InvitationAnswers, RsvpAnswer } from './rsvp-store.ts';

export interface ConferenceFeatureDeps {
  rsvp: InvitationAnswers;
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
        // The invitation names attendees and disciplines and carries the person's private calendar link:
        // it is only ever shown where the person alone sees it. Invitations go out as direct messages, so
        // this is a guard against a crafted press in a shared conversation.
        if (!context.privateConversation) {
          const short = notice ?? t(locale, rsvp === 'accepted' ? 'rsvp.accepted' : 'rsvp.declined');
          return createView(short, [text(short)]);
        }
        return invitationView(outcome.invitation, settings, notice);
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
