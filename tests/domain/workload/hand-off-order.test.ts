import { describe, expect, it } from 'vitest';
import { type Commitment, dayOffOn, handOffOrder } from '../../../src/domain/workload/hand-off-order.ts';

const at = (iso: string) => new Date(iso);

const required9: Commitment = {
  kind: 'attendance',
  conferenceId: 'c-required-9',
  startsAt: at('2026-12-08T08:00:00Z'),
  endsAt: at('2026-12-08T09:30:00Z'),
  role: 'required',
  rsvp: 'accepted',
  references: ['HH-2041'],
};
const optional14: Commitment = {
  kind: 'attendance',
  conferenceId: 'c-optional-14',
  startsAt: at('2026-12-08T13:00:00Z'),
  endsAt: at('2026-12-08T14:00:00Z'),
  role: 'optional',
  rsvp: 'pending',
  references: ['HH-2043'],
};
const optional11: Commitment = {
  ...optional14,
  conferenceId: 'c-optional-11',
  startsAt: at('2026-12-08T10:00:00Z'),
};
const declinedOptional: Commitment = { ...optional14, conferenceId: 'c-declined', rsvp: 'declined' };
const dueToday: Commitment = {
  kind: 'action',
  actionId: 'a-today',
  reference: 'HH-2041',
  dueOn: '2026-12-08',
  status: 'open',
};
const overdue: Commitment = { ...dueToday, actionId: 'a-overdue', dueOn: '2026-12-01' };
const stuck: Commitment = { ...dueToday, actionId: 'a-stuck', dueOn: '2026-12-03', status: 'blocked' };
const chair: Commitment = { kind: 'turn', turnId: 't-chair', role: 'voorzitter', duty: 'chair' };
const intake: Commitment = { kind: 'turn', turnId: 't-intake', role: 'intakedienst' };

const idOf = (c: Commitment) =>
  c.kind === 'attendance' ? c.conferenceId : c.kind === 'action' ? c.actionId : c.turnId;

describe('what to hand off or move first on a busy day', () => {
  it('puts optional attendances first, then actions, then rotation turns, and required attendance last', () => {
    const order = handOffOrder([required9, chair, dueToday, optional14, intake, overdue, stuck, optional11]);
    expect(order.map((p) => idOf(p.commitment))).toEqual([
      'c-optional-11',
      'c-optional-14',
      'a-stuck',
      'a-today',
      'a-overdue',
      't-intake',
      't-chair',
      'c-required-9',
    ]);
    expect(order.map((p) => p.suggestion)).toEqual([
      'decline',
      'decline',
      'snooze-or-reassign',
      'snooze-or-reassign',
      'snooze-or-reassign',
      'swap',
      'swap',
      'keep',
    ]);
  });

  it('keeps required attendance last even when it is the earliest thing of the day', () => {
    const order = handOffOrder([required9, optional14]);
    expect(order.at(-1)?.commitment).toBe(required9);
    expect(order.at(-1)?.suggestion).toBe('keep');
  });

  it('leaves out attendances already declined, and proposes nothing on an empty day', () => {
    expect(handOffOrder([declinedOptional]).length).toBe(0);
    expect(handOffOrder([])).toEqual([]);
  });
});

describe('a day the person is not at work', () => {
  const fullTime = { contractWeekdays: [1, 2, 3, 4, 5], absences: [] };

  it('says an absence covering the day, before a holiday or day off', () => {
    expect(
      dayOffOn('2026-12-25', { ...fullTime, absences: [{ from: '2026-12-21', to: '2027-01-03' }] }),
    ).toEqual({ kind: 'absent', from: '2026-12-21', to: '2027-01-03' });
  });

  it('knows a Dutch public holiday and a weekday off', () => {
    expect(dayOffOn('2026-12-25', fullTime)).toEqual({ kind: 'public-holiday' });
    expect(dayOffOn('2026-12-11', { contractWeekdays: [2, 3, 4], absences: [] })).toEqual({
      kind: 'not-a-working-day',
    });
    expect(dayOffOn('2026-12-08', fullTime)).toBeUndefined();
  });
});
