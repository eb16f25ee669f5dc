import type { StatsConference, StatsEvent } from '../../domain/conferences/protection-stats.ts';
import type { ConferenceLocation } from '../ports/planning-store.ts';

/** One attendee of a conference as `casus conference` shows it: people by roster key, disciplines by code. */
export interface LedgerAttendee {
  key: string;
  name: string;
  role: 'required' | 'optional';
  discipline: string | null;
  rsvp: 'pending' | 'accepted' | 'declined' | 'tentative';
  /** The key of the attendee this one stands in for, when a deputy. */
  deputyFor: string | null;
  /** Why they declined, as recorded (a reason code or their own words). */
  declineReason: string | null;
}

/** One ledger event (ConferenceEvent): who it is about, and who did it, by roster key. */
export interface LedgerEntry {
  kind: StatsEvent['kind'];
  at: Date;
  /** Whom it is about (who declined, the deputy, the author of written input); null when nobody in particular. */
  who: string | null;
  /** Who did it; null for casus itself (a timed check) or the operator. */
  by: string | null;
  discipline: string | null;
  reason: string | null;
  leadMinutes: number;
  delayDays: number | null;
}

export interface LedgerConference {
  id: string;
  startsAt: Date;
  endsAt: Date;
  /** The first agreed start; null when it was never moved. */
  plannedStartsAt: Date | null;
  status: StatsConference['status'];
  kind: 'regular' | 'follow_up' | 'consolidation';
  location: ConferenceLocation;
  shortened: boolean;
  /** Sorted by name. */
  attendees: LedgerAttendee[];
  /** Oldest first. */
  events: LedgerEntry[];
}

/**
 * Reads the protection ledger (ConferenceEvent) with the conferences it is about. Storage only; the figures
 * are domain/conferences/protection-stats.ts. Household data is read by an id the household door granted.
 */
export interface ConferenceLedgerReader {
  /**
   * The conferences of a team (every team when teamId is undefined) whose first agreed start lies in
   * [from, to], proposals included (the rule leaves them out), and their events.
   */
  teamLedger(
    teamId: string | undefined,
    window: { from: Date; to: Date },
  ): Promise<{ conferences: StatsConference[]; events: StatsEvent[] }>;
  /** Every conference of the household, in no particular order. */
  householdConferences(householdId: string): Promise<LedgerConference[]>;
}
