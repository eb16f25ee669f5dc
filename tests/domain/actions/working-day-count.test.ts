import { describe, expect, it } from 'vitest';
import { dutchHolidaysAround } from '../../../src/domain/actions/working-day.ts';
import {
  blockedWorkingDays,
  contractWorkdays,
  OFFICE_WEEK,
  officeWorkdays,
  shiftWorkdays,
  workdayOnOrBefore,
  workdaysAfter,
} from '../../../src/domain/actions/working-day-count.ts';

// December 2026: Thursday 24, Friday 25 (Christmas), Saturday 26 (Boxing Day), Monday 28; Friday 1 January 2027.
const holidays = dutchHolidaysAround('2026-12-01');
const monTueThu = contractWorkdays(
  [1, 2, 4].map((weekday) => ({ weekday, startMinute: 510, endMinute: 750 })),
  holidays,
);
const office = officeWorkdays(holidays);

describe('counting working days', () => {
  it('knows a part-timer’s days and the public holidays', () => {
    expect(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'].map(monTueThu)).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(office('2026-12-25')).toBe(false);
    expect(office('2026-12-28')).toBe(true);
    expect(office('2027-01-01')).toBe(false);
  });

  it('treats someone without contract blocks as working the office week, 09:00–17:00', () => {
    const nobody = contractWorkdays([], holidays);
    expect(['2026-12-18', '2026-12-19', '2026-12-25'].map(nobody)).toEqual([true, false, false]);
    expect(OFFICE_WEEK).toHaveLength(5);
    expect(OFFICE_WEEK[0]).toEqual({ weekday: 1, startMinute: 540, endMinute: 1020 });
  });

  it('shifts over days off and holidays, both ways', () => {
    expect(shiftWorkdays('2026-12-24', 2, office)).toBe('2026-12-29');
    expect(shiftWorkdays('2026-12-24', 2, monTueThu)).toBe('2026-12-29');
    expect(shiftWorkdays('2026-12-22', 1, monTueThu)).toBe('2026-12-24');
    expect(shiftWorkdays('2026-12-17', -2, monTueThu)).toBe('2026-12-14');
    expect(shiftWorkdays('2026-12-17', 0, monTueThu)).toBe('2026-12-17');
    expect(shiftWorkdays('2026-12-17', 1, () => false)).toBeNull();
  });

  it('finds the last working day on or before a date', () => {
    expect(workdayOnOrBefore('2026-12-25', office)).toBe('2026-12-24');
    expect(workdayOnOrBefore('2026-12-23', monTueThu)).toBe('2026-12-22');
    expect(workdayOnOrBefore('2026-12-22', monTueThu)).toBe('2026-12-22');
  });

  it('counts the working days after a date up to and including another', () => {
    expect(workdaysAfter('2026-12-17', '2026-12-31', office)).toBe(9);
    expect(workdaysAfter('2026-12-17', '2026-12-17', office)).toBe(0);
    expect(workdaysAfter('2026-12-17', '2026-12-01', office)).toBe(0);
  });
});

describe('blockedWorkingDays', () => {
  it('counts office working days waited since the day it was blocked', () => {
    expect(blockedWorkingDays('2026-12-14', '2026-12-14', holidays)).toBe(0);
    expect(blockedWorkingDays('2026-12-14', '2026-12-21', holidays)).toBe(5);
    // Over Christmas and New Year's Day: 22, 23, 24, 28, 29, 30, 31 December and 4 January.
    expect(blockedWorkingDays('2026-12-21', '2027-01-04', holidays)).toBe(8);
    // Blocked on a Saturday: Monday is the first day waited.
    expect(blockedWorkingDays('2026-12-19', '2026-12-21', holidays)).toBe(1);
  });
});
