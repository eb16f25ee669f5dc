import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  localDateOf,
  localDayStart,
  localMinuteOfDay,
  localTimeToEpochMinute,
  weekdayOf,
} from '../../../src/domain/slots/zone-offsets.ts';

const AMS = 'Europe/Amsterdam';
const utc = (iso: string) => Date.parse(iso) / 60_000;

describe('weekdayOf', () => {
  it('gives the ISO weekday with pure arithmetic', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2026-03-29')).toBe(7);
    expect(weekdayOf('2026-03-30')).toBe(1);
    expect(weekdayOf('2000-02-29')).toBe(2);
    expect(weekdayOf('1969-12-31')).toBe(3);
  });

  it('rejects a date that does not exist', () => {
    expect(() => dayNumber('2026-02-29')).toThrow(RangeError);
    expect(() => dayNumber('29-03-2026')).toThrow(RangeError);
  });
});

describe('Amsterdam wall-clock time in UTC', () => {
  it('puts Monday 09:00 at 08:00 UTC before the March change and 07:00 UTC after it', () => {
    expect(localTimeToEpochMinute('2026-03-23', 9 * 60, AMS)).toBe(utc('2026-03-23T08:00:00Z'));
    expect(localTimeToEpochMinute('2026-03-30', 9 * 60, AMS)).toBe(utc('2026-03-30T07:00:00Z'));
  });

  it('puts Monday 09:00 at 07:00 UTC before the October change and 08:00 UTC after it', () => {
    expect(localTimeToEpochMinute('2026-10-19', 9 * 60, AMS)).toBe(utc('2026-10-19T07:00:00Z'));
    expect(localTimeToEpochMinute('2026-10-26', 9 * 60, AMS)).toBe(utc('2026-10-26T08:00:00Z'));
  });

  it('makes the March switch day 23 hours and the October one 25 hours long', () => {
    expect(localDayStart('2026-03-29', AMS)).toBe(utc('2026-03-28T23:00:00Z'));
    expect(localDayStart('2026-03-30', AMS) - localDayStart('2026-03-29', AMS)).toBe(23 * 60);
    expect(localDayStart('2026-10-25', AMS)).toBe(utc('2026-10-24T22:00:00Z'));
    expect(localDayStart('2026-10-26', AMS) - localDayStart('2026-10-25', AMS)).toBe(25 * 60);
  });

  it('reads a skipped March time as just after the gap', () => {
    expect(localTimeToEpochMinute('2026-03-29', 1 * 60 + 59, AMS)).toBe(utc('2026-03-29T00:59:00Z'));
    expect(localTimeToEpochMinute('2026-03-29', 2 * 60 + 30, AMS)).toBe(utc('2026-03-29T01:30:00Z'));
    expect(localTimeToEpochMinute('2026-03-29', 3 * 60, AMS)).toBe(utc('2026-03-29T01:00:00Z'));
  });

  it('reads a repeated October time as its first occurrence', () => {
    expect(localTimeToEpochMinute('2026-10-25', 1 * 60 + 30, AMS)).toBe(utc('2026-10-24T23:30:00Z'));
    expect(localTimeToEpochMinute('2026-10-25', 2 * 60 + 30, AMS)).toBe(utc('2026-10-25T00:30:00Z'));
    expect(localTimeToEpochMinute('2026-10-25', 3 * 60, AMS)).toBe(utc('2026-10-25T02:00:00Z'));
  });

  it('gives the local date and time of an instant', () => {
    expect(localDateOf(utc('2026-03-29T22:30:00Z'), AMS)).toBe('2026-03-30');
    expect(localDateOf(utc('2026-03-29T22:30:00Z'), 'UTC')).toBe('2026-03-29');
    expect(localMinuteOfDay(utc('2026-10-26T08:15:00Z'), AMS)).toBe(9 * 60 + 15);
  });
});

describe('other zones', () => {
  it('handles the southern hemisphere and half-hour offsets the same way', () => {
    // Auckland leaves summer time on Sunday 5 April 2026, 03:00 → 02:00; 02:30 happens twice.
    expect(localTimeToEpochMinute('2026-04-05', 2 * 60 + 30, 'Pacific/Auckland')).toBe(
      utc('2026-04-04T13:30:00Z'),
    );
    expect(localDateOf(utc('2026-03-29T12:00:00Z'), 'Pacific/Auckland')).toBe('2026-03-30');
    expect(localTimeToEpochMinute('2026-01-05', 9 * 60, 'Asia/Kolkata')).toBe(utc('2026-01-05T03:30:00Z'));
  });
});
