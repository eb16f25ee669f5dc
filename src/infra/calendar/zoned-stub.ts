import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { instantOfWallClock, type WallClock, wallClockAt } from '../../domain/slots/wall-clock.ts';

/*
 * ical-generator formats a plain `Date` with a TZID using the *process* local clock (getHours()),
 * so on a UTC server 09:00 Amsterdam would be written as TZID=Europe/Amsterdam:...T070000.
 * It does accept Temporal.ZonedDateTime-shaped objects and takes their wall-clock fields, so we
 * give it a minimal stub computed with Intl (Node 20 has no Temporal).
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function plainDate(w: WallClock): ICalTemporalPlainDateStub {
  const text = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  return { year: w.year, month: w.month, day: w.day, toJSON: () => text, toString: () => text };
}

function plainDateTime(w: WallClock): ICalTemporalPlainDateTimeStub {
  const text = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  return {
    ...w,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => plainDate(w),
    toZonedDateTime: (timeZone: string) => zonedDateTime(instantOfWallClock(w, timeZone), timeZone),
  };
}

function instant(epochMs: number): ICalTemporalInstantStub {
  const text = new Date(epochMs).toISOString();
  return {
    epochMilliseconds: epochMs,
    epochSeconds: Math.floor(epochMs / 1000),
    toJSON: () => text,
    toString: () => text,
    toZonedDateTimeISO: (timeZone: string) => zonedDateTime(epochMs, timeZone),
  };
}

/** A Temporal.ZonedDateTime look-alike for `epochMs` in `timeZone`, as ical-generator reads it. */
export function zonedDateTime(epochMs: number, timeZone: string): ICalTemporalZonedDateTimeStub {
  const w = wallClockAt(epochMs, timeZone);
  const text = `${plainDateTime(w).toString()}[${timeZone}]`;
  return {
    ...w,
    timeZoneId: timeZone,
    toInstant: () => instant(epochMs),
    toJSON: () => text,
    toString: () => text,
    toPlainDateTime: () => plainDateTime(w),
    withTimeZone: (other: string) => zonedDateTime(epochMs, other),
  };
}
