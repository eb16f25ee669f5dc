import { describe, expect, it } from 'vitest';
import { instantOfWallClock, isKnownTimeZone, wallClockAt } from '../../../src/domain/slots/wall-clock.ts';

const AMS = 'Europe/Amsterdam';
const at = (date: string, hour: number, minute: number, second = 0) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day, hour, minute, second };
};
const iso = (epochMs: number) => new Date(epochMs).toISOString();

describe('wall clock in Amsterdam', () => {
  it('reads the wall clock of an instant in winter and in summer time, to the second', () => {
    expect(wallClockAt(Date.parse('2026-03-23T08:00:05Z'), AMS)).toEqual(at('2026-03-23', 9, 0, 5));
    expect(wallClockAt(Date.parse('2026-03-30T07:00:00Z'), AMS)).toEqual(at('2026-03-30', 9, 0));
    expect(wallClockAt(Date.parse('2026-12-31T23:30:00Z'), AMS)).toEqual(at('2027-01-01', 0, 30));
  });

  it('gives the instant of a wall clock, with the engine’s rules on switch days', () => {
    expect(iso(instantOfWallClock(at('2026-03-30', 9, 0, 30), AMS))).toBe('2026-03-30T07:00:30.000Z');
    // 02:30 does not exist on 29 March: read with winter time, it is 03:30 summer time.
    expect(iso(instantOfWallClock(at('2026-03-29', 2, 30), AMS))).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October: the first, still summer time.
    expect(iso(instantOfWallClock(at('2026-10-25', 2, 30), AMS))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every quarter hour across both switch days', () => {
    for (const start of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z']) {
      for (let ms = Date.parse(start); ms < Date.parse(start) + 12 * 3600_000; ms += 15 * 60_000) {
        const wall = wallClockAt(ms, AMS);
        // Only the repeated October hour's second occurrence maps back to the first.
        const back = instantOfWallClock(wall, AMS);
        expect(back === ms || back === ms - 3600_000).toBe(true);
        expect(wallClockAt(back, AMS)).toEqual(wall);
      }
    }
  });

  it('knows real zone names only', () => {
    expect(isKnownTimeZone(AMS)).toBe(true);
    expect(isKnownTimeZone('Europe/Atlantis')).toBe(false);
  });
});
