import { contains, type Interval, intersect, normalize, subtract } from './intervals.ts';
import { addDays, localDateOf, weekdayOf, type ZoneDay, zoneDay } from './zone-offsets.ts';

/**
 * The pure core of slot search: the earliest slots within a horizon of working days in which every required
 * attendee is free, ranked by the number of optional attendees who are free too, then by start.
 *
 * All arithmetic is on integer epoch minutes (UTC). The time zone is consulted once per local day (see
 * zone-offsets.ts) to place contract hours; the caller supplies `from` (now), the holidays, and each attendee's
 * busy intervals already expanded to epoch minutes (absences, existing conferences, published calendar events).
 */

export interface ContractBlock {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local minutes since midnight, e.g. 9 * 60 for 09:00. */
  startMinute: number;
  /** Local minutes since midnight, exclusive, up to 1440. */
  endMinute: number;
}

export interface AttendeeAvailability {
  id: string;
  /** Contract hours; several blocks on one weekday are allowed (split shifts). No block on a weekday = day off. */
  contract: readonly ContractBlock[];
  /** Busy half-open intervals [start, end) in epoch minutes, in any order, may overlap. */
  busy: readonly (readonly [number, number])[];
}

export interface FindSlotsInput {
  /** Earliest possible start, in epoch minutes (the caller's "now"). */
  from: number;
  /** Working days searched, counting the local day of `from` if it is one. Default 15. */
  horizonWorkingDays?: number;
  durationMinutes: number;
  /** Slot starts are on this grid of local wall-clock minutes from midnight. Default 15. */
  gridMinutes?: number;
  /** IANA zone, e.g. 'Europe/Amsterdam'. */
  timeZone: string;
  /** Local 'YYYY-MM-DD' dates that are not working days (the caller supplies Dutch public holidays). */
  holidays: ReadonlySet<string>;
  required: readonly AttendeeAvailability[];
  optional?: readonly AttendeeAvailability[];
  /** Travel time kept free before and after the meeting (a visit at the household's home); 0 otherwise. */
  travelBufferMinutes?: number;
  /** How many slots to return. Default 3. */
  limit?: number;
}

export interface Slot {
  start: number;
  end: number;
  /** Ids of the optional attendees who are free for this slot (and its travel buffers), in input order. */
  optionalPresent: string[];
}

export const DEFAULT_HORIZON_WORKING_DAYS = 15;
export const DEFAULT_GRID_MINUTES = 15;
export const DEFAULT_SLOT_LIMIT = 3;

/** Working days are Monday to Friday, minus the given holidays. */
export function isWorkingDay(dateIso: string, holidays: ReadonlySet<string>): boolean {
  return weekdayOf(dateIso) <= 5 && !holidays.has(dateIso);
}

/** The local dates of the first `count` working days starting at `firstDate` (inclusive). */
export function workingDays(firstDate: string, count: number, holidays: ReadonlySet<string>): string[] {
  const days: string[] = [];
  // Bounded so that a holiday set covering everything cannot loop forever.
  for (let offset = 0; days.length < count && offset < count * 7 + 400; offset++) {
    const date = addDays(firstDate, offset);
    if (isWorkingDay(date, holidays)) days.push(date);
  }
  return days;
}

/**
 * Time in which a person could attend a meeting on one local day: contract hours minus busy time, where each
 * busy interval is widened by the travel buffer on both sides. A slot [s, s + duration) lies inside this set
 * exactly when it is inside the contract hours and [s - buffer, s + duration + buffer) overlaps nothing busy.
 */
export function freeTimeOnDay(
  attendee: AttendeeAvailability,
  day: ZoneDay,
  weekday: number,
  busy: readonly Interval[],
): Interval[] {
  const contract = normalize(
    attendee.contract
      .filter((block) => block.weekday === weekday)
      .map((block): Interval => [day.toEpochMinute(block.startMinute), day.toEpochMinute(block.endMinute)]),
  );
  return subtract(contract, busy);
}

function widenedBusy(attendee: AttendeeAvailability, buffer: number): Interval[] {
  return normalize(attendee.busy.map(([start, end]): Interval => [start - buffer, end + buffer]));
}

/** Finds the best `limit` slots; see the module comment. Throws a RangeError on a nonsensical input. */
export function findSlots(input: FindSlotsInput): Slot[] {
  const horizon = input.horizonWorkingDays ?? DEFAULT_HORIZON_WORKING_DAYS;
  const grid = input.gridMinutes ?? DEFAULT_GRID_MINUTES;
  const limit = input.limit ?? DEFAULT_SLOT_LIMIT;
  const buffer = input.travelBufferMinutes ?? 0;
  const duration = input.durationMinutes;
  const optional = input.optional ?? [];
  for (const [name, value] of [
    ['durationMinutes', duration],
    ['gridMinutes', grid],
  ] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer`);
  }
  for (const [name, value] of [
    ['horizonWorkingDays', horizon],
    ['limit', limit],
    ['travelBufferMinutes', buffer],
    ['from', input.from],
  ] as const) {
    if (!Number.isInteger(value) || (name !== 'from' && value < 0)) {
      throw new RangeError(`${name} must be a non-negative integer`);
    }
  }
  if (limit === 0 || input.required.length === 0) return [];

  const requiredBusy = input.required.map((attendee) => widenedBusy(attendee, buffer));
  const optionalBusy = optional.map((attendee) => widenedBusy(attendee, buffer));
  const notBefore: Interval[] = [[input.from, Number.MAX_SAFE_INTEGER]];
  const candidates: Slot[] = [];
  let withEveryone = 0;

  for (const dateIso of workingDays(localDateOf(input.from, input.timeZone), horizon, input.holidays)) {
    const day = zoneDay(dateIso, input.timeZone);
    const weekday = weekdayOf(dateIso);
    let common: Interval[] = notBefore;
    for (let i = 0; i < input.required.length && common.length > 0; i++) {
      common = intersect(common, freeTimeOnDay(input.required[i]!, day, weekday, requiredBusy[i]!));
    }
    if (common.length === 0) continue;
    const optionalFree = optional.map((attendee, i) =>
      freeTimeOnDay(attendee, day, weekday, optionalBusy[i]!),
    );
    for (const [freeStart, freeEnd] of common) {
      // First grid point (local wall-clock minutes from the day's midnight) at or after freeStart.
      let start = day.start + Math.ceil((freeStart - day.start) / grid) * grid;
      for (; start + duration <= freeEnd; start += grid) {
        const end = start + duration;
        const optionalPresent = optional
          .filter((_, i) => contains(optionalFree[i]!, start, end))
          .map((attendee) => attendee.id);
        candidates.push({ start, end, optionalPresent });
        if (optionalPresent.length === optional.length) withEveryone++;
      }
    }
    // Nothing later can beat `limit` slots that already have every optional attendee.
    if (withEveryone >= limit) break;
  }

  return candidates
    .sort((a, b) => b.optionalPresent.length - a.optionalPresent.length || a.start - b.start)
    .slice(0, limit);
}
