import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../../src/app/i18n/translate.ts';
import { en } from '../../../src/app/planning/i18n/en.ts';
import { nl } from '../../../src/app/planning/i18n/nl.ts';
import { spreadOverDays } from '../../../src/app/planning/propose-conference.ts';

const at = (iso: string) => Date.parse(iso) / 60_000;
const slot = (iso: string, optional: string[] = []) => ({
  start: at(iso),
  end: at(iso) + 60,
  optionalPresent: optional,
});

describe('three proposed slots', () => {
  it('take the best slot of each of three different days', () => {
    const ranked = [
      slot('2026-12-01T08:00:00Z'),
      slot('2026-12-01T09:00:00Z'),
      slot('2026-12-02T08:00:00Z'),
      slot('2026-12-02T09:00:00Z'),
      slot('2026-12-03T13:00:00Z'),
    ];
    expect(spreadOverDays(ranked, 'Europe/Amsterdam', 3).map((s) => s.start)).toEqual([
      at('2026-12-01T08:00:00Z'),
      at('2026-12-02T08:00:00Z'),
      at('2026-12-03T13:00:00Z'),
    ]);
  });

  it('fill up from the same days only when fewer days have slots, shown in date order', () => {
    const ranked = [
      slot('2026-12-02T08:00:00Z', ['sem']),
      slot('2026-12-01T08:00:00Z'),
      slot('2026-12-01T09:00:00Z'),
    ];
    expect(spreadOverDays(ranked, 'Europe/Amsterdam', 3).map((s) => s.start)).toEqual([
      at('2026-12-01T08:00:00Z'),
      at('2026-12-01T09:00:00Z'),
      at('2026-12-02T08:00:00Z'),
    ]);
    expect(spreadOverDays(ranked.slice(1), 'Europe/Amsterdam', 3)).toHaveLength(2);
  });
});

describe('slots in date order', () => {
  it('shows the best of three days by date, not by rank (not vr 11, vr 18, ma 7 dec)', () => {
    // Friday mornings rank first (an optional attendee can come then), the Monday after them.
    const ranked = [
      slot('2026-12-11T09:00:00Z', ['sem']),
      slot('2026-12-18T09:00:00Z', ['sem']),
      slot('2026-12-07T09:00:00Z'),
      slot('2026-12-08T09:00:00Z'),
    ];
    const shown = spreadOverDays(ranked, 'Europe/Amsterdam', 3);
    expect(shown.map((s) => s.start)).toEqual([
      at('2026-12-07T09:00:00Z'),
      at('2026-12-11T09:00:00Z'),
      at('2026-12-18T09:00:00Z'),
    ]);
    expect(shown[1]?.optionalPresent).toEqual(['sem']);
  });
});

describe('the planning catalogues', () => {
  const placeholders = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

  it('have the same keys and placeholders in Dutch and English, and no empty message', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, placeholders: placeholders(nl[key]) }).toEqual({
        key,
        placeholders: placeholders(en[key]),
      });
      expect(nl[key].trim()).not.toBe('');
    }
  });
});
