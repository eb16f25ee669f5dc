import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { instantOfWallClock, isKnownTimeZone } from '../../domain/slots/wall-clock.ts';
import { CodedError } from '../coded-error.ts';
import { AMSTERDAM } from './vtimezone.ts';

export type BusyWindow = { from: Date; to: Date };
/** Minutes since 1970-01-01T00:00Z, end exclusive. */
export type BusyInterval = [startEpochMinute: number, endEpochMinute: number];

/** Occurrences looked at per recurring event (counted from its DTSTART), so a bad RRULE cannot spin. */
const MAX_OCCURRENCES = 10_000;
const FETCH_TIMEOUT_MS = 10_000;

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTime = InstanceType<typeof ICAL.Time>;

function notCalendar(message: string, cause?: unknown): CodedError {
  return new CodedError('calendar-invalid', message, { cause });
}

function parseCalendar(icsText: string): IcalComponent {
  if (!/BEGIN:VCALENDAR/i.test(icsText))
    throw notCalendar('The text is not an iCalendar file (no BEGIN:VCALENDAR)');
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(icsText.trim()) as unknown[]);
  } catch (cause) {
    throw notCalendar('The iCalendar file could not be parsed', cause);
  }
  if (root.name !== 'vcalendar') throw notCalendar('The iCalendar file does not start with a VCALENDAR');
  return root;
}

