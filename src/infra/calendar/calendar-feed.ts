import { randomBytes } from 'node:crypto';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { AMSTERDAM, amsterdamCalendarTimezone } from './vtimezone.ts';
import { zonedDateTime } from './zoned-stub.ts';

export type FeedConference = {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  /** Pseudonymous only, e.g. 'Casusoverleg HH-2041'. */
  summary: string;
  location: string;
  /** scheduled → CONFIRMED, tentative (e.g. postponed) → TENTATIVE, cancelled → CANCELLED. */
  status: 'scheduled' | 'tentative' | 'cancelled';
  /** No care data: at most the reference and the reader's own role. */
  description?: string;
  /** TRANSP:TRANSPARENT, e.g. when the reader declined: shown, but not as busy. */
  free?: boolean;
};

/** A rotation turn (chair, minute-taker, intake…): an all-day event on the turn's local date. */
export type FeedTurn = {
  uid: string;
  /** 'YYYY-MM-DD', local date. */
  date: string;
  /** The role in the reader's words, e.g. 'Voorzitter casusoverleg'. */
  summary: string;
  description?: string;
};

const STATUS = {
  scheduled: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/**
 * A subscribable calendar feed (METHOD:PUBLISH) of a team's conferences. Cancelled conferences stay
 * in the feed with STATUS:CANCELLED so subscribed calendars drop or strike them instead of keeping a
 * stale copy. Times are TZID=Europe/Amsterdam with a VTIMEZONE; X-WR-TIMEZONE is set for Google.
 */
export function conferenceFeedIcs(input: {
  name: string;
  conferences: readonly FeedConference[];
  /** The reader's rotation turns; all-day and free, so they never block a slot in their own calendar. */
  turns?: readonly FeedTurn[];
  /** DTSTAMP of every event; defaults to now. */
  stamp?: Date;
}): string {
  const calendar = ical({
    prodId: { company: 'casus', product: 'casusoverleg', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    name: input.name,
    timezone: amsterdamCalendarTimezone,
    x: { 'X-WR-TIMEZONE': AMSTERDAM },
    ttl: 60 * 60,
  });
  for (const c of input.conferences) {
    calendar.createEvent({
      id: c.uid,
      sequence: c.sequence,
      timezone: AMSTERDAM,
      start: zonedDateTime(c.start.getTime(), AMSTERDAM),
      end: zonedDateTime(c.end.getTime(), AMSTERDAM),
      summary: c.summary,
      location: c.location,
      ...(c.description ? { description: c.description } : {}),
      ...(input.stamp ? { stamp: input.stamp } : {}),
      status: STATUS[c.status],
      transparency: c.free ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
  }
  for (const turn of input.turns ?? []) {
    const [year, month, day] = turn.date.split('-').map(Number) as [number, number, number];
    calendar.createEvent({
      id: turn.uid,
      allDay: true,
      // A floating date: the turn is that day wherever the calendar is read.
      start: new Date(Date.UTC(year, month - 1, day)),
      end: new Date(Date.UTC(year, month - 1, day + 1)),
      summary: turn.summary,
      ...(turn.description ? { description: turn.description } : {}),
      ...(input.stamp ? { stamp: input.stamp } : {}),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

/**
 * Secret path segment for a feed URL: 24 random bytes from the CSPRNG (192 bits, well above the 128 a
 * bearer secret needs), as 32 base64url characters (A–Z a–z 0–9 - _), so it is URL-safe without escaping.
 */
export function newFeedToken(): string {
  return randomBytes(24).toString('base64url');
}
