import type { LedgerEventKind } from '../conferences/protection-stats.ts';
import type { Rsvp } from '../conferences/rescue-policy.ts';
import type { HelperLimits } from '../expertise/too-many-helpers.ts';

/**
 * The plain rows a weekly digest is built from (read by src/infra/db/repositories/digest-repository.ts in a fixed
 * number of queries). Households appear by reference only; an action's description travels for the personal
 * digest (a direct message) and never reaches a team section.
 */

export interface DigestPerson {
  id: string;
  /** Professional.externalKey. */
  key: string;
  name: string;
}

export interface DigestAttendee {
  professionalId: string;
  role: 'required' | 'optional';
  discipline: string | null;
  rsvp: Rsvp;
}

export interface DigestConferenceRow {
  id: string;
  status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  startsAt: Date;
  plannedStartsAt: Date | null;
  cancelReason: string | null;
  references: string[];
  attendees: DigestAttendee[];
  chairId: string | null;
  minuteTakerId: string | null;
}

export interface DigestEventRow {
  conferenceId: string;
  kind: LedgerEventKind;
  reason: string | null;
  delayDays: number | null;
  at: Date;
}

export interface DigestActionRow {
  id: string;
  reference: string;
  ownerId: string;
  /** 'YYYY-MM-DD'. */
  dueOn: string;
  status: 'open' | 'blocked' | 'done' | 'cancelled';
  /** 'YYYY-MM-DD' or null. */
  blockedSince: string | null;
  snoozedUntil: string | null;
  doneAt: Date | null;
  doneById: string | null;
  description: string;
}

export interface DigestHouseholdRow {
  reference: string;
  createdAt: Date;
  planClosed: boolean;
  hasCoordinator: boolean;
  helpers: number;
  /** The start of its latest conference that was not cancelled or only proposed, up to the end of this week. */
  lastConferenceAt: Date | null;
}

export interface DigestSettings {
  helperLimits: HelperLimits;
  blockedEscalationWorkingDays: number;
}

export interface DigestInput {
  now: Date;
  zone: string;
  /** Monday of the week, 'YYYY-MM-DD'. */
  weekOf: string;
  settings: DigestSettings;
  people: readonly DigestPerson[];
  /** Conferences planned or starting last week or this week (this week's shown, last week's counted). */
  conferences: readonly DigestConferenceRow[];
  events: readonly DigestEventRow[];
  /** Open and blocked actions due by the end of this week or blocked, and those done last week. */
  actions: readonly DigestActionRow[];
  households: readonly DigestHouseholdRow[];
}
