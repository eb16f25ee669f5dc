import { officeWorkdays, shiftWorkdays } from '../actions/working-day-count.ts';
import { addDays, weekdayOf } from '../slots/zone-offsets.ts';

/**
 * The dates a rotation has a turn on. All dates are local 'YYYY-MM-DD'; nothing here reads a clock.
 *
 * - `each_conference`: every date the team has a (non-cancelled) case conference, on or after the start.
 * - `weeks`: the start date, then every `everyWeeks` weeks. The turn covers that period; a date that is a
 *   public holiday or weekend day moves to the next office working day, so the holder is told on a day people
 *   work.
 * - `weekdays`: every listed ISO weekday (1 = Monday … 7 = Sunday) on or after the start, public holidays
 *   skipped (nobody is on intake duty on King's Day).
 */

export type RotationCadence = 'each_conference' | 'weeks' | 'weekdays';

export interface CadenceSpec {
  cadence: RotationCadence;
  /** For `weeks`: 1 = weekly, 2 = fortnightly … */
  everyWeeks: number;
  /** For `weekdays`: ISO weekdays. */
  weekdays: readonly number[];
  /** 'YYYY-MM-DD'. */
  startsOn: string;
}

/** Occurrence dates in [startsOn, to) (`to` exclusive), ascending. */
export function occurrencesUntil(
  spec: CadenceSpec,
  to: string,
  conferenceDates: readonly string[],
  holidays: ReadonlySet<string>,
): string[] {
  if (spec.cadence === 'each_conference') {
    return [...new Set(conferenceDates)].filter((d) => d >= spec.startsOn && d < to).sort();
  }
  const dates: string[] = [];
  if (spec.cadence === 'weeks') {
    const works = officeWorkdays(holidays);
    const step = Math.max(1, Math.floor(spec.everyWeeks)) * 7;
    for (let period = spec.startsOn; period < to; period = addDays(period, step)) {
      const date = works(period) ? period : shiftWorkdays(period, 1, works);
      if (date !== null && date < to && dates.at(-1) !== date) dates.push(date);
    }
    return dates;
  }
  const days = new Set(spec.weekdays);
  if (days.size === 0) return dates;
  for (let date = spec.startsOn; date < to; date = addDays(date, 1)) {
    if (days.has(weekdayOf(date)) && !holidays.has(date)) dates.push(date);
  }
  return dates;
}
