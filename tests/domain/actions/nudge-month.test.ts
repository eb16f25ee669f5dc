import { beforeAll, describe, expect, it } from 'vitest';
import type { NudgeAction } from '../../../src/domain/actions/nudge-policy.ts';
import { action, holidays, hours, person, simulate, zone } from './nudge-simulation.ts';

/**
 * Five weeks of a team's sweeps, every 15 minutes from 1 December 2026 to 8 January 2027 (Amsterdam time), with
 * Christmas (Friday 25 December) and New Year's Day (Friday 1 January) off:
 *
 * - sanne works Monday to Friday 09:00–17:00, away 4–8 January with dirk as her deputy;
 * - piet works part time, Monday, Tuesday and Thursday 08:30–12:30, away 28 December – 8 January without deputy;
 * - carla coordinates (Monday to Friday 09:00–17:00); koen is the team coach (Monday to Thursday 10:00–16:00).
 */
const situation = {
  timeZone: zone,
  holidays,
  team: { coordinatorId: 'carla', coachId: 'koen' },
  people: [
    person('sanne', hours([1, 2, 3, 4, 5], '09:00', '17:00'), [
      { from: '2027-01-04', to: '2027-01-08', deputyId: 'dirk' },
    ]),
    person('piet', hours([1, 2, 4], '08:30', '12:30'), [{ from: '2026-12-28', to: '2027-01-08' }]),
    person('carla'),
    person('koen', hours([1, 2, 3, 4], '10:00', '16:00')),
    person('dirk'),
  ],
};

const actions: NudgeAction[] = [
  // Due the day before Christmas: the holiday and New Year's Day stretch the overdue cadence.
  action({ id: 'a1', ownerId: 'sanne', dueOn: '2026-12-24' }),
  // Snoozed for a week after its first overdue reminder, done on 28 December.
  action({ id: 'a2', ownerId: 'sanne', dueOn: '2026-12-14' }),
  // Blocked on 9 December, before any reminder.
  action({ id: 'b1', ownerId: 'sanne', dueOn: '2026-12-18' }),
  // Due on a Wednesday, piet's day off: due-today moves to his Tuesday. Done on 21 December.
  action({ id: 'p1', ownerId: 'piet', dueOn: '2026-12-09' }),
  // Due on Monday 14 December: bundled with p1 on the same mornings.
  action({ id: 'p2', ownerId: 'piet', dueOn: '2026-12-14' }),
  // Done before its first reminder would have come.
  action({ id: 'c1', ownerId: 'sanne', dueOn: '2026-12-04', status: 'done' }),
];

let log: string[] = [];
const run = () =>
  simulate({
    situation,
    actions,
    from: '2026-12-01 00:00',
    to: '2027-01-08 23:45',
    events: {
      '2026-12-09 11:00': (all) => {
        Object.assign(all.get('b1')!, { status: 'blocked', blockedSince: '2026-12-09' });
      },
      '2026-12-16 12:00': (all) => {
        all.get('a2')!.snoozedUntil = '2026-12-23';
      },
      '2026-12-21 12:00': (all) => {
        all.get('p1')!.status = 'done';
      },
      '2026-12-28 10:00': (all) => {
        all.get('a2')!.status = 'done';
      },
    },
  });

describe('a simulated month of nudges', () => {
  beforeAll(() => {
    log = run();
  });

  it('sends exactly these messages, at the start of each recipient’s hours', () => {
    expect(log).toEqual([
      '2026-12-03 08:30 piet nudge p1:due-soon',
      '2026-12-08 08:30 piet nudge p1:due-today, p2:due-soon',
      '2026-12-10 09:00 sanne nudge a2:due-soon',
      '2026-12-14 08:30 piet nudge p1:overdue#1, p2:due-today',
      '2026-12-14 09:00 sanne nudge a2:due-today',
      '2026-12-16 09:00 carla escalation b1:blocked-to-coordinator',
      '2026-12-16 09:00 sanne nudge a2:overdue#1',
      '2026-12-17 08:30 piet nudge p1:overdue#2, p2:overdue#1',
      '2026-12-17 09:00 carla escalation p1:overdue-to-coordinator',
      '2026-12-22 08:30 piet nudge p2:overdue#2',
      '2026-12-22 09:00 carla escalation p2:overdue-to-coordinator',
      '2026-12-22 09:00 sanne nudge a1:due-soon',
      '2026-12-23 09:00 carla escalation a2:overdue-to-coordinator',
      '2026-12-23 09:00 sanne nudge a2:overdue#2',
      '2026-12-23 10:00 koen escalation b1:blocked-to-coach',
      '2026-12-24 09:00 sanne nudge a1:due-today',
      '2026-12-28 09:00 carla nudge p2:overdue#3>piet',
      '2026-12-28 09:00 sanne nudge a2:overdue#3',
      '2026-12-29 09:00 sanne nudge a1:overdue#1',
      '2026-12-31 09:00 carla escalation a1:overdue-to-coordinator',
      '2026-12-31 09:00 carla nudge p2:overdue#4>piet',
      '2026-12-31 09:00 sanne nudge a1:overdue#2',
      '2026-12-31 10:00 koen escalation p2:overdue-to-coach',
      '2027-01-05 09:00 carla nudge p2:overdue#5>piet',
      '2027-01-05 09:00 dirk nudge a1:overdue#3>sanne',
      '2027-01-07 09:00 dirk nudge a1:overdue#4>sanne',
      '2027-01-07 10:00 koen escalation a1:overdue-to-coach',
    ]);
  });

  it('never nudges on a public holiday, a weekend or a part-timer’s day off', () => {
    const days = log.map((line) => line.slice(0, 10));
    expect(days).not.toContain('2026-12-25');
    expect(days).not.toContain('2027-01-01');
    for (const line of log.filter((l) => l.includes(' piet '))) {
      const weekday = new Date(`${line.slice(0, 10)}T12:00:00Z`).getUTCDay();
      expect([1, 2, 4]).toContain(weekday);
    }
    for (const line of log)
      expect([0, 6]).not.toContain(new Date(`${line.slice(0, 10)}T12:00:00Z`).getUTCDay());
  });

  it('sends at most one message of a kind per person per day', () => {
    const keys = log.map((line) => line.split(' ').slice(0, 1).concat(line.split(' ').slice(2, 4)).join(' '));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
