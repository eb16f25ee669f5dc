import { describe, expect, it } from 'vitest';
import { readActionLine } from '../../../src/app/actions/action-line.ts';
import { featureEn } from '../../../src/app/actions/i18n/feature-en.ts';
import { featureNl } from '../../../src/app/actions/i18n/feature-nl.ts';
import { countsText } from '../../../src/app/actions/i18n/feature-text.ts';
import { readPeriod } from '../../../src/app/actions/read-period.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

const TODAY = '2026-12-04';

describe('the actions feature catalogues', () => {
  itKeepsCataloguesParallel(featureNl, featureEn);

  it('counts decisions and actions as a channel reads them', () => {
    expect(countsText('en', { decisions: 2, actions: 3 })).toBe('2 decisions, 3 actions');
    expect(countsText('nl', { decisions: 1, actions: 1 })).toBe('1 besluit, 1 actie');
    expect(countsText('en', { decisions: 0, actions: 1 })).toBe('1 action');
    expect(countsText('nl', { decisions: 1, actions: 0 })).toBe('1 besluit');
  });
});

describe('one action as typed', () => {
  it('splits owner, due date and description, in Dutch and English', () => {
    expect(
      readActionLine('@sanne vrijdag Aanvraag schuldhulp indienen', { locale: 'nl', today: TODAY }),
    ).toEqual({
      ok: true,
      ownerWord: '@sanne',
      due: 'vrijdag',
      description: 'Aanvraag schuldhulp indienen',
    });
    expect(
      readActionLine('@U0SANNE over 2 weken Bel de school op vrijdag', { locale: 'nl', today: TODAY }),
    ).toMatchObject({
      ok: true,
      due: 'over 2 weken',
      description: 'Bel de school op vrijdag',
    });
    expect(
      readActionLine('@sanne next friday Apply for debt help', { locale: 'en', today: TODAY }),
    ).toMatchObject({
      ok: true,
      description: 'Apply for debt help',
    });
  });

  it('names what is missing without echoing the words', () => {
    expect(readActionLine('@sanne', { locale: 'nl', today: TODAY })).toEqual({
      ok: false,
      problem: 'incomplete',
    });
    expect(readActionLine('@sanne vrijdag', { locale: 'nl', today: TODAY })).toEqual({
      ok: false,
      problem: 'incomplete',
    });
    const noDate = readActionLine('@sanne Geheime zorgtekst', { locale: 'nl', today: TODAY });
    expect(noDate.ok).toBe(false);
    expect(JSON.stringify(noDate)).not.toContain('Geheime');
  });
});

describe('a period of leave', () => {
  const read = (words: string, locale: 'nl' | 'en' = 'nl') => readPeriod(words, { locale, today: TODAY });

  it('reads day-month, written-out and ISO dates, into next year when needed', () => {
    expect(read('21-12 tot 3-1 @sanne')).toEqual({
      ok: true,
      from: '2026-12-21',
      to: '2027-01-03',
      deputyWord: '@sanne',
    });
    expect(read('21 december tot en met 3 januari')).toEqual({
      ok: true,
      from: '2026-12-21',
      to: '2027-01-03',
    });
    expect(read('21 December to 3 January', 'en')).toEqual({
      ok: true,
      from: '2026-12-21',
      to: '2027-01-03',
    });
    expect(read('2026-12-21 t/m 2027-01-03')).toEqual({ ok: true, from: '2026-12-21', to: '2027-01-03' });
    expect(read('3-12 tot 5-12')).toEqual({ ok: true, from: '2027-12-03', to: '2027-12-05' });
    expect(read('vrijdag')).toEqual({ ok: true, from: '2026-12-11', to: '2026-12-11' });
  });

  it('says which day it cannot read', () => {
    const wrong = read('31-2 tot 3-3');
    expect(wrong.ok).toBe(false);
    expect(wrong.ok ? '' : wrong.message).toContain('de eerste dag');
    const english = readPeriod('21 December to soon', { locale: 'en', today: TODAY });
    expect(english.ok ? '' : english.message).toContain('the last day');
  });
});
