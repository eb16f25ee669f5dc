import type { AccessChannel } from '../ports/access-log.ts';
import type { InvitationDetails } from './conference-views.ts';

export type RsvpAnswer = 'accepted' | 'declined';

export type RsvpOutcome =
  /** The conference does not exist or the person is not among its attendees (the two look the same). */
  | { kind: 'not-invited' }
  | { kind: 'cancelled' }
  | { kind: 'postponed' }
  | { kind: 'past'; startsAt: Date; endsAt: Date }
  | {
      kind: 'answered';
      /** False when the person gave this same answer before: nothing was written. */
      changed: boolean;
      /** The invitation as it stands after the answer. */
      invitation: InvitationDetails;
      /** Names of the people told about a decline (organiser, coordinator), for the answer. */
      told: readonly string[];
    };

/**
 * Records answers to invitations. One call is one transaction: the attendance, the audit event and, on a
 * decline, the message to the organiser and coordinator commit together.
 */
export interface RsvpStore {
  answer(input: {
    conferenceId: string;
    professionalId: string;
    answer: RsvpAnswer;
    now: Date;
    /** Through which channel the answer came, for the access log. */
    channel?: AccessChannel;
  }): Promise<RsvpOutcome>;
}
