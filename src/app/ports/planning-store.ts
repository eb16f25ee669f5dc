import type { LifeDomain } from '../../domain/life-domains.ts';
import type { ContractBlock } from '../../domain/slots/find-slots.ts';
import type { TeamSettings } from '../settings/team-settings.ts';
import type { AccessChannel } from './access-log.ts';

/** Everything the planning use case needs about one household and the people who could come. */
export interface PlanningHousehold {
  id: string;
  reference: string;
  teamId: string;
  hasChildren: boolean;
  coordinatorId: string | undefined;
  /** The latest ZRM score per domain. */
  scores: Partial<Record<LifeDomain, number>>;
  involvedIds: string[];
  /**
   * Every consent the household recorded, withdrawn and ended ones included: whether it holds is decided on
   * the day of planning (domain/consent/consent-state.ts), so consent that ended yesterday counts as gone.
   */
  consents: PlanningConsent[];
  /** It had a conference before (not cancelled), so the next one is a follow-up. */
  hadConference: boolean;
  /** Its conferences that were not cancelled, the latest first. */
  conferences: HouseholdConference[];
  /** When its plan was closed: no follow-ups are proposed or booked until it is reopened. */
  planClosedAt: Date | null;
}

export type ConferenceStatus = 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';

/** One of the household's conferences, in epoch minutes. */
export interface HouseholdConference extends BookedConference {
  status: ConferenceStatus;
}

export interface PlanningConsent {
  organisationId: string;
  organisationName: string;
  /** 'YYYY-MM-DD' */
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
}

export interface PlanningCandidate {
  id: string;
  /** The roster key (as in the import), what administrators know people by. */
  key: string;
  name: string;
  organisationId: string;
  disciplines: string[];
  contractHours: number;
  contract: ContractBlock[];
  /** Absences and conferences in the window, as [start, end) epoch minutes. */
  busy: [number, number][];
  /** Conferences in the window, for spreading load. */
  conferenceCount: number;
  /** A published busy calendar (ICS URL or file), read when searching slots; undefined when none. */
  busyCalendarUrl?: string;
}

export type ConferenceLocation = 'home' | 'office' | 'online';
export type ConferenceKind = 'regular' | 'follow_up' | 'consolidation';

/** A conference already booked for a household (status scheduled). */
export interface BookedConference {
  id: string;
  icsUid: string;
  start: number;
  end: number;
  location: ConferenceLocation;
  kind: ConferenceKind;
}

/** A discipline's name in both languages (Discipline.nameNl / nameEn). */
export interface DisciplineName {
  nl: string;
  en: string;
}

/** What planning reads; the same reads run inside a booking transaction. */
export interface PlanningReader {
  /** The household by its reference; several teams may use one reference, so all matches come back. */
  findHouseholds(reference: string): Promise<PlanningHousehold[]>;
  householdById(id: string): Promise<PlanningHousehold | undefined>;
  /** The active members of the team, with what they bring and when they are busy in the window. */
  candidates(
    teamId: string,
    window: { from: Date; to: Date },
    /** except: a conference being moved, whose own time does not make its attendees busy. */
    options?: { except?: string },
  ): Promise<PlanningCandidate[]>;
  /** The teams the professional is a member of (empty for an unknown or inactive professional). */
  teamIdsOf(professionalId: string): Promise<string[]>;
  /** The team id of a slug, for the CLI's --team. */
  teamIdBySlug(slug: string): Promise<string | undefined>;
  /** A professional by roster key, for the CLI's --as. */
  professionalIdByKey(key: string): Promise<string | undefined>;
  /** Dutch and English names of every discipline, by code. */
  disciplineNames(): Promise<Map<string, DisciplineName>>;
  settings(teamId: string): Promise<TeamSettings>;
  /** The household's scheduled conference starting at exactly this minute, if any. */
  scheduledConferenceAt(householdId: string, start: number): Promise<BookedConference | undefined>;
}

export interface PlanningStore extends PlanningReader {}

export interface NewConference {
  teamId: string;
  householdId: string;
  start: number;
  end: number;
  location: ConferenceLocation;
  kind: ConferenceKind;
  organizerId: string;
  residentInvited: boolean;
  networkInvited: boolean;
  attendees: { professionalId: string; role: 'required' | 'optional'; disciplineCode: string | null }[];
  /** When the booking happened (access log). */
  at: Date;
  /** Through which channel it was booked, and the chat request: for the access log. */
  channel?: AccessChannel;
  requestKey?: string;
}

/** A scheduled conference moved to another time: same UID, a higher SEQUENCE, everyone asked again. */
export interface ConferenceMove {
  conferenceId: string;
  householdId: string;
  teamId: string;
  start: number;
  end: number;
  location: ConferenceLocation;
  /** Who is invited at the new time; people already invited stay invited. */
  attendees: NewConference['attendees'];
  actorId: string;
  at: Date;
  channel?: AccessChannel;
  requestKey?: string;
}

/** One booking, inside one transaction that serialises bookings (no two can take the same person's time). */
export interface BookingTransaction extends PlanningReader {
  /** Writes the conference, its household, attendances and an audit event; returns its ids. */
  createConference(conference: NewConference): Promise<{ id: string; icsUid: string }>;
  /**
   * Moves a scheduled conference of the household (new times, answers back to pending, SEQUENCE and version
   * up, an audit event); undefined when it is no longer scheduled for this household.
   */
  moveConference(move: ConferenceMove): Promise<{ id: string; icsUid: string } | undefined>;
  /**
   * Queues the invitations (DMs with .ics, announcement, follow-up) in the same transaction; `now` decides
   * whose consent still holds.
   */
  queueInvitations(conferenceId: string, now: Date): Promise<{ invitations: number }>;
}

export interface BookingStore {
  transaction<T>(work: (tx: BookingTransaction) => Promise<T>): Promise<T>;
}

/** Busy times from professionals' published calendars (src/infra/calendar/published-busy.ts). */
export type PublishedBusyReader = (
  sources: readonly { professionalId: string; url: string }[],
  window: { from: Date; to: Date },
) => Promise<{ busy: Map<string, [number, number][]>; unreadable: string[] }>;
