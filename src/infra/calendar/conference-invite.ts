import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { AMSTERDAM, amsterdamCalendarTimezone } from './vtimezone.ts';
import { zonedDateTime } from './zoned-stub.ts';

export type InviteAttendee = {
  name: string;
  /**
   * Without an e-mail address the person gets no ATTENDEE line; callers that want everyone listed pass an
   * address that cannot receive mail (see calendar-routes.ts).
   */
  email?: string | null;
  required: boolean;
  /**
   * Their answer so far (PARTSTAT). Without one, or while pending, the attendee gets PARTSTAT=NEEDS-ACTION
   * and RSVP=TRUE (an answer is expected); once answered RSVP=FALSE.
   */
  response?: 'pending' | 'accepted' | 'declined' | 'tentative';
};

const PARTSTAT = {
  pending: ICalAttendeeStatus.NEEDSACTION,
  accepted: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
  tentative: ICalAttendeeStatus.TENTATIVE,
} as const;

export type ConferenceInviteInput = {
  /** Stable per conference: every update and the cancellation reuse it, so calendars replace the event. */
  uid: string;
  /** Raise on every change sent to attendees (RFC 5546). */
  sequence: number;
  start: Date;
  end: Date;
  timeZone: typeof AMSTERDAM;
  /** Pseudonymous only, e.g. 'Casusoverleg HH-2041' — never names or care details. */
  summary: string;
  location: string;
  /** Household reference and a 'casus' link text; no care data. */
  description: string;
  organizer: { name: string; email: string };
  attendees: readonly InviteAttendee[];
  method: 'REQUEST' | 'CANCEL';
  /** STATUS:TENTATIVE instead of CONFIRMED for a REQUEST, e.g. while the conference is postponed. */
  tentative?: boolean;
  /** DTSTAMP; defaults to now. */
  stamp?: Date;
};

/**
 * An iTIP (RFC 5546) invitation or cancellation for one case conference, as a text/calendar body.
 * Times are written as DTSTART;TZID=Europe/Amsterdam with a VTIMEZONE, so clients show 09:00 also
 * across DST changes. People without an e-mail address are left out of the ATTENDEE lines.
 */
export function conferenceInviteIcs(input: ConferenceInviteInput): string {
  if (input.timeZone !== AMSTERDAM) throw new Error(`unsupported time zone ${String(input.timeZone)}`);
  if (!(input.end.getTime() > input.start.getTime())) throw new Error('conference must end after it starts');
  const calendar = ical({
    prodId: { company: 'casus', product: 'casusoverleg', language: 'NL' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: amsterdamCalendarTimezone,
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp ?? new Date(),
    timezone: AMSTERDAM,
    start: zonedDateTime(input.start.getTime(), AMSTERDAM),
    end: zonedDateTime(input.end.getTime(), AMSTERDAM),
    summary: input.summary,
    location: input.location,
    description: input.description,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    status:
      input.method === 'CANCEL'
        ? ICalEventStatus.CANCELLED
        : input.tentative
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
    attendees: input.attendees.flatMap((a) =>
      a.email
        ? [
            {
              name: a.name,
              email: a.email,
              role: a.required ? ICalAttendeeRole.REQ : ICalAttendeeRole.OPT,
              rsvp: (a.response ?? 'pending') === 'pending',
              status: PARTSTAT[a.response ?? 'pending'],
            },
          ]
        : [],
    ),
  });
  return calendar.toString();
}
