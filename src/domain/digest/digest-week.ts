import { addDays, dayNumber, localDateOf, localTimeToEpochMinute, weekdayOf } from '../slots/zone-offsets.ts';

/**
 * Which week a weekly digest covers and when it is due (docs/digest.md). Pure: `now` and the zone are arguments.
 * A week runs Monday to Sunday in the team's zone; it is named by its ISO week ("2026-W50") and its Monday.
 */

export interface DigestSchedule {
  /** ISO weekday the digest is sent on (1 = Monday). */
  weekday: number;
  /** Local time it is sent, 'HH:MM'. */
  time: string;
}

export interface DigestWeek {
  /** Monday of the week, 'YYYY-MM-DD'. */
  weekOf: string;
  /** ISO week, e.g. "2026-W50". */
  isoWeek: string;
  /** When this week's digest is planned to go out. */
  plannedAt: Date;
}

/** A digest counts as late when it goes out this long after its planned time (the sweep runs every 15 min). */
export const LATE_AFTER_MS = 30 * 60_000;

/** Monday of the ISO week `dateIso` lies in. */
export function mondayOf(dateIso: string): string {
  return addDays(dateIso, 1 - weekdayOf(dateIso));
}

/** "2026-W50": the ISO week of a date (the week's Thursday decides the year). */
export function isoWeekOf(dateIso: string): string {
  const thursday = addDays(mondayOf(dateIso), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The week the local date of `now` lies in, with this week's planned send time. */
export function digestWeekAt(now: Date, schedule: DigestSchedule, zone: string): DigestWeek {
  const today = localDateOf(Math.floor(now.getTime() / 60_000), zone);
  const weekOf = mondayOf(today);
  const [hours, minutes] = schedule.time.split(':').map(Number);
  const sendDay = addDays(weekOf, schedule.weekday - 1);
  const minute = localTimeToEpochMinute(sendDay, (hours ?? 0) * 60 + (minutes ?? 0), zone);
  return { weekOf, isoWeek: isoWeekOf(weekOf), plannedAt: new Date(minute * 60_000) };
}

export type DigestDue = { due: false; week: DigestWeek } | { due: true; week: DigestWeek; late: boolean };

/**
 * Whether this week's digest should go out at `now`: only the current week's, and only once its planned time has
 * come. A digest whose time passed while casus was down is still due, late; last week's never is (a week missed
 * altogether is skipped, so a team never gets two weeks at once).
 */
export function digestDue(now: Date, schedule: DigestSchedule, zone: string): DigestDue {
  const week = digestWeekAt(now, schedule, zone);
  if (now.getTime() < week.plannedAt.getTime()) return { due: false, week };
  return { due: true, week, late: now.getTime() - week.plannedAt.getTime() > LATE_AFTER_MS };
}
