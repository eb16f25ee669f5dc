import { addDays, dayNumber, weekdayOf, zoneDay } from '../slots/zone-offsets.ts';

/** One ISO week (Monday to Sunday) in the team's zone. */
export interface TrendWeek {
  /** e.g. '2026-W49'. */
  isoWeek: string;
  /** The week number alone (49), for a short label. */
  week: number;
  /** Monday and Sunday, local 'YYYY-MM-DD'. */
  firstDay: string;
  lastDay: string;
  /** Local midnight that starts Monday, and the one that ends Sunday. */
  start: Date;
  end: Date;
}

/** The ISO week of a local date: the week belongs to the year of its Thursday. */
export function isoWeekOf(dateIso: string): { year: number; week: number; monday: string } {
  const monday = addDays(dateIso, 1 - weekdayOf(dateIso));
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${thursday.slice(0, 4)}-01-01`)) / 7) + 1;
  return { year, week, monday };
}

/** The `count` ISO weeks that end with the week of `today` (a local date), oldest first. */
export function lastIsoWeeks(today: string, count: number, zone: string): TrendWeek[] {
  const thisMonday = isoWeekOf(today).monday;
  const weeks: TrendWeek[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const firstDay = addDays(thisMonday, -7 * back);
    const lastDay = addDays(firstDay, 6);
    const { year, week } = isoWeekOf(firstDay);
    weeks.push({
      isoWeek: `${year}-W${String(week).padStart(2, '0')}`,
      week,
      firstDay,
      lastDay,
      start: new Date(zoneDay(firstDay, zone).start * 60_000),
      end: new Date(zoneDay(lastDay, zone).end * 60_000),
    });
  }
  return weeks;
}
