import type { Locale } from '../../domain/locale.ts';
import { civilFromDays, daysFromCivil } from '../../domain/slots/zone-offsets.ts';
import { dueDateProblemText } from './i18n/action-text.ts';
import { featureText as t } from './i18n/feature-text.ts';
import { readDueDate } from './read-due-date.ts';

/** A period of leave as typed after `afwezig` / `away`, with the deputy's word when one is named. */
export type PeriodRead =
  | { ok: true; from: string; to: string; deputyWord?: string }
  | { ok: false; message?: string };

/** "tot", "tot en met", "t/m", "to", "until", "till", "through" or a dash between the two days. */
const SEPARATOR = /\s+(?:tot\s+en\s+met|tot|t\/m|to|until|till|through|-|–)\s+/i;
/** "21-12", "3/1", "21-12-2026": day and month (and year), as Dutch and British people write them. */
const DAY_MONTH = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/;

/**
 * Reads `21-12 tot 3-1 @sanne`, `21 december tot 3 januari`, `2026-12-21 to 2027-01-03 @sanne`. A day without a
 * year is the next one from today (the last day: the next one from the first day), so "21-12 tot 3-1" said in
 * December runs into January. The deputy is a last word starting with '@'. Without a separator, one day is both
 * the first and the last ("afwezig vrijdag"). Problems never echo the words typed.
 */
export function readPeriod(words: string, options: { locale: Locale; today: string }): PeriodRead {
  const tokens = words.trim().split(/\s+/).filter(Boolean);
  let deputyWord: string | undefined;
  const last = tokens.at(-1);
  if (last?.startsWith('@')) {
    deputyWord = last;
    tokens.pop();
  }
  if (tokens.length === 0) return { ok: false };
  const parts = tokens.join(' ').split(SEPARATOR);
  if (parts.length > 2) return { ok: false };
  const [fromWords = '', toWords] = parts;
  const from = readDay(fromWords, options.today, options.locale);
  if (!from.ok) return { ok: false, message: problem('from', from.message, options.locale) };
  if (toWords === undefined)
    return { ok: true, from: from.day, to: from.day, ...(deputyWord ? { deputyWord } : {}) };
  const to = readDay(toWords, from.day, options.locale);
  if (!to.ok) return { ok: false, message: problem('to', to.message, options.locale) };
  return { ok: true, from: from.day, to: to.day, ...(deputyWord ? { deputyWord } : {}) };
}

function problem(which: 'from' | 'to', message: string, locale: Locale): string {
  return t(locale, 'away.date-problem', { which: t(locale, `away.which.${which}`), problem: message });
}

/** One day, on or after `notBefore` when it has no year. */
function readDay(
  words: string,
  notBefore: string,
  locale: Locale,
): { ok: true; day: string } | { ok: false; message: string } {
  const numeric = DAY_MONTH.exec(words.trim());
  if (numeric) {
    const day = Number(numeric[1]);
    const month = Number(numeric[2]);
    const givenYear = numeric[3] === undefined ? undefined : Number(numeric[3]);
    const year = givenYear ?? Number(notBefore.slice(0, 4));
    const date = validDay(year, month, day);
    if (!date) return { ok: false, message: dueDateProblemText(locale, { ok: false, problem: 'no-date' }) };
    if (givenYear !== undefined || date >= notBefore) return { ok: true, day: date };
    const next = validDay(year + 1, month, day);
    return next
      ? { ok: true, day: next }
      : { ok: false, message: dueDateProblemText(locale, { ok: false, problem: 'no-date' }) };
  }
  const read = readDueDate(words, { locale, today: notBefore });
  return read.ok ? { ok: true, day: read.dueOn } : { ok: false, message: dueDateProblemText(locale, read) };
}

function validDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = civilFromDays(daysFromCivil(year, month, day));
  return date === `${year}-${pad(month)}-${pad(day)}` ? date : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
