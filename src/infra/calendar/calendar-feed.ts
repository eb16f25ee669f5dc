import { randomBytes } from 'node:crypto';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
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
  status: 'scheduled' | 'cancelled';
};

/**
 * A subscribable calendar feed (METHOD:PUBLISH) of a team's conferences. Cancelled conferences stay
 * in the feed with STATUS:CANCELLED so subscribed calendars drop or strike them instead of keeping a
 * stale copy. Times are TZID=Europe/Amsterdam with a VTIMEZONE; X-WR-TIMEZONE is set for Google.
 */
export function conferenceFeedIcs(input: { name: string; conferences: readonly FeedConference[] }): string {
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
      status: c.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** Secret path segment for a feed URL: 24 random bytes, 32 base64url characters. */
export function newFeedToken(): string {
  return randomBytes(24).toString('base64url');
}
