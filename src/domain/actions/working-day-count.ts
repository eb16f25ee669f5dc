import { type ContractBlock, isWorkingDay } from '../slots/find-slots.ts';
import { addDays, weekdayOf } from '../slots/zone-offsets.ts';

/**
 * Counting working days for actions (working-day.ts moves a due date onto one): the owner's own working days (their contract days minus public holidays)
 * for the nudge cadence, and the office week (Monday to Friday minus public holidays) for how long a blocked
 * action has been waiting. All dates are local 'YYYY-MM-DD' strings; nothing here reads a clock or a zone.
 */

/** Monday to Friday: the working week of someone whose contract days are not recorded. */
export const DEFAULT_WORKING_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

/** Whether a local date is a working day for someone. */
export type WorkdayTest = (dateIso: string) => boolean;

/**
 * The office week, Monday to Friday 09:00–17:00. Used for anyone whose contract has no blocks at all (not yet
 * filled in), so that their nudges and escalations are not silently lost; the same weekdays as working-day.ts
 * assumes for such an owner's due date.
 */
export const OFFICE_WEEK: readonly ContractBlock[] = DEFAULT_WORKING_WEEKDAYS.map((weekday) => ({
  weekday,
  startMinute: 9 * 60,
  endMinute: 17 * 60,
}));

/** The contract that counts: the person's own, or the office week when they have none. */
export function effectiveContract(contract: readonly ContractBlock[]): readonly ContractBlock[] {
  return contract.length > 0 ? contract : OFFICE_WEEK;
}

/** A person's working days: weekdays on which their contract has a block, never a public holiday. */
export function contractWorkdays(
  contract: readonly ContractBlock[],
  holidays: ReadonlySet<string>,
): WorkdayTest {
  const weekdays = new Set(effectiveContract(contract).map((block) => block.weekday));
  return (dateIso) => weekdays.has(weekdayOf(dateIso)) && !holidays.has(dateIso);
}

/** Monday to Friday minus public holidays: the days another organisation could have acted on a blocked action. */
export function officeWorkdays(holidays: ReadonlySet<string>): WorkdayTest {
  return (dateIso) => isWorkingDay(dateIso, holidays);
}

// Bounds every day-by-day walk, so a holiday set that covers everything cannot loop forever (ten years).
const MAX_WALK_DAYS = 3660;

/**
 * The `count`-th working day after `dateIso` (count > 0) or before it (count < 0), not counting `dateIso`
 * itself; `dateIso` itself when count is 0. Null when there is no such day within ten years.
 */
export function shiftWorkdays(dateIso: string, count: number, works: WorkdayTest): string | null {
  if (count === 0) return dateIso;
  const step = count > 0 ? 1 : -1;
  let remaining = Math.abs(count);
  let date = dateIso;
  for (let walked = 0; walked < MAX_WALK_DAYS; walked++) {
    date = addDays(date, step);
    if (works(date) && --remaining === 0) return date;
  }
  return null;
}

/** The last working day on or before `dateIso`, or null when there is none within ten years. */
export function workdayOnOrBefore(dateIso: string, works: WorkdayTest): string | null {
  if (works(dateIso)) return dateIso;
  return shiftWorkdays(dateIso, -1, works);
}

/** How many working days lie after `from` and up to and including `to`; 0 when `to` is not after `from`. */
export function workdaysAfter(from: string, to: string, works: WorkdayTest): number {
  let count = 0;
  for (let date = addDays(from, 1), walked = 0; date <= to && walked < MAX_WALK_DAYS; walked++) {
    if (works(date)) count++;
    date = addDays(date, 1);
  }
  return count;
}

/**
 * How many working days a blocked action has been waiting on `today`: office working days (Monday to Friday,
 * no public holiday) after the day it was blocked, up to and including today. Blocked on a Monday, it has
 * waited 0 days that Monday and 5 days the next Monday. The office week rather than the owner's contract,
 * because the wait is for another organisation, not for the owner.
 */
export function blockedWorkingDays(
  blockedSince: string,
  today: string,
  holidays: ReadonlySet<string>,
): number {
  return workdaysAfter(blockedSince, today, officeWorkdays(holidays));
}
