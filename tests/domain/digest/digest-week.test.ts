import { describe, expect, it } from 'vitest';
import { digestDue, digestWeekAt, isoWeekOf, mondayOf } from '../../../src/domain/digest/digest-week.ts';

const ZONE = 'Europe/Amsterdam';
const MONDAY_0830 = { weekday: 1, time: '08:30' };

describe('the digest week', () => {
  it('names weeks the ISO way, also across a new year', () => {
    expect(isoWeekOf('2026-12-07')).toBe('2026-W50');
    expect(isoWeekOf('2026-12-13')).toBe('2026-W50');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
  });

  it('is planned on Monday 08:30 Amsterdam time, winter and summer', () => {
    const winter = digestWeekAt(new Date('2026-12-09T12:00:00Z'), MONDAY_0830, ZONE);
    expect(winter).toEqual({
      weekOf: '2026-12-07',
      isoWeek: '2026-W50',
      plannedAt: new Date('2026-12-07T07:30:00Z'),
    });
    expect(digestWeekAt(new Date('2026-06-10T12:00:00Z'), MONDAY_0830, ZONE).plannedAt).toEqual(
      new Date('2026-06-08T06:30:00Z'),
    );
    // Sunday 23:30 local is still last week.
    expect(digestWeekAt(new Date('2026-12-13T22:30:00Z'), MONDAY_0830, ZONE).weekOf).toBe('2026-12-07');
  });

  it('is not due before its time, on time just after it, late once casus missed it by more than half an hour', () => {
    expect(digestDue(new Date('2026-12-07T07:29:00Z'), MONDAY_0830, ZONE).due).toBe(false);
    expect(digestDue(new Date('2026-12-07T07:45:00Z'), MONDAY_0830, ZONE)).toMatchObject({
      due: true,
      late: false,
    });
    expect(digestDue(new Date('2026-12-08T10:00:00Z'), MONDAY_0830, ZONE)).toMatchObject({
      due: true,
      late: true,
      week: { isoWeek: '2026-W50' },
    });
  });

  it('on another weekday: a Friday digest is not due on Monday, and last week’s is never due', () => {
    const friday = { weekday: 5, time: '16:00' };
    const monday = digestDue(new Date('2026-12-07T10:00:00Z'), friday, ZONE);
    expect(monday).toMatchObject({ due: false, week: { isoWeek: '2026-W50' } });
    expect(digestDue(new Date('2026-12-11T15:00:00Z'), friday, ZONE)).toMatchObject({
      due: true,
      late: false,
    });
  });
});
