/**
 * Local wall-clock time in an IANA zone ↔ UTC epoch minutes, without a Date object per slot.
 *
 * The zone's UTC offset is read with `Intl.DateTimeFormat(...).formatToParts` on a probe instant. For one local
 * day we probe twice (a day before and two days after its midnight); when both offsets agree the whole day has
 * that one offset and every minute of the day maps with plain arithmetic. Only on a daylight-saving switch day
 * do we binary-search the switch instant (about a dozen more probes), still once per day, not per slot.
 *
 * Switch days (Europe/Amsterdam):
 * - Last Sunday of March, 02:00 → 03:00: local times 02:00–02:59 do not exist. Such a time is read with the
 *   offset in force before the switch, so it lands after the gap (02:30 → 01:30 UTC, which is 03:30 CEST).
 * - Last Sunday of October, 03:00 → 02:00: local times 02:00–02:59 happen twice. We choose the FIRST occurrence
 *   (still summer time: 02:30 → 00:30 UTC), so a wall-clock time never maps to an instant later than necessary.
 *
 * Nothing here depends on the machine's time zone: dates are parsed and formatted with pure arithmetic and the
 * only zone ever consulted is the one passed in.
 */

const MINUTES_PER_DAY = 1440;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Offsets already read, per zone and epoch minute: Intl's formatToParts costs microseconds a call, and a nudge
 * sweep asks about the same few minutes for thousands of actions. Emptied when it grows large.
 */
const knownOffsets = new Map<string, Map<number, number>>();
const MAX_KNOWN_OFFSETS = 100_000;

/** The zone's offset from UTC, in minutes (east positive, +60 for CET), at the given epoch minute. */
export function offsetMinutesAt(epochMinute: number, zone: string): number {
  let known = knownOffsets.get(zone);
  if (!known) {
    known = new Map();
    knownOffsets.set(zone, known);
  }
  const cached = known.get(epochMinute);
  if (cached !== undefined) return cached;
  if (known.size >= MAX_KNOWN_OFFSETS) known.clear();
  const offset = readOffsetMinutes(epochMinute, zone);
  known.set(epochMinute, offset);
  return offset;
}

function readOffsetMinutes(epochMinute: number, zone: string): number {
  const parts = formatterFor(zone).formatToParts(new Date(epochMinute * 60_000));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of parts) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  const localMinute = daysFromCivil(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute;
  return localMinute - epochMinute;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The 'YYYY-MM-DD' date of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; throws a RangeError on anything else. */
export function dayNumber(dateIso: string): number {
  const known = knownDayNumbers.get(dateIso);
  if (known !== undefined) return known;
  const days = readDayNumber(dateIso);
  if (knownDayNumbers.size >= MAX_KNOWN_DAY_NUMBERS) knownDayNumbers.clear();
  knownDayNumbers.set(dateIso, days);
  return days;
}

/** Day numbers already read: the policies of a sweep ask about the same few dates many thousand times. */
const knownDayNumbers = new Map<string, number>();
const MAX_KNOWN_DAY_NUMBERS = 20_000;

function readDayNumber(dateIso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateIso);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${dateIso}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const days = daysFromCivil(year, month, day);
  if (civilFromDays(days) !== dateIso) throw new RangeError(`not a calendar date: ${dateIso}`);
  return days;
}

/** 'YYYY-MM-DD' plus a number of calendar days. */
export function addDays(dateIso: string, days: number): string {
  return civilFromDays(dayNumber(dateIso) + days);
}

/** ISO weekday of a 'YYYY-MM-DD' date: 1 = Monday … 7 = Sunday. Pure arithmetic (1970-01-01 was a Thursday). */
export function weekdayOf(dateIso: string): number {
  return ((((dayNumber(dateIso) + 3) % 7) + 7) % 7) + 1;
}

/** One local day in a zone, with a cheap minute-of-day → epoch-minute mapping. */
export interface ZoneDay {
  dateIso: string;
  /** Epoch minute of local midnight that starts the day. */
  start: number;
  /** Epoch minute of local midnight that ends the day (start of the next day); 1380 or 1500 minutes on switch days. */
  end: number;
  /** Epoch minute of a local minute of the day (0…1440); see the module comment for switch-day rules. */
  toEpochMinute(minuteOfDay: number): number;
}

/** Probes the zone's offset a few times for this day, then maps minutes with arithmetic. */
export function zoneDay(dateIso: string, zone: string): ZoneDay {
  const localMidnight = dayNumber(dateIso) * MINUTES_PER_DAY;
  // Instants safely before and after the whole local day (offsets stay within ±18 hours).
  const lo = localMidnight - MINUTES_PER_DAY;
  const hi = localMidnight + 2 * MINUTES_PER_DAY;
  const before = offsetMinutesAt(lo, zone);
  const after = offsetMinutesAt(hi, zone);
  let toEpochMinute: (minuteOfDay: number) => number;
  if (before === after) {
    toEpochMinute = (minuteOfDay) => localMidnight + minuteOfDay - before;
  } else {
    // The first instant with the new offset, in [lo, hi].
    let a = lo;
    let b = hi;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (offsetMinutesAt(mid, zone) === before) a = mid;
      else b = mid;
    }
    const switchAt = b;
    toEpochMinute = (minuteOfDay) => {
      const local = localMidnight + minuteOfDay;
      const early = local - before; // valid when still before the switch
      if (early < switchAt) return early; // also the first of two occurrences in a repeated hour
      const late = local - after; // valid when at or after the switch
      if (late >= switchAt) return late;
      return early; // a skipped time: the pre-switch offset puts it just after the gap
    };
  }
  return { dateIso, start: toEpochMinute(0), end: toEpochMinute(MINUTES_PER_DAY), toEpochMinute };
}

/** Epoch minute at which the local day 'YYYY-MM-DD' starts in the zone. */
export function localDayStart(dateIso: string, zone: string): number {
  return zoneDay(dateIso, zone).start;
}

/** Epoch minute of a local wall-clock time (minutes since local midnight) on a local date in the zone. */
export function localTimeToEpochMinute(dateIso: string, minuteOfDay: number, zone: string): number {
  return zoneDay(dateIso, zone).toEpochMinute(minuteOfDay);
}

/** The local 'YYYY-MM-DD' date in the zone at an epoch minute. */
export function localDateOf(epochMinute: number, zone: string): string {
  const local = epochMinute + offsetMinutesAt(epochMinute, zone);
  return civilFromDays(Math.floor(local / MINUTES_PER_DAY));
}

/** Local minutes since midnight in the zone at an epoch minute (0…1439). */
export function localMinuteOfDay(epochMinute: number, zone: string): number {
  const local = epochMinute + offsetMinutesAt(epochMinute, zone);
  return ((local % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}
