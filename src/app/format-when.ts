import type { Locale } from '../domain/locale.ts';
import { localDateOf } from '../domain/slots/zone-offsets.ts';

/**
 * The one place dates and times are written for people. Instants are shown in the scheduling time zone passed
 * in (never the machine's); plain YYYY-MM-DD dates involve no zone at all (formatted as UTC midnight).
 */

const tags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build; views format many dates with the same few options. */
function formatter(
  locale: Locale,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(tags[locale], { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

const hourMinute: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hour12: false };
const fullDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

const plainDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "di 1 dec, 14:00–15:30" in the scheduling time zone. */
export function formatTimeRange(start: Date, end: Date, locale: Locale, timeZone: string): string {
  const day = formatter(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' });
  const time = formatter(locale, timeZone, hourMinute);
  return `${day.format(start)}, ${time.format(start)}–${time.format(end)}`;
}

/** "24 nov 2026, 10:00": an instant in the scheduling time zone (a change, a closed plan). */
export function formatInstant(instant: Date, locale: Locale, timeZone: string): string {
  const day = formatter(locale, timeZone, fullDate);
  return `${day.format(instant)}, ${formatter(locale, timeZone, hourMinute).format(instant)}`;
}

/** "3 dec" for a plain YYYY-MM-DD date in the coming weeks (an action's due date). */
export function formatDate(isoDate: string, locale: Locale): string {
  return formatter(locale, 'UTC', { day: 'numeric', month: 'short' }).format(plainDate(isoDate));
}

/** "2 nov 2026" for a plain YYYY-MM-DD date that may lie years apart (consent, a score's date). */
export function formatDay(isoDate: string, locale: Locale): string {
  const key = `${locale}|${isoDate}`;
  let text = dayTexts.get(key);
  if (text === undefined) {
    text = formatter(locale, 'UTC', fullDate).format(plainDate(isoDate));
    if (dayTexts.size >= MAX_DAY_TEXTS) dayTexts.clear();
    dayTexts.set(key, text);
  }
  return text;
}

/** formatDay's answers: a nudge sweep writes the same few due dates thousands of times. */
const dayTexts = new Map<string, string>();
const MAX_DAY_TEXTS = 10_000;

/** Today's date in the time zone, YYYY-MM-DD (the time-zone engine's answer, in domain/slots). */
export function localDate(now: Date, timeZone: string): string {
  return localDateOf(Math.floor(now.getTime() / 60_000), timeZone);
}
