import { dutchPublicHolidays } from '../slots/dutch-holidays.ts';
import { dayNumber, weekdayOf } from '../slots/zone-offsets.ts';
import { DEFAULT_WORKING_WEEKDAYS, shiftWorkdays, type WorkdayTest } from './working-day-count.ts';

/**
 * An action's due date on its owner's working day.
 *
 * A due date that falls on a day the owner does not work (no contract block on that weekday), or on a public
 * holiday, moves to the owner's previous working day, so the work is done before the day off rather than
 * after it. The caller tells the person so ("moved to the working day before"; texts in
 * src/app/actions/i18n/).
 *
 * What counts:
 * - **Contract days**: the ISO weekdays (1 = Monday … 7 = Sunday) on which the owner has at least one contract
 *   block (`ContractBlock` in src/domain/slots/find-slots.ts; `contractWeekdays(contract)` gives the set).
 *   An owner with no contract days recorded is taken to work Monday to Friday, as the team does, rather than
 *   never: a missing roster entry should not push every due date around.
 * - **Public holidays**: local 'YYYY-MM-DD' dates, the same set findSlots takes. By default the Dutch public
 *   holidays (`dutchPublicHolidays`, default options) of the years involved.
 * - **Absences are not counted.** A due date inside someone's leave stays where it was said: during an absence
 *   the deputy (or the coordinator) is told instead (issue 10), and moving a date back over weeks of leave would
 *   land it long before anyone expects.
 *
 * Pure: dates in, dates out, no clock and no time zone (a due date is a plain local date).
 */

export type NotWorkingReason = 'not-a-working-day' | 'public-holiday';

export interface WorkingDayCalendar {
  /** ISO weekdays the owner works, 1 = Monday … 7 = Sunday. Empty means "not recorded": Monday to Friday. */
  contractWeekdays: Iterable<number>;
  /** Local 'YYYY-MM-DD' dates nobody works. Default: the Dutch public holidays of the years around the date. */
  holidays?: ReadonlySet<string>;
  /**
   * The earliest date a due date may move to, normally today. When the working day before lies before it (a
   * Sunday due date said on a Saturday, owner off on Friday), the due date moves forward to the owner's next
   * working day instead. Default: no limit.
   */
  notBefore?: string;
}

/** The due date as said: already a working day of the owner. */
export interface KeptDueDate {
  dueOn: string;
  movedFrom?: undefined;
  reason?: undefined;
  direction?: undefined;
}

/** The due date moved off a day the owner does not work. */
export interface MovedDueDate {
  /** The owner's working day the action is now due on. */
  dueOn: string;
  /** The date as it was said. */
  movedFrom: string;
  /** Why `movedFrom` is no working day; a public holiday wins when it is also a day off. */
  reason: NotWorkingReason;
  /** 'earlier': the previous working day (the rule). 'later': only when `notBefore` left no earlier one. */
  direction: 'earlier' | 'later';
}

export type WorkingDueDate = KeptDueDate | MovedDueDate;

/** The ISO weekdays of a contract (blocks as in `ContractBlock`), e.g. Mon/Tue/Thu → {1, 2, 4}. */
export function contractWeekdays(contract: readonly { weekday: number }[]): Set<number> {
  return new Set(contract.map((block) => block.weekday));
}

/** Dutch public holidays (default options) of the year of `dateIso` and the years either side. */
export function dutchHolidaysAround(dateIso: string): Set<string> {
  const year = Number(dateIso.slice(0, 4));
  const holidays = new Set<string>();
  for (const y of [year - 1, year, year + 1]) for (const day of dutchPublicHolidays(y)) holidays.add(day);
  return holidays;
}

/** Why `dateIso` is no working day of the owner, or undefined when it is one. */
export function notWorkingReason(
  dateIso: string,
  calendar: Pick<WorkingDayCalendar, 'contractWeekdays' | 'holidays'>,
): NotWorkingReason | undefined {
  const holidays = calendar.holidays ?? dutchHolidaysAround(dateIso);
  if (holidays.has(dateIso)) return 'public-holiday';
  return workingWeekdays(calendar.contractWeekdays).has(weekdayOf(dateIso)) ? undefined : 'not-a-working-day';
}

/**
 * `dueOn` ('YYYY-MM-DD') when it is a working day of the owner; otherwise the owner's previous working day
 * (or, when `notBefore` rules that out, their next one), with the date it came from and why. Throws a
 * RangeError when `dueOn` or `notBefore` is no calendar date.
 */
export function toWorkingDay(dueOn: string, calendar: WorkingDayCalendar): WorkingDueDate {
  dayNumber(dueOn);
  if (calendar.notBefore !== undefined) dayNumber(calendar.notBefore);
  const weekdays = workingWeekdays(calendar.contractWeekdays);
  const holidays = calendar.holidays ?? dutchHolidaysAround(dueOn);
  const works: WorkdayTest = (date) => weekdays.has(weekdayOf(date)) && !holidays.has(date);
  if (works(dueOn)) return { dueOn };

  const reason: NotWorkingReason = holidays.has(dueOn) ? 'public-holiday' : 'not-a-working-day';
  const earlier = shiftWorkdays(dueOn, -1, works);
  if (earlier !== null && (calendar.notBefore === undefined || earlier >= calendar.notBefore))
    return { dueOn: earlier, movedFrom: dueOn, reason, direction: 'earlier' };
  const later = shiftWorkdays(dueOn, 1, works);
  if (later !== null) return { dueOn: later, movedFrom: dueOn, reason, direction: 'later' };
  // Every day a holiday: nothing sensible to move to, so the date stays as said.
  return { dueOn };
}

function workingWeekdays(contractWeekdays: Iterable<number>): Set<number> {
  const weekdays = new Set([...contractWeekdays].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7));
  return weekdays.size > 0 ? weekdays : new Set(DEFAULT_WORKING_WEEKDAYS);
}
