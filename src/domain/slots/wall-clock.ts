import { civilFromDays, localTimeToEpochMinute, offsetMinutesAt } from './zone-offsets.ts';

/**
 * Wall-clock fields ↔ epoch milliseconds in an IANA zone, for code that speaks in year/month/day/hour fields
 * (ical.js times, ical-generator's Temporal look-alikes). A thin layer over zone-offsets.ts, the one time-zone
 * engine: the same offsets and the same daylight-saving rules (a skipped spring time lands after the gap, a
 * repeated autumn time is its first occurrence).
 */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTES_PER_DAY = 1440;

/** True when Intl knows this IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    offsetMinutesAt(0, zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `zone` at an instant (epoch milliseconds). */
export function wallClockAt(epochMs: number, zone: string): WallClock {
  const epochMinute = Math.floor(epochMs / 60_000);
  const local = epochMinute + offsetMinutesAt(epochMinute, zone);
  const days = Math.floor(local / MINUTES_PER_DAY);
  const minuteOfDay = local - days * MINUTES_PER_DAY;
  const [year, month, day] = civilFromDays(days).split('-').map(Number) as [number, number, number];
  return {
    year,
    month,
    day,
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    second: Math.floor((epochMs - epochMinute * 60_000) / 1000),
  };
}

/**
 * The instant (epoch milliseconds) at which `zone` shows this wall clock; see zone-offsets.ts for DST days. A
 * date that does not exist (30 February) is a RangeError, not a silently shifted day.
 */
export function instantOfWallClock(w: WallClock, zone: string): number {
  const dateIso = `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  return localTimeToEpochMinute(dateIso, w.hour * 60 + w.minute, zone) * 60_000 + w.second * 1000;
}
