import { describe, expect, it } from 'vitest';
import { MAX_DAYS_AHEAD, readDueDate } from '../../../src/app/actions/read-due-date.ts';
import type { Locale } from '../../../src/domain/locale.ts';
import { weekdayOf } from '../../../src/domain/slots/zone-offsets.ts';

const FRIDAY = '2026-12-18';
const THURSDAY = '2026-12-17';

const dueOn = (words: string, locale: Locale, today: string) => {
  const answer = readDueDate(words, { locale, today });
  return answer.ok ? answer.dueOn : answer.problem;
};

describe('reading a due date, said on Friday 18 December 2026', () => {
  it('is said on a Friday', () => {
    expect(weekdayOf(FRIDAY)).toBe(5);
  });

  it.each([
    ['nl', 'vrijdag', '2026-12-25'],
    ['en', 'friday', '2026-12-25'],
    ['en', 'Friday', '2026-12-25'],
    ['nl', 'morgen', '2026-12-19'],
    ['en', 'tomorrow', '2026-12-19'],
    ['nl', 'over 2 weken', '2027-01-01'],
    ['en', 'in 2 weeks', '2027-01-01'],
    ['nl', '15 januari', '2027-01-15'],
    ['en', '15 January', '2027-01-15'],
    ['en', 'January 15', '2027-01-15'],
    ['nl', '2026-12-18', '2026-12-18'],
    ['en', '2026-12-18', '2026-12-18'],
    ['nl', 'volgende vrijdag', '2026-12-25'],
    ['en', 'next friday', '2026-12-25'],
    ['nl', 'maandag', '2026-12-21'],
    ['en', 'monday', '2026-12-21'],
    ['nl', 'vandaag', '2026-12-18'],
    ['en', 'today', '2026-12-18'],
    ['nl', '18-12-2026', '2026-12-18'],
    ['en', '18/12/2026', '2026-12-18'],
    ['nl', 'vrijdag 15:00', '2026-12-25'],
  ] as const)('%s "%s" → %s', (locale, words, expected) => {
    expect(dueOn(words, locale, FRIDAY)).toBe(expected);
  });

  it('gives the matched text', () => {
    expect(readDueDate('over 2 weken', { locale: 'nl', today: FRIDAY })).toEqual({
      ok: true,
      dueOn: '2027-01-01',
      matchedText: 'over 2 weken',
      index: 0,
      rest: '',
    });
  });
});

describe('reading a due date on other days', () => {
  it.each([
    ['nl', 'vrijdag', THURSDAY, '2026-12-18'],
    ['en', 'friday', THURSDAY, '2026-12-18'],
    // chrono's "next": the Friday of next week.
    ['nl', 'volgende vrijdag', THURSDAY, '2026-12-25'],
    ['en', 'next friday', THURSDAY, '2026-12-25'],
    ['nl', '2026-12-18', '2026-12-11', '2026-12-18'],
    ['en', '2026-12-18', '2026-12-11', '2026-12-18'],
    // A day and month said on that very day is today, not next year.
    ['nl', '15 januari', '2027-01-15', '2027-01-15'],
    ['en', '15 January', '2027-01-16', '2028-01-15'],
    // Across the switch to summer time (Sunday 29 March 2026) and back (25 October).
    ['nl', 'morgen', '2026-03-28', '2026-03-29'],
    ['en', 'tomorrow', '2026-03-29', '2026-03-30'],
    ['nl', 'over 2 weken', '2026-10-24', '2026-11-07'],
    ['en', 'sunday', '2026-10-25', '2026-11-01'],
  ] as const)('%s "%s" said on %s → %s', (locale, words, today, expected) => {
    expect(dueOn(words, locale, today)).toBe(expected);
  });
});

