import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays } from '../../../src/domain/slots/dutch-holidays.ts';
import {
  type AttendeeAvailability,
  type ContractBlock,
  type FindSlotsInput,
  findSlots,
  workingDays,
} from '../../../src/domain/slots/find-slots.ts';
import {
  localDateOf,
  localDayStart,
  localTimeToEpochMinute,
  weekdayOf,
} from '../../../src/domain/slots/zone-offsets.ts';

const AMS = 'Europe/Amsterdam';
const utc = (iso: string) => Date.parse(iso) / 60_000;
const at = (dateIso: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return localTimeToEpochMinute(dateIso, h! * 60 + m!, AMS);
};

function contract(weekdays: number[], start = '09:00', end = '17:00'): ContractBlock[] {
  const minute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return weekdays.map((weekday) => ({ weekday, startMinute: minute(start), endMinute: minute(end) }));
}

function person(id: string, weekdays = [1, 2, 3, 4, 5], busy: [number, number][] = []): AttendeeAvailability {
  return { id, contract: contract(weekdays), busy };
}

function search(overrides: Partial<FindSlotsInput>): ReturnType<typeof findSlots> {
  return findSlots({
    from: localDayStart('2026-03-23', AMS),
    durationMinutes: 60,
    timeZone: AMS,
    holidays: new Set(),
    required: [person('wijkverpleegkundige')],
    ...overrides,
  });
}

