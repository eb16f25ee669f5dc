/**
 * Wall-clock <-> instant conversion for an IANA time zone using only Intl (no tz package).
 * Used by the invite writer (ical-generator formats plain Dates in the *process* time zone when a
 * TZID is set, so we hand it wall-clock fields instead) and by the busy-calendar reader (all-day and
 * floating times are Europe/Amsterdam days/times).
 */

export type WallClock = {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows this IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at the given instant. */
export function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    return part ? Number(part.value) : 0;
  };
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function offsetMs(epochMs: number, timeZone: string): number {
  const w = wallClockAt(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which `timeZone` shows this wall clock. For a wall clock skipped by a DST gap
 * the instant uses the offset from before the gap (02:30 on the spring-forward day -> 03:30 summer time).
 */
export function instantOfWallClock(w: WallClock, timeZone: string): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const first = offsetMs(naive, timeZone);
  const candidate = naive - first;
  const second = offsetMs(candidate, timeZone);
  if (first === second) return candidate;
  const alternative = naive - second;
  return offsetMs(alternative, timeZone) === second ? alternative : Math.min(candidate, alternative);
}
