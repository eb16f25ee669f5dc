import type { ConsentDates } from '../../domain/consent/consent-state.ts';
import type { Locale } from '../../domain/locale.ts';
import type { MessagePlatform } from '../ports/messenger.ts';
import type { ConferenceLocation, DisciplineName } from '../ports/planning-store.ts';
import type { InvitationDetails, RsvpState } from './conference-views.ts';

export interface SnapshotAttendee {
  professionalId: string;
  name: string;
  /** Their organisation: its consent for the households decides whether they are invited. */
  organisationId: string;
  /** Professional.locale when it is one casus speaks. */
  locale?: Locale;
  role: 'required' | 'optional';
  discipline?: DisciplineName;
  rsvp: RsvpState;
  /** Every platform the person has an identity on, sorted: where a direct message reaches them. */
  platforms: MessagePlatform[];
}

export interface SnapshotHousehold {
  id: string;
  reference: string;
  coordinatorId: string | null;
  planClosedAt: Date | null;
  /** Its consents, dates as YYYY-MM-DD: who may still be invited (domain/consent/consent-state.ts). */
  consents: (ConsentDates & { organisationId: string })[];
}

/** One conference with what invitations, answers and follow-ups need, read in one go. */
export interface ConferenceSnapshot {
  id: string;
  teamId: string;
  startsAt: Date;
  endsAt: Date;
  location: ConferenceLocation;
  status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  icsUid: string;
  icsSequence: number;
  organizerId: string | null;
  residentInvited: boolean;
  networkInvited: boolean;
  /** Sorted by reference. */
  households: SnapshotHousehold[];
  /** Sorted by name. */
  attendees: SnapshotAttendee[];
}

export const referencesOf = (snapshot: ConferenceSnapshot): string[] =>
  snapshot.households.map((h) => h.reference);

/** One attendee's invitation as their direct message shows it. */
export function invitationDetails(
  snapshot: ConferenceSnapshot,
  attendee: SnapshotAttendee,
  calendarUrl: string,
): InvitationDetails {
  return {
    conferenceId: snapshot.id,
    references: referencesOf(snapshot),
    startsAt: snapshot.startsAt,
    endsAt: snapshot.endsAt,
    location: snapshot.location,
    sequence: snapshot.icsSequence,
    role: attendee.role,
    coordinator: snapshot.households.some((h) => h.coordinatorId === attendee.professionalId),
    ...(attendee.discipline ? { discipline: attendee.discipline } : {}),
    others: snapshot.attendees
      .filter((a) => a.professionalId !== attendee.professionalId && a.rsvp !== 'declined')
      .map((a) => a.name),
    residentInvited: snapshot.residentInvited,
    networkInvited: snapshot.networkInvited,
    calendarUrl,
    rsvp: attendee.rsvp,
  };
}
