import type { BookedConference, MinutedHousehold } from '../../domain/conferences/carry-over.ts';
import type { ConsentDates } from '../../domain/consent/consent-state.ts';
import type { Locale } from '../../domain/locale.ts';
import type { ConferenceLocation } from '../ports/planning-store.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';

/** One conference as its agenda reads it. */
export interface AgendaConference {
  id: string;
  teamId: string;
  status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  location: ConferenceLocation;
  /** Set by hand or taken from the team's rotations when the agenda is made; null until then. */
  chairId: string | null;
  minuteTakerId: string | null;
  /** Sorted by reference. */
  households: {
    id: string;
    reference: string;
    coordinatorId: string | null;
    consents: (ConsentDates & { organisationId: string })[];
  }[];
  /** Sorted by name. */
  attendees: {
    id: string;
    name: string;
    organisationId: string;
    locale?: Locale;
    rsvp: 'pending' | 'accepted' | 'declined' | 'tentative';
  }[];
}

/** An open (or blocked) action of a household. Its text is care data: for the case team only. */
export interface AgendaAction {
  description: string;
  ownerName: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  status: 'open' | 'blocked';
}

export interface AgendaDecision {
  text: string;
  /** When it was recorded. */
  at: Date;
}

export interface AgendaWrittenInput {
  authorId: string;
  authorName: string;
  text: string;
}

/** What the agenda reads, on one transaction (the rule of carry-over: domain/conferences/carry-over.ts). */
export interface AgendaStore {
  conference(conferenceId: string): Promise<AgendaConference | undefined>;
  /** Open and blocked actions (by due date), and the latest `decisions` decisions (newest first), per household. */
  householdFacts(
    householdIds: readonly string[],
    decisions: number,
  ): Promise<Map<string, { actions: AgendaAction[]; decisions: AgendaDecision[] }>>;
  /** Written input received for this conference, by author's name. */
  writtenInput(conferenceId: string): Promise<AgendaWrittenInput[]>;
  /**
   * Every household of the team's conferences with minutes recorded that started before `before` (not
   * cancelled), with whether a decision or action was recorded for it there. Households whose plan is closed
   * are left out: they carry nothing over.
   */
  minutedHouseholds(teamId: string, before: Date): Promise<MinutedHousehold[]>;
  /** Booked conferences (scheduled, held or postponed) of these households that start after `after`. */
  bookedConferences(householdIds: readonly string[], after: Date): Promise<BookedConference[]>;
  /**
   * Who holds the team's chair and minute-taker rotations on the conference's local date (src/app/rotations/),
   * null where the team has no such rotation.
   */
  dutyHolders(teamId: string, date: string): Promise<{ chair: string | null; minuteTaker: string | null }>;
  /** Records the conference's chair and minute-taker. */
  setDuties(
    conferenceId: string,
    duties: { chairId: string | null; minuteTakerId: string | null },
  ): Promise<void>;
}

export interface AgendaUnitOfWork {
  run<T>(work: (ports: WorkPorts & { store: AgendaStore }) => Promise<T>): Promise<T>;
}