describe('findSlots', () => {
  it('offers the earliest grid slots inside working hours', () => {
    const slots = search({});
    expect(slots).toEqual([
      { start: at('2026-03-23', '09:00'), end: at('2026-03-23', '10:00'), optionalPresent: [] },
      { start: at('2026-03-23', '09:15'), end: at('2026-03-23', '10:15'), optionalPresent: [] },
      { start: at('2026-03-23', '09:30'), end: at('2026-03-23', '10:30'), optionalPresent: [] },
    ]);
  });

  it('starts no earlier than `from`, rounded up to the grid', () => {
    const [first] = search({ from: at('2026-03-23', '10:07') });
    expect(first?.start).toBe(at('2026-03-23', '10:15'));
    const [late] = search({ from: at('2026-03-23', '16:30') });
    expect(late?.start).toBe(at('2026-03-24', '09:00'));
  });

  it('places Amsterdam 09:00 at 08:00 UTC before the March change and 07:00 UTC after it', () => {
    const friday = search({ from: localDayStart('2026-03-27', AMS), limit: 1 });
    expect(friday[0]?.start).toBe(utc('2026-03-27T08:00:00Z'));
    const monday = search({ from: localDayStart('2026-03-28', AMS), limit: 1 });
    expect(monday[0]?.start).toBe(utc('2026-03-30T07:00:00Z'));
  });

  it('places Amsterdam 09:00 at 07:00 UTC before the October change and 08:00 UTC after it', () => {
    const friday = search({ from: localDayStart('2026-10-23', AMS), limit: 1 });
    expect(friday[0]?.start).toBe(utc('2026-10-23T07:00:00Z'));
    const monday = search({ from: localDayStart('2026-10-24', AMS), limit: 1 });
    expect(monday[0]?.start).toBe(utc('2026-10-26T08:00:00Z'));
  });

  it('skips Koningsdag, Easter Monday and Christmas when given as holidays', () => {
    const holidays = dutchPublicHolidays(2026);
    const first = (dateIso: string, withHolidays: ReadonlySet<string>) =>
      search({ from: localDayStart(dateIso, AMS), holidays: withHolidays, limit: 1 })[0]?.start;
    expect(first('2026-04-27', new Set())).toBe(at('2026-04-27', '09:00'));
    expect(first('2026-04-27', holidays)).toBe(at('2026-04-28', '09:00'));
    expect(first('2026-04-06', holidays)).toBe(at('2026-04-07', '09:00'));
    expect(first('2026-12-25', holidays)).toBe(at('2026-12-28', '09:00'));
  });

  it('finds no slot on a day a part-time required attendee does not work', () => {
    const parttime = person('maatschappelijk-werker', [1, 2]);
    const slots = search({
      from: localDayStart('2026-03-25', AMS),
      required: [person('wijkverpleegkundige'), parttime],
      limit: 100,
    });
    expect(slots.length).toBe(100);
    for (const slot of slots) expect(weekdayOf(localDateOf(slot.start, AMS))).toBeLessThanOrEqual(2);
    expect(slots[0]?.start).toBe(at('2026-03-30', '09:00'));
    expect(search({ required: [person('a', [1, 2]), person('b', [3, 4, 5])], limit: 1 })).toEqual([]);
  });

  it('respects split contract hours on one day', () => {
    const split: AttendeeAvailability = {
      id: 'jeugdconsulent',
      contract: [...contract([1], '09:00', '10:30'), ...contract([1], '13:00', '17:00')],
      busy: [],
    };
    const slots = search({ required: [split], durationMinutes: 90, limit: 2 });
    expect(slots.map((s) => s.start)).toEqual([at('2026-03-23', '09:00'), at('2026-03-23', '13:00')]);
  });

  it('lets a busy interval from a published calendar block a slot', () => {
    const busy: [number, number][] = [[at('2026-03-23', '09:00'), at('2026-03-23', '10:30')]];
    const slots = search({ required: [person('wijkverpleegkundige'), person('huisarts', undefined, busy)] });
    expect(slots[0]?.start).toBe(at('2026-03-23', '10:30'));
    // A meeting may end exactly when the busy time starts.
    const afternoon: [number, number][] = [[at('2026-03-23', '10:00'), at('2026-03-23', '17:00')]];
    expect(search({ required: [person('huisarts', undefined, afternoon)], limit: 1 })[0]?.start).toBe(
      at('2026-03-23', '09:00'),
    );
  });

  it('pushes a home visit later by the travel buffer on both sides of busy time', () => {
    const busy: [number, number][] = [
      [at('2026-03-23', '09:00'), at('2026-03-23', '10:00')],
      [at('2026-03-23', '12:00'), at('2026-03-23', '17:00')],
    ];
    const required = [person('wijkverpleegkundige', undefined, busy)];
    const office = search({ required, limit: 10 }).map((s) => s.start);
    expect(office[0]).toBe(at('2026-03-23', '10:00'));
    expect(office).toContain(at('2026-03-23', '11:00'));
    const home = search({ required, travelBufferMinutes: 30, limit: 10 }).map((s) => s.start);
    expect(home[0]).toBe(at('2026-03-23', '10:30'));
    // 10:30–11:30 plus 30 minutes of travel back just reaches 12:00; 10:45 would not.
    expect(home.filter((start) => start < at('2026-03-23', '17:00'))).toEqual([at('2026-03-23', '10:30')]);
  });

  it('ranks a slot with an optional attendee above an earlier one without', () => {
    const required = [person('wijkverpleegkundige', [1, 2])];
    const without = search({ required, limit: 1 });
    expect(without[0]?.start).toBe(at('2026-03-23', '09:00'));
    const withOptional = search({ required, optional: [person('wijkagent', [2])], limit: 1 });
    expect(withOptional).toEqual([
      { start: at('2026-03-24', '09:00'), end: at('2026-03-24', '10:00'), optionalPresent: ['wijkagent'] },
    ]);
  });

  it('counts an optional attendee only when they are free for the whole slot and buffers', () => {
    const busy: [number, number][] = [[at('2026-03-23', '10:00'), at('2026-03-23', '10:15')]];
    const slots = search({ optional: [person('schuldhulp', undefined, busy)], travelBufferMinutes: 15 });
    expect(slots[0]).toEqual({
      start: at('2026-03-23', '10:30'),
      end: at('2026-03-23', '11:30'),
      optionalPresent: ['schuldhulp'],
    });
  });

  it('searches 15 working days by default, skipping weekends and holidays', () => {
    const holidays = dutchPublicHolidays(2026);
    const days = workingDays('2026-04-20', 15, holidays);
    expect(days).toHaveLength(15);
    expect(days).not.toContain('2026-04-27');
    expect(days).not.toContain('2026-04-25');
    expect(days.at(-1)).toBe('2026-05-11');
    const from = localDayStart('2026-04-20', AMS);
    const busyUntil = (dateIso: string) => [
      person('huisarts', undefined, [[from, localDayStart(dateIso, AMS)]]),
    ];
    expect(search({ from, holidays, required: busyUntil('2026-05-11'), limit: 1 })[0]?.start).toBe(
      at('2026-05-11', '09:00'),
    );
    expect(search({ from, holidays, required: busyUntil('2026-05-12'), limit: 1 })).toEqual([]);
    expect(
      search({ from, holidays, required: busyUntil('2026-05-12'), horizonWorkingDays: 16, limit: 1 })[0]
        ?.start,
    ).toBe(at('2026-05-12', '09:00'));
  });

  it('rejects a nonsensical duration or grid', () => {
    expect(() => search({ durationMinutes: 0 })).toThrow(RangeError);
    expect(() => search({ gridMinutes: 7.5 })).toThrow(RangeError);
  });
});
