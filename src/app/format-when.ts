import type { Locale } from '../domain/locale.ts';

const tags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "di 1 dec, 14:00–15:30" in the scheduling time zone (never the machine's). */
export function formatTimeRange(start: Date, end: Date, locale: Locale, timeZone: string): string {
  const day = new Intl.DateTimeFormat(tags[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone,
  });
  const time = new Intl.DateTimeFormat(tags[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  });
  return `${day.format(start)}, ${time.format(start)}–${time.format(end)}`;
}

/** "3 dec" for a plain YYYY-MM-DD date (no time zone involved). */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** Today's date in the time zone, YYYY-MM-DD. */
export function localDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(now);
}