/** Whether this event (or this exception of it) leaves the person free. */
function leavesFree(component: IcalComponent): boolean {
  const transp = String(component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const msBusy = String(component.getFirstPropertyValue('x-microsoft-cdo-busystatus') ?? '').toUpperCase();
  return transp === 'TRANSPARENT' || status === 'CANCELLED' || msBusy === 'FREE';
}

/**
 * Epoch milliseconds of an ical.js time. Zoned and UTC times convert directly (the VTIMEZONE in the
 * file is resolved by ical.js). Dates (all-day) are the start of that day in Europe/Amsterdam.
 * Floating times, and times whose TZID has no VTIMEZONE, are read as wall clock in `fallbackZone`.
 */
function epochMs(time: IcalTime, fallbackZone: string): number {
  if (time.isDate) {
    return instantOfWallClock(
      { year: time.year, month: time.month, day: time.day, hour: 0, minute: 0, second: 0 },
      AMSTERDAM,
    );
  }
  const tzid = time.zone?.tzid;
  if (!tzid || tzid === 'floating') {
    return instantOfWallClock(
      {
        year: time.year,
        month: time.month,
        day: time.day,
        hour: time.hour,
        minute: time.minute,
        second: time.second,
      },
      fallbackZone,
    );
  }
  return time.toUnixTime() * 1000;
}

function fallbackZoneOf(component: IcalComponent): string {
  const tzid = component.getFirstProperty('dtstart')?.getFirstParameter('tzid');
  return typeof tzid === 'string' && isKnownTimeZone(tzid) ? tzid : AMSTERDAM;
}

function endOf(start: IcalTime, end: IcalTime | null | undefined): IcalTime {
  if (end && end.compare(start) > 0) return end;
  const fixed = start.clone();
  // RFC 5545 3.6.1: a DATE start without end lasts one day; a DATE-TIME start without end is an instant.
  if (start.isDate) fixed.adjust(1, 0, 0, 0);
  return fixed;
}

/**
 * Busy intervals (epoch minutes, UTC, clipped to the window, sorted by start then end; overlaps are
 * kept, not merged) of a published calendar between `from` and `to`. Recurring events are expanded
 * with their EXDATEs and RECURRENCE-ID exceptions; TRANSP:TRANSPARENT, STATUS:CANCELLED and Outlook
 * "free" events do not count; all-day events block the whole Europe/Amsterdam day.
 */
export function busyIntervalsFromIcs(icsText: string, window: BusyWindow): BusyInterval[] {
  const fromMs = window.from.getTime();
  const toMs = window.to.getTime();
  if (!(toMs > fromMs)) return [];
  const root = parseCalendar(icsText);

  const masters = new Map<string, IcalEvent>();
  const exceptions: IcalComponent[] = [];
  const singles: IcalComponent[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    if (vevent.hasProperty('recurrence-id')) exceptions.push(vevent);
    else {
      const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
      if (uid && !masters.has(uid)) masters.set(uid, new ICAL.Event(vevent, { strictExceptions: true }));
      else singles.push(vevent);
    }
  }
  for (const exception of exceptions) {
    const master = masters.get(String(exception.getFirstPropertyValue('uid') ?? ''));
    if (master?.isRecurring()) master.relateException(exception);
    else singles.push(exception);
  }

  const out: BusyInterval[] = [];
  const add = (startMs: number, endMs: number): void => {
    const s = Math.max(startMs, fromMs);
    const e = Math.min(endMs, toMs);
    if (e > s) out.push([Math.floor(s / 60_000), Math.ceil(e / 60_000)]);
  };

  const addSingle = (component: IcalComponent): void => {
    if (leavesFree(component) || !component.hasProperty('dtstart')) return;
    const event = new ICAL.Event(component);
    const zone = fallbackZoneOf(component);
    add(epochMs(event.startDate, zone), epochMs(endOf(event.startDate, event.endDate), zone));
  };

  for (const event of masters.values()) {
    if (!event.component.hasProperty('dtstart')) continue;
    if (!event.isRecurring()) {
      addSingle(event.component);
      continue;
    }
    const zone = fallbackZoneOf(event.component);
    const iterator = event.iterator();
    let seen = 0;
    for (let next = iterator.next(); next && seen < MAX_OCCURRENCES; next = iterator.next()) {
      seen++;
      if (epochMs(next, zone) >= toMs) break;
      const details = event.getOccurrenceDetails(next);
      if (leavesFree(details.item.component)) continue;
      const itemZone = details.item === event ? zone : fallbackZoneOf(details.item.component);
      add(epochMs(details.startDate, itemZone), epochMs(endOf(details.startDate, details.endDate), itemZone));
    }
  }
  for (const component of singles) addSingle(component);

  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The calendar address without path or query (private feed URLs carry secrets). */
function describeSource(source: string): string {
  try {
    const url = new URL(source);
    return `${url.protocol}//${url.host}/…`;
  } catch {
    return 'calendar address';
  }
}

/**
 * Reads a published calendar (https/http/webcal URL, or a file path) and returns its busy intervals
 * in the window. Throws CodedError 'calendar-unreachable' (file missing, HTTP error, timeout after
 * 10 s, network failure) or 'calendar-invalid' (the content is not an iCalendar file).
 */
export async function readBusyCalendar(
  source: string,
  window: BusyWindow,
  fetchImpl: typeof fetch = fetch,
): Promise<BusyInterval[]> {
  return busyIntervalsFromIcs(await readCalendarText(source, fetchImpl), window);
}

/**
 * The text of a published calendar (https/http/webcal URL, or a file path), not yet parsed. Throws
 * CodedError 'calendar-unreachable' as readBusyCalendar does; messages name the host, never the path.
 */
export async function readCalendarText(source: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  if (!/^(https?|webcal):\/\//i.test(source)) {
    try {
      // The import stores a file:// URL as its path; one set in the database by hand is read the same.
      return await readFile(/^file:\/\//i.test(source) ? fileURLToPath(source) : source, 'utf8');
    } catch (cause) {
      throw new CodedError('calendar-unreachable', `Calendar file ${source} could not be read`, {
        cause,
        params: { source },
      });
    }
  }
  // webcal:// is https:// to every calendar app (Apple's scheme for "subscribe to this").
  const url = source.replace(/^webcal:/i, 'https:');
  const where = describeSource(url);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { accept: 'text/calendar, */*;q=0.5' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
    });
  } catch (cause) {
    throw new CodedError('calendar-unreachable', `Calendar at ${where} could not be reached`, {
      cause,
      params: { source: where },
    });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new CodedError('calendar-unreachable', `Calendar at ${where} answered HTTP ${response.status}`, {
      params: { source: where, status: response.status },
    });
  }
  try {
    return await response.text();
  } catch (cause) {
    throw new CodedError('calendar-unreachable', `Calendar at ${where} could not be read`, {
      cause,
      params: { source: where },
    });
  }
}
