import * as chrono from 'chrono-node';
import type { Locale } from '../../domain/locale.ts';
import { addDays, civilFromDays, dayNumber, daysFromCivil } from '../../domain/slots/zone-offsets.ts';

/**
 * An action's due date from what someone typed, in Dutch or English: "vrijdag", "morgen", "over 2 weken",
 * "15 januari", "2026-12-18", "friday", "tomorrow", "in 2 weeks", "next friday", "18-12-2026".
 *
 * Read with chrono-node (its Dutch parser; for English its American and British ones) and `forwardDate`, so a date without a year or a
 * bare weekday means the next one from today: "15 januari" said in December is next January, and a bare weekday
 * said on that weekday is a week later ("vrijdag" on a Friday is next Friday; whoever means today says
 * "vandaag" / "today"). "next friday" / "volgende vrijdag" is chrono's: the Friday of next week (said on a
 * Thursday, that is eight days on). A time in the words ("vrijdag 15:00") is ignored: an action is due on a day.
 *
 * A match counts as a date only when it names a day (a day of the month, a weekday, or a relative day such as
 * "morgen" or "over 2 weken"). A month alone ("mei", "eind januari") or a time alone ("om 3 uur") is no date:
 * it is too vague for a due date, and "mei" also turns up in names.
 *
 * Problems (`problem`), each with a message in src/app/actions/i18n/:
 * - `no-date`: nothing in the words names a day;
 * - `ambiguous`: the words name two or more different days ("vrijdag of maandag"); `candidates` lists them;
 * - `in-the-past`: the day has passed ("gisteren", "2026-12-01" said on 18 December 2026); today is fine;
 * - `too-far-ahead`: more than a year after today (`MAX_DAYS_AHEAD`), most likely a typo in the year.
 *
 * No clock and no machine time zone: `today` is the caller's date in the team's time zone (`localDate(now,
 * timeZone)` in src/app/format-when.ts). chrono does its arithmetic on the local fields of a JavaScript Date, so
 * it is handed noon of `today` in the machine's own zone and only calendar fields are read back: the answer is
 * the same on a server in Amsterdam, in UTC or in Auckland. For the same reason the function takes no time
 * zone: given `today`, none is needed, and passing one to chrono is what would let the machine's zone in.
 */

export type DueDateProblem = 'no-date' | 'ambiguous' | 'in-the-past' | 'too-far-ahead';

export interface ReadDueDateOptions {
  /** The language the words are in. */
  locale: Locale;
  /** Today in the team's time zone, 'YYYY-MM-DD'. */
  today: string;
  /**
   * 'anywhere' (default): the words are just the date ("vrijdag", "over 2 weken"); every day they name counts,
   * so two different days are `ambiguous`.
   * 'start': the date opens the words and free text follows, as in the one-line command after the owner
   * ("vrijdag Aanvraag schuldhulp indienen"): only a date at the very start counts, later dates are part of the
   * text, and `rest` is the text after the date.
   */
  position?: 'anywhere' | 'start';
}

export interface DueDateRead {
  ok: true;
  /** The due date as said, 'YYYY-MM-DD' (not yet moved to a working day: see toWorkingDay). */
  dueOn: string;
  /** The part of the words read as the date, e.g. "over 2 weken". */
  matchedText: string;
  /** Where `matchedText` starts in the words (0 with position 'start'). */
  index: number;
  /** The words after the date, trimmed (position 'start'); with 'anywhere', the words without the date. */
  rest: string;
}

export type DueDateNotRead =
  | { ok: false; problem: 'no-date' }
  | { ok: false; problem: 'ambiguous'; candidates: string[] }
  | { ok: false; problem: 'in-the-past' | 'too-far-ahead'; dueOn: string; matchedText: string };

export type DueDateAnswer = DueDateRead | DueDateNotRead;

/** A due date further than this many days after today is refused as `too-far-ahead`. */
export const MAX_DAYS_AHEAD = 366;

/**
 * Dutch reads day before month ("5-6-2027" is 5 June). English is read twice, the American and the British way,
 * and both answers count: "January 15" only the American parser reads as a day (the British one takes it for
 * January 2015), while "5/6/2027" is 6 May to one and 5 June to the other, so it is `ambiguous` rather than
 * silently wrong; "18/12/2026" and "2026-12-18" agree.
 */
const parsers: Record<Locale, readonly chrono.Chrono[]> = {
  nl: [chrono.nl.casual],
  en: [chrono.en.casual, chrono.en.GB],
};

interface Found {
  dueOn: string;
  matchedText: string;
  index: number;
}

/** Reads one due date from `words`; see the module comment for what counts and which problems there are. */
export function readDueDate(words: string, options: ReadDueDateOptions): DueDateAnswer {
  const today = options.today;
  const todayNumber = dayNumber(today);
  const leading = words.length - words.trimStart().length;
  const reference = noonOf(today);
  const found = parsers[options.locale]
    .flatMap((parser) => parser.parse(words, reference, { forwardDate: true }))
    .filter((result) => options.position !== 'start' || result.index === leading)
    .map((result) => asDay(result, today))
    .filter((day): day is Found => day !== undefined);

  const first = found[0];
  if (!first) return { ok: false, problem: 'no-date' };
  const candidates = [...new Set(found.map((f) => f.dueOn))];
  if (candidates.length > 1) return { ok: false, problem: 'ambiguous', candidates };

  const { dueOn, matchedText, index } = first;
  const daysAhead = dayNumber(dueOn) - todayNumber;
  if (daysAhead < 0) return { ok: false, problem: 'in-the-past', dueOn, matchedText };
  if (daysAhead > MAX_DAYS_AHEAD) return { ok: false, problem: 'too-far-ahead', dueOn, matchedText };
  const rest =
    options.position === 'start'
      ? words.slice(index + matchedText.length).trim()
      : `${words.slice(0, index)} ${words.slice(index + matchedText.length)}`.replace(/\s+/g, ' ').trim();
  return { ok: true, dueOn, matchedText, index, rest };
}

/**
 * Noon of `today` in the machine's own zone: chrono reads and shifts the local fields of this Date, and at noon
 * no daylight-saving switch can move it to another day.
 */
function noonOf(today: string): Date {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const noon = new Date(2000, 0, 1, 12, 0, 0, 0);
  noon.setFullYear(year, month - 1, day);
  return noon;
}

/** The day a chrono result names, or undefined when it names none (a month or a time alone). */
function asDay(result: chrono.ParsedResult, today: string): Found | undefined {
  const start = result.start;
  const namesDay = start.isCertain('day') || start.isCertain('weekday');
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (!namesDay || year === null || month === null || day === null) return undefined;
  let dueOn = civilFromDays(daysFromCivil(year, month, day));
  // A bare weekday said on that very weekday means the one a week later.
  if (dueOn === today && start.isCertain('weekday') && !start.isCertain('day')) dueOn = addDays(today, 7);
  return { dueOn, matchedText: result.text, index: result.index };
}
