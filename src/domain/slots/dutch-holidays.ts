import { addDays, civilFromDays, daysFromCivil, weekdayOf } from './zone-offsets.ts';

/**
 * Dutch public holidays of one year, as local 'YYYY-MM-DD' dates, to pass to findSlots as `holidays`.
 *
 * Always: Nieuwjaarsdag, Eerste and Tweede Paasdag, Koningsdag (27 April, or 26 April when the 27th is a
 * Sunday), Hemelvaartsdag, Eerste and Tweede Pinksterdag, Eerste and Tweede Kerstdag. Bevrijdingsdag (5 May) and
 * Goede Vrijdag are days off only under some collective agreements, hence the options.
 */
export interface DutchHolidayOptions {
  /** 'lustrum': only in years divisible by 5 (the common CAO rule). Default 'lustrum'. */
  liberationDay?: 'every-year' | 'lustrum' | 'never';
  /** Default false. */
  goodFriday?: boolean;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilFromDays(daysFromCivil(year, month, day));
}

/** Koningsdag: 27 April, moved to 26 April when the 27th is a Sunday. */
export function kingsDay(year: number): string {
  const date = civilFromDays(daysFromCivil(year, 4, 27));
  return weekdayOf(date) === 7 ? civilFromDays(daysFromCivil(year, 4, 26)) : date;
}

export function dutchPublicHolidays(year: number, options: DutchHolidayOptions = {}): Set<string> {
  const easter = easterSunday(year);
  const date = (month: number, day: number) => civilFromDays(daysFromCivil(year, month, day));
  const dates = [
    date(1, 1),
    easter,
    addDays(easter, 1),
    kingsDay(year),
    addDays(easter, 39),
    addDays(easter, 49),
    addDays(easter, 50),
    date(12, 25),
    date(12, 26),
  ];
  const liberationDay = options.liberationDay ?? 'lustrum';
  if (liberationDay === 'every-year' || (liberationDay === 'lustrum' && year % 5 === 0))
    dates.push(date(5, 5));
  if (options.goodFriday) dates.push(addDays(easter, -2));
  return new Set(dates.sort());
}
