import type { ICalTimezone } from 'ical-generator';

/** The only zone casus schedules in. */
export const AMSTERDAM = 'Europe/Amsterdam';

/**
 * Hand-written VTIMEZONE for Europe/Amsterdam (EU rule since 1996: summer time from the last Sunday
 * of March 02:00 to the last Sunday of October 03:00). ical-generator only prints a VTIMEZONE when
 * given a generator, and the usual generators are separate packages; one fixed zone does not need one.
 */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** ical-generator timezone generator: knows Europe/Amsterdam only, prints nothing for other zones. */
export function vtimezoneFor(tzid: string): string | null {
  return tzid === AMSTERDAM ? AMSTERDAM_VTIMEZONE : null;
}

/**
 * Calendar-level option: `name` stays null on purpose. With a calendar time zone name ical-generator
 * writes DTSTAMP as a zone-less local time (RFC 5545 requires UTC); the events carry the TZID
 * themselves, and the generator still prints the VTIMEZONE for every zone the events use.
 * Add X-WR-TIMEZONE yourself with `calendar.x(...)` where wanted.
 */
export const amsterdamCalendarTimezone: ICalTimezone = { name: null, generator: vtimezoneFor };
