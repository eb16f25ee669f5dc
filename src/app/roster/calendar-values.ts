import { fileURLToPath } from 'node:url';

/** Parsing of the weekday, time, date and calendar notations the import accepts (Dutch and English). */

const WEEKDAY_WORDS: Record<string, number> = {
  ma: 1,
  maandag: 1,
  mon: 1,
  monday: 1,
  di: 2,
  dinsdag: 2,
  tue: 2,
  tuesday: 2,
  wo: 3,
  woensdag: 3,
  wed: 3,
  wednesday: 3,
  do: 4,
  donderdag: 4,
  thu: 4,
  thursday: 4,
  vr: 5,
  vrijdag: 5,
  fri: 5,
  friday: 5,
  za: 6,
  zaterdag: 6,
  sat: 6,
  saturday: 6,
  zo: 7,
  zondag: 7,
  sun: 7,
  sunday: 7,
};

/** ISO weekday (1 = Monday) from 'ma', 'mon', 'maandag', 1 or '1'; undefined when not a weekday. */
export function parseWeekday(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 && value <= 7 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase().replace(/\.$/, '');
  if (/^[1-7]$/.test(word)) return Number(word);
  return WEEKDAY_WORDS[word];
}

/** Minutes since midnight from 'HH:MM' (or 'H:MM'); 24:00 is allowed as the end of a day. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const DAY_NAMES = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

export function formatWeekday(weekday: number): string {
  return DAY_NAMES[weekday - 1] ?? String(weekday);
}

/** True for a real calendar date written YYYY-MM-DD (so 2026-02-30 is rejected). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const WEB_CALENDAR = /^(https?|webcal):\/\/[^\s/?#]+\S*$/i;
const MAX_CALENDAR_LENGTH = 2000;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A published busy calendar as the import stores it, or undefined when it is not one: an `https://`,
 * `http://` or `webcal://` address (webcal is https to every calendar app, and the planner fetches it so),
 * or a file path on the server. A `file://` URL is stored as its path, so both spellings of one file are
 * the same value; any other scheme is refused.
 */
export function parseBusyCalendar(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text.length > MAX_CALENDAR_LENGTH || /[\t\n\r\v\f]/.test(text)) return undefined;
  if (WEB_CALENDAR.test(text)) return URL.canParse(text) ? text : undefined;
  if (/^file:\/\//i.test(text)) {
    try {
      return fileURLToPath(text);
    } catch {
      return undefined; // a file URL naming another host, or with an encoded slash
    }
  }
  return OTHER_SCHEME.test(text) ? undefined : text;
}
