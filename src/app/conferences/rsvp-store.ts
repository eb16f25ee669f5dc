import type { Answer } from '../../domain/conferences/rsvp-rule.ts';
import type { Locale } from '../../domain/locale.ts';
import type { AccessChannel } from '../ports/access-log.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';
import type { ConferenceSnapshot } from './conference-snapshot.ts';
import type { InvitationDetails } from './conference-views.ts';

export type RsvpAnswer = Answer;

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

/** Answers to invitations, as the conference feature asks for them (app/conferences/answer-invitation.ts). */
export interface InvitationAnswers {
  answer(input: {
    conferenceId: string;
    professionalId: string;
    answer: RsvpAnswer;
    now: Date;
    /** Through which channel the answer came, for the access log. */
    channel?: AccessChannel;
  }): Promise<RsvpOutcome>;
}

/** Storage of answers, bound to one transaction (see RsvpUnitOfWork). No rule lives behind it. */
export interface RsvpStore {
  conference(conferenceId: string): Promise<ConferenceSnapshot | undefined>;
  /** The person's own link to the conference's .ics (issued when they have no feed token yet). */
  inviteLink(professionalId: string, icsUid: string): Promise<string>;
  /**
   * Records the answer only if the stored one is still `previous`: of two presses at once the second waits for
   * the first's row lock, finds the answer changed and writes nothing. True when this call wrote it.
   */
  recordAnswer(input: {
    conferenceId: string;
    professionalId: string;
    previous: string;
    answer: RsvpAnswer;
    now: Date;
  }): Promise<boolean>;
  /** The active ones among these people, sorted by name. */
  activePeople(ids: readonly string[]): Promise<{ id: string; name: string; locale?: Locale }[]>;
}

/** One transaction with the answer's store and the ports: the answer, its log rows and notices commit together. */
export interface RsvpUnitOfWork {
  run<T>(work: (ports: WorkPorts & { store: RsvpStore }) => Promise<T>): Promise<T>;
}
