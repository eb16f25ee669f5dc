import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays, easterSunday, kingsDay } from '../../../src/domain/slots/dutch-holidays.ts';

describe('Dutch public holidays', () => {
  it('finds Easter Sunday', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday', () => {
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2026)).toBe('2026-04-27');
  });

  it('lists the fixed and Easter-based days, with Bevrijdingsdag every five years by default', () => {
    expect([...dutchPublicHolidays(2026)]).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(dutchPublicHolidays(2025).has('2025-05-05')).toBe(true);
    expect(dutchPublicHolidays(2026, { liberationDay: 'every-year' }).has('2026-05-05')).toBe(true);
    expect(dutchPublicHolidays(2026, { goodFriday: true }).has('2026-04-03')).toBe(true);
  });
});
