import { describe, expect, it } from 'vitest';
import { contractWeekdays, notWorkingReason, toWorkingDay } from '../../../src/domain/actions/working-day.ts';
import { dutchPublicHolidays } from '../../../src/domain/slots/dutch-holidays.ts';
import { weekdayOf } from '../../../src/domain/slots/zone-offsets.ts';

const fullTime = { contractWeekdays: [1, 2, 3, 4, 5] };
const monTueThu = { contractWeekdays: [1, 2, 4] };

describe('a due date on the owner’s working day', () => {
  it('keeps a due date on which the owner works', () => {
    expect(toWorkingDay('2026-12-17', monTueThu)).toEqual({ dueOn: '2026-12-17' });
    expect(toWorkingDay('2026-12-18', fullTime)).toEqual({ dueOn: '2026-12-18' });
  });

  it('moves a Wednesday to the Tuesday before for an owner who works Monday, Tuesday and Thursday', () => {
    expect(weekdayOf('2026-12-16')).toBe(3);
    expect(toWorkingDay('2026-12-16', monTueThu)).toEqual({
      dueOn: '2026-12-15',
      movedFrom: '2026-12-16',
      reason: 'not-a-working-day',
      direction: 'earlier',
    });
  });

  it('moves a Friday to the Thursday for that part-timer, and a Sunday back over the weekend', () => {
    expect(toWorkingDay('2026-12-18', monTueThu).dueOn).toBe('2026-12-17');
    expect(toWorkingDay('2026-12-20', monTueThu).dueOn).toBe('2026-12-17');
    expect(toWorkingDay('2026-12-20', fullTime)).toMatchObject({
      dueOn: '2026-12-18',
      reason: 'not-a-working-day',
    });
  });

  it('moves Christmas Day (Friday 25 December 2026) to Thursday 24 December', () => {
    expect(weekdayOf('2026-12-25')).toBe(5);
    expect(toWorkingDay('2026-12-25', fullTime)).toEqual({
      dueOn: '2026-12-24',
      movedFrom: '2026-12-25',
      reason: 'public-holiday',
      direction: 'earlier',
    });
  });

  it('moves Boxing Day (a Saturday in 2026) back over Christmas to Thursday 24 December, a holiday as reason', () => {
    expect(toWorkingDay('2026-12-26', fullTime)).toEqual({
      dueOn: '2026-12-24',
      movedFrom: '2026-12-26',
      reason: 'public-holiday',
      direction: 'earlier',
    });
  });

  it('moves Easter Monday (29 March 2027) back over the weekend to Friday 26 March', () => {
    expect(dutchPublicHolidays(2027).has('2027-03-29')).toBe(true);
    expect(toWorkingDay('2027-03-29', fullTime)).toEqual({
      dueOn: '2027-03-26',
      movedFrom: '2027-03-29',
      reason: 'public-holiday',
      direction: 'earlier',
    });
  });

  it('names the holiday as the reason when it is also no contract day of a part-timer', () => {
    // 24 Dec is a Thursday they work; 25 (Fri) is no contract day and a holiday: the holiday is the reason.
    expect(toWorkingDay('2026-12-25', monTueThu)).toMatchObject({
      dueOn: '2026-12-24',
      reason: 'public-holiday',
    });
    // New Year's Day 2026 is a Thursday: back to Tuesday 30 December 2025, across the year.
    expect(toWorkingDay('2026-01-01', monTueThu)).toMatchObject({
      dueOn: '2025-12-30',
      reason: 'public-holiday',
    });
  });

  it('crosses the year for New Year’s Day 2027 (a Friday)', () => {
    expect(toWorkingDay('2027-01-01', fullTime)).toMatchObject({
      dueOn: '2026-12-31',
      movedFrom: '2027-01-01',
    });
  });

  it('uses the holidays it is given instead of the Dutch ones', () => {
    expect(toWorkingDay('2026-12-25', { ...fullTime, holidays: new Set() })).toEqual({ dueOn: '2026-12-25' });
    expect(toWorkingDay('2026-12-17', { ...fullTime, holidays: new Set(['2026-12-17']) })).toMatchObject({
      dueOn: '2026-12-16',
      reason: 'public-holiday',
    });
  });

  it('moves forward to the next working day when the working day before has already passed', () => {
    // Said on Saturday 19 December: "morgen" is Sunday, and Friday 18 is gone.
    expect(toWorkingDay('2026-12-20', { ...fullTime, notBefore: '2026-12-19' })).toEqual({
      dueOn: '2026-12-21',
      movedFrom: '2026-12-20',
      reason: 'not-a-working-day',
      direction: 'later',
    });
    // Said on Thursday 24 December about Christmas: today itself still counts.
    expect(toWorkingDay('2026-12-25', { ...fullTime, notBefore: '2026-12-24' }).dueOn).toBe('2026-12-24');
    // Said on Christmas Eve by the Mon/Tue/Thu owner about Boxing Day: the 24th, today.
    expect(toWorkingDay('2026-12-26', { ...monTueThu, notBefore: '2026-12-24' }).dueOn).toBe('2026-12-24');
    // Said on Christmas Day: the next working day is Monday 28 December.
    expect(toWorkingDay('2026-12-26', { ...fullTime, notBefore: '2026-12-25' })).toMatchObject({
      dueOn: '2026-12-28',
      reason: 'public-holiday',
      direction: 'later',
    });
  });

  it('takes an owner without recorded contract days to work Monday to Friday', () => {
    expect(toWorkingDay('2026-12-16', { contractWeekdays: [] })).toEqual({ dueOn: '2026-12-16' });
    expect(toWorkingDay('2026-12-19', { contractWeekdays: new Set() }).dueOn).toBe('2026-12-18');
  });

  it('reads the contract days from contract blocks, split shifts once', () => {
    const blocks = [
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 1, startMinute: 780, endMinute: 1020 },
      { weekday: 4, startMinute: 540, endMinute: 1020 },
    ];
    expect(contractWeekdays(blocks)).toEqual(new Set([1, 4]));
    expect(toWorkingDay('2026-12-16', { contractWeekdays: contractWeekdays(blocks) }).dueOn).toBe(
      '2026-12-14',
    );
  });

  it('says why a day is no working day', () => {
    expect(notWorkingReason('2026-12-16', monTueThu)).toBe('not-a-working-day');
    expect(notWorkingReason('2026-12-25', monTueThu)).toBe('public-holiday');
    expect(notWorkingReason('2026-12-17', monTueThu)).toBeUndefined();
  });

  it('refuses what is no calendar date', () => {
    expect(() => toWorkingDay('2026-02-30', fullTime)).toThrow(RangeError);
    expect(() => toWorkingDay('vrijdag', fullTime)).toThrow(RangeError);
  });
});