describe('words that give no due date', () => {
  it.each([
    ['nl', 'blabla'],
    ['en', 'blabla'],
    ['nl', ''],
    ['en', '   '],
    // A month alone or a time alone names no day.
    ['nl', 'mei'],
    ['nl', 'eind januari'],
    ['en', 'at 5pm'],
    ['nl', 'om 3 uur'],
    // No such day.
    ['nl', '31 februari'],
    ['en', '2027-02-30'],
  ] as const)('%s "%s" → no-date', (locale, words) => {
    expect(readDueDate(words, { locale, today: FRIDAY })).toEqual({ ok: false, problem: 'no-date' });
  });

  it.each([
    ['nl', 'gisteren', '2026-12-17'],
    ['en', 'yesterday', '2026-12-17'],
    ['nl', '2026-12-01', '2026-12-01'],
    ['en', '2026-12-01', '2026-12-01'],
    ['nl', '17-12-2026', '2026-12-17'],
  ] as const)('%s "%s" → in-the-past (%s)', (locale, words, date) => {
    expect(readDueDate(words, { locale, today: FRIDAY })).toEqual({
      ok: false,
      problem: 'in-the-past',
      dueOn: date,
      matchedText: words,
    });
  });

  it('refuses two different days as ambiguous, listing both', () => {
    expect(readDueDate('vrijdag of maandag', { locale: 'nl', today: FRIDAY })).toEqual({
      ok: false,
      problem: 'ambiguous',
      candidates: ['2026-12-25', '2026-12-21'],
    });
    expect(readDueDate('friday or monday', { locale: 'en', today: FRIDAY })).toMatchObject({
      problem: 'ambiguous',
    });
  });

  it('refuses an English day/month that reads both ways, and takes one that reads one way', () => {
    expect(readDueDate('5/6/2027', { locale: 'en', today: FRIDAY })).toEqual({
      ok: false,
      problem: 'ambiguous',
      candidates: ['2027-05-06', '2027-06-05'],
    });
    expect(dueOn('5-6-2027', 'nl', FRIDAY)).toBe('2027-06-05');
    expect(dueOn('December 25', 'en', FRIDAY)).toBe('2026-12-25');
    expect(dueOn('25 December', 'en', FRIDAY)).toBe('2026-12-25');
  });

  it('takes the same day said twice as one', () => {
    expect(dueOn('vrijdag 25 december', 'nl', FRIDAY)).toBe('2026-12-25');
    expect(dueOn('2026-12-25, friday', 'en', FRIDAY)).toBe('2026-12-25');
  });

  it('refuses a date more than a year ahead', () => {
    expect(MAX_DAYS_AHEAD).toBe(366);
    expect(readDueDate('2028-01-15', { locale: 'nl', today: FRIDAY })).toEqual({
      ok: false,
      problem: 'too-far-ahead',
      dueOn: '2028-01-15',
      matchedText: '2028-01-15',
    });
    expect(dueOn('2027-12-18', 'en', FRIDAY)).toBe('2027-12-18');
  });

  it('refuses a today that is no date', () => {
    expect(() => readDueDate('morgen', { locale: 'nl', today: '18-12-2026' })).toThrow(RangeError);
  });
});

describe('a due date at the start of a line of text', () => {
  it('reads the date that opens the words and hands back the text after it', () => {
    expect(
      readDueDate('vrijdag Aanvraag schuldhulp indienen', { locale: 'nl', today: FRIDAY, position: 'start' }),
    ).toEqual({
      ok: true,
      dueOn: '2026-12-25',
      matchedText: 'vrijdag',
      index: 0,
      rest: 'Aanvraag schuldhulp indienen',
    });
    expect(
      readDueDate('  next friday Call the housing office', {
        locale: 'en',
        today: FRIDAY,
        position: 'start',
      }),
    ).toMatchObject({ dueOn: '2026-12-25', index: 2, rest: 'Call the housing office' });
  });

  it('leaves dates and months inside the text to the text', () => {
    expect(
      readDueDate('over 2 weken Bel mevrouw Mei over de brief van 3 maart', {
        locale: 'nl',
        today: FRIDAY,
        position: 'start',
      }),
    ).toMatchObject({ ok: true, dueOn: '2027-01-01', rest: 'Bel mevrouw Mei over de brief van 3 maart' });
    // Anywhere in the words, the same line names two days.
    expect(
      readDueDate('over 2 weken Bel mevrouw Mei over de brief van 3 maart', { locale: 'nl', today: FRIDAY }),
    ).toMatchObject({ ok: false, problem: 'ambiguous' });
  });

  it('finds no date when the text comes first', () => {
    expect(
      readDueDate('Aanvraag schuldhulp indienen vrijdag', { locale: 'nl', today: FRIDAY, position: 'start' }),
    ).toEqual({ ok: false, problem: 'no-date' });
    expect(
      readDueDate('Aanvraag schuldhulp indienen vrijdag', { locale: 'nl', today: FRIDAY }),
    ).toMatchObject({
      ok: true,
      dueOn: '2026-12-25',
      rest: 'Aanvraag schuldhulp indienen',
    });
  });
});
