import type { CancelReason, Rsvp } from '../../domain/conferences/rescue-policy.ts';
import type { Locale } from '../../domain/locale.ts';
import type { ConferenceLocation, DisciplineName, PlanningCandidate } from '../ports/planning-store.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';
import type { ProtectionSettings } from '../settings/team-settings.ts';

export interface GuardedAttendee {
  id: string;
  key: string;
  name: string;
  organisationId: string;
  locale?: Locale;
  role: 'required' | 'optional';
  discipline: string | null;
  disciplineName?: DisciplineName;
  rsvp: Rsvp;
  /** The attendee this one stands in for, when a deputy. */
  deputyForId: string | null;
}

/** One conference as the protection use cases read it, under a row lock (see ProtectionStore.lock). */
export interface GuardedConference {
  id: string;
  teamId: string;
  status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  /** The first agreed start; equal to startsAt until it is postponed. */
  plannedStartsAt: Date;
  location: ConferenceLocation;
  shortened: boolean;
  version: number;
  organizerId: string | null;
  households: {
    id: string;
    reference: string;
    coordinatorId: string | null;
    /** Organisations whose consent holds on the request's day. */
    consentedOrganisations: string[];
  }[];
  /** Sorted by name. */
  attendees: GuardedAttendee[];
}

export type ConferenceEventKind =
  | 'declined'
  | 'covered'
  | 'rescue_started'
  | 'deputy_added'
  | 'written_input'
  | 'shortened'
  | 'made_online'
  | 'postponed'
  | 'cancelled'
  | 'frozen';

export interface NewConferenceEvent {
  conferenceId: string;
  kind: ConferenceEventKind;
  actorId: string | null;
  professionalId?: string | null;
  disciplineCode?: string | null;
  reason?: string | null;
  leadMinutes: number;
  delayDays?: number | null;
  at: Date;
}

export interface ConferenceChange {
  location?: ConferenceLocation;
  shortened?: boolean;
  startsAt?: Date;
  endsAt?: Date;
  plannedStartsAt?: Date;
  status?: 'scheduled' | 'cancelled';
  cancelReason?: CancelReason;
  cancelledById?: string;
}

/** Storage of the protection use cases on one transaction; the rules are in domain/conferences/rescue-policy.ts. */
export interface ProtectionStore {
  /**
   * Locks the conference's row until the transaction ends (SELECT … FOR UPDATE) and reads it: two declines, or
   * a decline during a rescue, take their turn, so each sees what the other did.
   */
  lock(conferenceId: string, now: Date): Promise<GuardedConference | undefined>;
  /** The household's next conference that has not started (scheduled), by reference, within the person's teams. */
  nextConferenceOf(reference: string, professionalId: string | null, now: Date): Promise<string | undefined>;
  setAnswer(input: {
    conferenceId: string;
    professionalId: string;
    rsvp: Rsvp;
    reason?: string | null;
    now: Date;
  }): Promise<void>;
  /** Sets the reason on the declined answer and on the person's latest decline in the ledger. */
  setDeclineReason(input: { conferenceId: string; professionalId: string; reason: string }): Promise<void>;
  addDeputy(input: {
    conferenceId: string;
    deputyId: string;
    forId: string;
    discipline: string;
  }): Promise<void>;
  /** Applies the change, raises the version and the invitation's SEQUENCE. */
  change(conferenceId: string, change: ConferenceChange): Promise<void>;
  /** Every attendee's answer back to pending (a new time needs a new answer), except the given ones. */
  resetAnswers(conferenceId: string, keep: readonly string[]): Promise<void>;
  recordEvent(event: NewConferenceEvent): Promise<void>;
  /** Saves (or replaces) the person's written input; false when they are not an attendee. */
  saveWrittenInput(input: { conferenceId: string; professionalId: string; text: string }): Promise<void>;
  /** Team members with their availability in the window, as planning reads them. */
  candidates(teamId: string, window: { from: Date; to: Date }): Promise<PlanningCandidate[]>;
  /** The deputy named on the person's absence at that moment, if any. */
  registeredDeputy(professionalId: string, at: Date): Promise<string | null>;
  coachIds(teamId: string): Promise<string[]>;
  settings(teamId: string): Promise<{ protection: ProtectionSettings; conferenceMinutes: number }>;
  /** Invitations (new or changed, by SEQUENCE) to everyone invited, in this transaction. */
  queueInvitations(conferenceId: string, now: Date): Promise<void>;
  closePlan(householdId: string, now: Date): Promise<void>;
  /** Names and locales of these people (active ones), for notices. */
  people(ids: readonly string[]): Promise<{ id: string; name: string; locale?: Locale }[]>;
}

export interface ProtectionUnitOfWork {
  run<T>(work: (ports: WorkPorts & { store: ProtectionStore }) => Promise<T>): Promise<T>;
}
