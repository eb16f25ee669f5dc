import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NUDGE_SETTINGS,
  kindOfStep,
  type NudgeAction,
  type NudgeRecord,
  type NudgeSituation,
  nextNudgeAt,
  nextNudgeTimes,
  nudgeReport,
  nudgesDue,
} from '../../../src/domain/actions/nudge-policy.ts';
import { action, at, describeMessage, holidays, hours, local, person, zone } from './nudge-simulation.ts';

// December 2026: Monday 14, Tuesday 15 … Thursday 24, Friday 25 (Christmas), Monday 28.
const team = (overrides: Partial<NudgeSituation> = {}): NudgeSituation => ({
  timeZone: zone,
  holidays,
  team: { coordinatorId: 'carla', coachId: 'koen' },
  people: [
    person('sanne'),
    person('piet', hours([1, 2, 4], '08:30', '12:30')),
    person('carla'),
    person('koen', hours([1, 2, 3, 4], '10:00', '16:00')),
    person('dirk'),
  ],
  ...overrides,
});

const sweep = (now: string, actions: NudgeAction[], situation: NudgeSituation = team()) =>
  nudgesDue({ ...situation, now: at(now), actions }).map((message) => describeMessage(at(now), message));

const sent = (step: NudgeRecord['step'], on: string, dueOn: string, to = 'sanne'): NudgeRecord => ({
  step,
  on,
  to,
  dueOn,
});

describe('the settings', () => {
  it('exports the defaults of the issue', () => {
    expect(DEFAULT_NUDGE_SETTINGS).toEqual({
      remindBeforeWorkingDays: 2,
      overdueEveryWorkingDays: 2,
      escalateToCoordinatorAfter: 2,
      escalateToCoachAfter: 4,
      blockedEscalationWorkingDays: 5,
    });
  });

  it('refuses a setting that is no non-negative integer, and an overdue cadence of 0', () => {
    const a = [action({ id: 'a', ownerId: 'sanne', dueOn: '2026-12-17' })];
    for (const settings of [
      { remindBeforeWorkingDays: -1 },
      { escalateToCoachAfter: 1.5 },
      { overdueEveryWorkingDays: 0 },
    ]) {
      expect(() => nudgesDue({ ...team({ settings }), now: at('2026-12-15 09:00'), actions: a })).toThrow(
        RangeError,
      );
    }
  });

  it('follows a team’s own counts', () => {
    const a = action({ id: 'a', ownerId: 'sanne', dueOn: '2026-12-17' });
    const settings = {
      remindBeforeWorkingDays: 0,
      overdueEveryWorkingDays: 1,
      escalateToCoordinatorAfter: 1,
    };
    expect(sweep('2026-12-15 09:00', [a], team({ settings }))).toEqual([]);
    const overdue = { ...a, history: [sent('due-today', '2026-12-17', '2026-12-17')] };
    expect(sweep('2026-12-18 09:00', [overdue], team({ settings }))).toEqual([
      '2026-12-18 09:00 carla escalation a:overdue-to-coordinator',
      '2026-12-18 09:00 sanne nudge a:overdue#1',
    ]);
  });

  it('never escalates when an escalation count is 0', () => {
    const a = action({
      id: 'a',
      ownerId: 'sanne',
      dueOn: '2026-12-07',
      history: [sent('overdue', '2026-12-09', '2026-12-07'), sent('overdue', '2026-12-11', '2026-12-07')],
    });
    const settings = { escalateToCoordinatorAfter: 0, escalateToCoachAfter: 0 };
    expect(sweep('2026-12-15 09:00', [a], team({ settings }))).toEqual([
      '2026-12-15 09:00 sanne nudge a:overdue#3',
    ]);
  });
});

describe('when the owner is reminded', () => {
  const a = action({ id: 'a', ownerId: 'sanne', dueOn: '2026-12-17' });

  it('two working days before the due date, only within their hours, once', () => {
    expect(sweep('2026-12-14 09:00', [a])).toEqual([]);
    expect(sweep('2026-12-15 08:59', [a])).toEqual([]);
    expect(sweep('2026-12-15 09:00', [a])).toEqual(['2026-12-15 09:00 sanne nudge a:due-soon']);
    expect(sweep('2026-12-15 16:59', [a])).toHaveLength(1);
    expect(sweep('2026-12-15 17:00', [a])).toEqual([]);
    const told = { ...a, history: [sent('due-soon', '2026-12-15', '2026-12-17')] };
    expect(sweep('2026-12-16 09:00', [told])).toEqual([]);
  });

  it('reads hours in the team’s zone, not the machine’s: 09:00 in Amsterdam is 08:00 UTC in winter', () => {
    expect(nudgesDue({ ...team(), now: new Date('2026-12-15T07:59:00Z'), actions: [a] })).toEqual([]);
    expect(nudgesDue({ ...team(), now: new Date('2026-12-15T08:00:00Z'), actions: [a] })).toHaveLength(1);
  });

  it('on the due date, and every two working days while overdue, with the days overdue', () => {
    const dueToday = { ...a, history: [sent('due-soon', '2026-12-15', '2026-12-17')] };
    expect(sweep('2026-12-17 09:00', [dueToday])).toEqual(['2026-12-17 09:00 sanne nudge a:due-today']);
    const overdue = {
      ...dueToday,
      history: [...dueToday.history, sent('due-today', '2026-12-17', '2026-12-17')],
    };
    expect(sweep('2026-12-18 09:00', [overdue])).toEqual([]);
    // Friday 18 is one working day after, Monday 21 the second.
    const [message] = nudgesDue({ ...team(), now: at('2026-12-21 09:00'), actions: [overdue] });
    expect(message?.items).toEqual([
      {
        actionId: 'a',
        householdReference: 'HH-2041',
        ownerId: 'sanne',
        dueOn: '2026-12-17',
        insteadOf: null,
        step: 'overdue',
        reminder: 1,
        overdueWorkingDays: 2,
        record: { step: 'overdue', on: '2026-12-21', to: 'sanne', dueOn: '2026-12-17' },
      },
    ]);
  });

  it('moves due-today off a public holiday: due on Christmas, reminded on the 24th and the 22nd', () => {
    const christmas = action({ id: 'x', ownerId: 'sanne', dueOn: '2026-12-25' });
    expect(sweep('2026-12-22 09:00', [christmas])).toEqual(['2026-12-22 09:00 sanne nudge x:due-soon']);
    expect(sweep('2026-12-24 09:00', [christmas])).toEqual(['2026-12-24 09:00 sanne nudge x:due-today']);
    expect(sweep('2026-12-25 09:00', [christmas])).toEqual([]);
  });

  it('counts a part-timer’s own working days: due Thursday, reminded the Monday before', () => {
    const p = action({ id: 'p', ownerId: 'piet', dueOn: '2026-12-17' });
    expect(sweep('2026-12-14 08:30', [p])).toEqual(['2026-12-14 08:30 piet nudge p:due-soon']);
    expect(sweep('2026-12-16 09:00', [p])).toEqual([]); // Wednesday: his day off
  });

  it('sends one late reminder after a sweep that was down for a week, not a burst', () => {
    const late = { ...a, history: [sent('due-today', '2026-12-17', '2026-12-17')] };
    const [message] = nudgesDue({ ...team(), now: at('2026-12-31 11:00'), actions: [late] });
    expect(message?.items).toMatchObject([{ step: 'overdue', reminder: 1, overdueWorkingDays: 9 }]);
    const next = { ...late, history: [...late.history, message!.items[0]!.record] };
    expect(sweep('2027-01-04 09:00', [next])).toEqual([]);
    expect(sweep('2027-01-05 09:00', [next])).toEqual([
      '2027-01-05 09:00 carla escalation a:overdue-to-coordinator',
      '2027-01-05 09:00 sanne nudge a:overdue#2',
    ]);
  });

  it('starts a fresh cadence when the due date moves', () => {
    const moved = {
      ...a,
      dueOn: '2026-12-23',
      history: [sent('due-soon', '2026-12-15', '2026-12-17'), sent('due-today', '2026-12-17', '2026-12-17')],
    };
    expect(sweep('2026-12-21 09:00', [moved])).toEqual(['2026-12-21 09:00 sanne nudge a:due-soon']);
  });

  it('reminds about an action recorded after its due date at once', () => {
    expect(sweep('2026-12-21 09:00', [a])).toEqual(['2026-12-21 09:00 sanne nudge a:overdue#1']);
  });
});

describe('bundling', () => {
  it('puts all of a person’s due and overdue actions in one message, overdue first', () => {
    const actions = [
      action({ id: 'soon', ownerId: 'sanne', dueOn: '2026-12-17' }),
      action({ id: 'today', ownerId: 'sanne', dueOn: '2026-12-15' }),
      action({
        id: 'late',
        ownerId: 'sanne',
        dueOn: '2026-12-10',
        history: [sent('due-today', '2026-12-10', '2026-12-10')],
      }),
      action({ id: 'other', ownerId: 'dirk', dueOn: '2026-12-15' }),
    ];
    const messages = nudgesDue({ ...team(), now: at('2026-12-15 09:00'), actions });
    expect(messages.map((m) => [m.to, m.kind, m.on, m.actionIds])).toEqual([
      ['dirk', 'nudge', '2026-12-15', ['other']],
      ['sanne', 'nudge', '2026-12-15', ['late', 'today', 'soon']],
    ]);
    expect(messages[1]!.items.map((item) => item.step)).toEqual(['overdue', 'due-today', 'due-soon']);
    expect(nudgeReport(at('2026-12-15 09:00'), messages)).toEqual({
      at: '2026-12-15T08:00:00.000Z',
      messages: [
        { to: 'dirk', kind: 'nudge', actions: ['other'] },
        { to: 'sanne', kind: 'nudge', actions: ['late', 'today', 'soon'] },
      ],
    });
  });

  it('sends a person at most one message of a kind a day: what comes later waits for tomorrow', () => {
    const a = action({ id: 'a', ownerId: 'sanne', dueOn: '2026-12-15' });
    const alreadyToday = team({ sent: [{ to: 'sanne', kind: 'nudge', on: '2026-12-15' }] });
    expect(sweep('2026-12-15 14:00', [a], alreadyToday)).toEqual([]);
    expect(nextNudgeAt(a, { ...alreadyToday, now: at('2026-12-15 14:00') })).toEqual(at('2026-12-16 09:00'));
    // The due day has passed: the owner, told nothing about it, hears the next working day that it is overdue.
    expect(sweep('2026-12-16 09:00', [a], alreadyToday)).toEqual([
      '2026-12-16 09:00 sanne nudge a:overdue#1',
    ]);
    // Yesterday's message and an escalation do not count against today's nudge.
    const other = team({
      sent: [
        { to: 'sanne', kind: 'nudge', on: '2026-12-14' },
        { to: 'sanne', kind: 'escalation', on: '2026-12-15' },
      ],
    });
    expect(sweep('2026-12-15 14:00', [a], other)).toHaveLength(1);
  });
});

describe('stopping and pausing', () => {
  const a = action({ id: 'a', ownerId: 'sanne', dueOn: '2026-12-15' });

  it('is silent for a done, cancelled or reassigned action, now and later', () => {
    for (const status of ['done', 'cancelled', 'reassigned'] as const) {
      expect(sweep('2026-12-15 09:00', [{ ...a, status }])).toEqual([]);
      expect(nextNudgeAt({ ...a, status }, { ...team(), now: at('2026-12-01 00:00') })).toBeNull();
    }
  });

  it('keeps a snoozed action silent until snoozedUntil, escalations included', () => {
    const snoozed = {
      ...a,
      snoozedUntil: '2026-12-21',
      history: [sent('overdue', '2026-12-17', '2026-12-15')],
    };
    expect(sweep('2026-12-18 09:00', [snoozed])).toEqual([]);
    expect(nextNudgeAt(snoozed, { ...team(), now: at('2026-12-16 12:00') })).toEqual(at('2026-12-21 09:00'));
    expect(sweep('2026-12-21 09:00', [snoozed])).toEqual([
      '2026-12-21 09:00 carla escalation a:overdue-to-coordinator',
      '2026-12-21 09:00 sanne nudge a:overdue#2',
    ]);
  });
});

describe('absences', () => {
  const a = action({ id: 'a', ownerId: 'sanne', dueOn: '2026-12-15' });
  const away = (deputyId?: string) =>
    person('sanne', undefined, [{ from: '2026-12-14', to: '2026-12-18', ...(deputyId ? { deputyId } : {}) }]);
  const withPeople = (...people: ReturnType<typeof person>[]) => {
    const ids = new Set(people.map((p) => p.id));
    return team({ people: [...people, ...team().people.filter((p) => !ids.has(p.id))] });
  };

  it('tells the deputy instead, on the deputy’s hours', () => {
    const situation = withPeople(away('piet'));
    expect(sweep('2026-12-15 08:30', [a], situation)).toEqual([
      '2026-12-15 08:30 piet nudge a:due-today>sanne',
    ]);
    const [message] = nudgesDue({ ...situation, now: at('2026-12-15 08:30'), actions: [a] });
    expect(message?.items[0]).toMatchObject({ insteadOf: 'sanne', record: { to: 'piet' } });
  });

  it('tells the coordinator when there is no deputy', () => {
    expect(sweep('2026-12-15 09:00', [a], withPeople(away()))).toEqual([
      '2026-12-15 09:00 carla nudge a:due-today>sanne',
    ]);
  });

  it('tells the coordinator when the deputy is away too, and nobody when the coordinator is away without deputy', () => {
    const dirkAway = person('dirk', undefined, [{ from: '2026-12-01', to: '2026-12-31' }]);
    expect(sweep('2026-12-15 09:00', [a], withPeople(away('dirk'), dirkAway))).toEqual([
      '2026-12-15 09:00 carla nudge a:due-today>sanne',
    ]);
    const carlaAway = person('carla', undefined, [{ from: '2026-12-15', to: '2026-12-15' }]);
    expect(sweep('2026-12-15 09:00', [a], withPeople(away(), carlaAway))).toEqual([]);
    expect(nextNudgeAt(a, { ...withPeople(away(), carlaAway), now: at('2026-12-15 09:00') })).toEqual(
      at('2026-12-16 09:00'),
    );
  });

  it('goes back to the owner the day after the absence', () => {
    const late = { ...a, history: [sent('due-today', '2026-12-15', '2026-12-15', 'carla')] };
    expect(sweep('2026-12-17 09:00', [late], withPeople(away()))).toEqual([
      '2026-12-17 09:00 carla nudge a:overdue#1>sanne',
    ]);
    const later = {
      ...late,
      history: [...late.history, sent('overdue', '2026-12-17', '2026-12-15', 'carla')],
    };
    expect(sweep('2026-12-21 09:00', [later], withPeople(away()))).toEqual([
      '2026-12-21 09:00 carla escalation a:overdue-to-coordinator',
      '2026-12-21 09:00 sanne nudge a:overdue#2',
    ]);
  });
});

describe('escalations of an overdue action', () => {
  const overdue = (count: number, extra: NudgeRecord[] = []) =>
    action({
      id: 'a',
      ownerId: 'sanne',
      dueOn: '2026-12-01',
      history: [
        sent('due-today', '2026-12-01', '2026-12-01'),
        ...Array.from({ length: count }, (_, i) => sent('overdue', `2026-12-0${3 + i}`, '2026-12-01')),
        ...extra,
      ],
    });

  it('tells the coordinator with the second overdue reminder, and the coach with the fourth', () => {
    expect(sweep('2026-12-14 09:00', [overdue(1)])).toEqual([
      '2026-12-14 09:00 carla escalation a:overdue-to-coordinator',
      '2026-12-14 09:00 sanne nudge a:overdue#2',
    ]);
    const third = overdue(2, [sent('overdue-to-coordinator', '2026-12-04', '2026-12-01', 'carla')]);
    expect(sweep('2026-12-14 09:00', [third])).toEqual(['2026-12-14 09:00 sanne nudge a:overdue#3']);
    const fourth = overdue(3, [sent('overdue-to-coordinator', '2026-12-04', '2026-12-01', 'carla')]);
    // The coach works from 10:00: the owner first, the coach when their day starts.
    expect(sweep('2026-12-14 09:00', [fourth])).toEqual(['2026-12-14 09:00 sanne nudge a:overdue#4']);
    const told = { ...fourth, history: [...fourth.history, sent('overdue', '2026-12-14', '2026-12-01')] };
    expect(nextNudgeAt(told, { ...team(), now: at('2026-12-14 09:00') })).toEqual(at('2026-12-14 10:00'));
    const [message] = nudgesDue({ ...team(), now: at('2026-12-14 10:00'), actions: [told] });
    expect(message).toMatchObject({ to: 'koen', kind: 'escalation', actionIds: ['a'] });
    expect(message?.items[0]).toMatchObject({
      step: 'overdue-to-coach',
      overdueReminders: 4,
      overdueWorkingDays: 9,
    });
  });

  it('tells the coach for an absent coordinator without deputy, and the coordinator’s deputy when there is one', () => {
    const carlaAway = (deputyId?: string) =>
      person('carla', undefined, [
        { from: '2026-12-14', to: '2026-12-14', ...(deputyId ? { deputyId } : {}) },
      ]);
    const others = team().people.filter((p) => p.id !== 'carla');
    expect(sweep('2026-12-14 10:00', [overdue(2)], team({ people: [...others, carlaAway()] }))).toEqual([
      '2026-12-14 10:00 koen escalation a:overdue-to-coordinator>carla',
      '2026-12-14 10:00 sanne nudge a:overdue#3',
    ]);
    expect(sweep('2026-12-14 10:00', [overdue(2)], team({ people: [...others, carlaAway('dirk')] }))).toEqual(
      [
        '2026-12-14 10:00 dirk escalation a:overdue-to-coordinator>carla',
        '2026-12-14 10:00 sanne nudge a:overdue#3',
      ],
    );
  });

  it('uses the household’s coordinator before the team’s, and never escalates to the owner', () => {
    expect(sweep('2026-12-14 09:00', [{ ...overdue(1), coordinatorId: 'dirk' }])).toEqual([
      '2026-12-14 09:00 dirk escalation a:overdue-to-coordinator',
      '2026-12-14 09:00 sanne nudge a:overdue#2',
    ]);
    expect(sweep('2026-12-14 09:00', [{ ...overdue(1), coordinatorId: 'sanne' }])).toEqual([
      '2026-12-14 09:00 sanne nudge a:overdue#2',
    ]);
    const deputyIsOwner = team({
      people: [
        ...team().people.filter((p) => p.id !== 'carla'),
        person('carla', undefined, [{ from: '2026-12-14', to: '2026-12-14', deputyId: 'sanne' }]),
      ],
    });
    expect(sweep('2026-12-14 10:00', [overdue(1)], deputyIsOwner)).toEqual([
      '2026-12-14 10:00 koen escalation a:overdue-to-coordinator>carla',
      '2026-12-14 10:00 sanne nudge a:overdue#2',
    ]);
  });

  it('sends escalations as their own message kind', () => {
    expect(kindOfStep('overdue')).toBe('nudge');
    expect(kindOfStep('overdue-to-coach')).toBe('escalation');
    expect(kindOfStep('blocked-to-coordinator')).toBe('escalation');
  });
});

describe('a blocked action', () => {
  // Blocked on Wednesday 16 December; Christmas Day is no working day: five days is Wednesday 23, ten Thursday 31.
  const blocked = action({
    id: 'b',
    ownerId: 'sanne',
    dueOn: '2026-12-17',
    status: 'blocked',
    blockedSince: '2026-12-16',
  });

  it('does not nudge its owner, and tells the coordinator after five working days', () => {
    expect(sweep('2026-12-17 09:00', [blocked])).toEqual([]);
    expect(sweep('2026-12-22 09:00', [blocked])).toEqual([]);
    expect(nextNudgeAt(blocked, { ...team(), now: at('2026-12-16 12:00') })).toEqual(at('2026-12-23 09:00'));
    const [message] = nudgesDue({ ...team(), now: at('2026-12-23 09:00'), actions: [blocked] });
    expect(message).toMatchObject({ to: 'carla', kind: 'escalation', actionIds: ['b'] });
    expect(message?.items[0]).toMatchObject({
      step: 'blocked-to-coordinator',
      blockedSince: '2026-12-16',
      blockedWorkingDays: 5,
    });
  });

  it('tells the team coach after twice as many', () => {
    const told = {
      ...blocked,
      history: [sent('blocked-to-coordinator', '2026-12-23', '2026-12-17', 'carla')],
    };
    expect(nextNudgeAt(told, { ...team(), now: at('2026-12-23 09:00') })).toEqual(at('2026-12-31 10:00'));
    expect(sweep('2026-12-31 10:00', [told])).toEqual([
      '2026-12-31 10:00 koen escalation b:blocked-to-coach',
    ]);
    const both = {
      ...told,
      history: [...told.history, sent('blocked-to-coach', '2026-12-31', '2026-12-17', 'koen')],
    };
    expect(sweep('2027-01-04 10:00', [both])).toEqual([]);
    expect(nextNudgeAt(both, { ...team(), now: at('2027-01-04 10:00') })).toBeNull();
  });

  it('escalates again when blocked again later, and not without a date it was blocked', () => {
    const again = {
      ...blocked,
      blockedSince: '2027-01-04',
      history: [
        sent('blocked-to-coordinator', '2026-12-23', '2026-12-17', 'carla'),
        sent('blocked-to-coach', '2026-12-31', '2026-12-17', 'koen'),
      ],
    };
    expect(sweep('2027-01-11 09:00', [again])).toEqual([
      '2027-01-11 09:00 carla escalation b:blocked-to-coordinator',
    ]);
    expect(sweep('2026-12-31 10:00', [{ ...blocked, blockedSince: null }])).toEqual([]);
    expect(
      nextNudgeAt({ ...blocked, blockedSince: null }, { ...team(), now: at('2026-12-31 10:00') }),
    ).toBeNull();
  });

  it('resumes the overdue cadence when unblocked', () => {
    const reopened = {
      ...blocked,
      status: 'open' as const,
      blockedSince: null,
      history: [sent('due-soon', '2026-12-15', '2026-12-17')],
    };
    expect(sweep('2027-01-04 09:00', [reopened])).toEqual(['2027-01-04 09:00 sanne nudge b:overdue#1']);
  });
});

describe('nextNudgeAt', () => {
  const a = action({ id: 'a', ownerId: 'piet', dueOn: '2026-12-17' });

  it('is now when something is due now, else the start of the recipient’s next block', () => {
    expect(nextNudgeAt(a, { ...team(), now: at('2026-12-14 10:17') })).toEqual(at('2026-12-14 10:17'));
    expect(nextNudgeAt(a, { ...team(), now: at('2026-12-14 12:30') })).toEqual(at('2026-12-15 08:30'));
    expect(nextNudgeAt(a, { ...team(), now: at('2026-12-01 00:00') })).toEqual(at('2026-12-14 08:30'));
  });

  it('crosses the switch to summer time in the team’s zone, and skips Easter Monday', () => {
    // Sunday 28 March 2027 is Easter and the clocks go forward; Monday 29 is a holiday. Due Wednesday 31, the
    // due-soon reminder may come from Friday 26 (after hours at 19:00 CET), so next is Tuesday 09:00 CEST.
    const spring = action({ id: 's', ownerId: 'sanne', dueOn: '2027-03-31' });
    expect(nextNudgeAt(spring, { ...team(), now: new Date('2027-03-26T18:00:00Z') })).toEqual(
      new Date('2027-03-30T07:00:00Z'),
    );
    expect(nextNudgeAt(spring, { ...team(), now: new Date('2027-03-26T15:00:00Z') })).toEqual(
      new Date('2027-03-26T15:00:00Z'),
    );
  });

  it('agrees with nudgesDue at every half hour of a fortnight, for many kinds of action', () => {
    const situation = team({
      people: [
        person('sanne', undefined, [{ from: '2026-12-21', to: '2026-12-23', deputyId: 'piet' }]),
        person('piet', hours([1, 2, 4], '08:30', '12:30'), [{ from: '2026-12-17', to: '2026-12-17' }]),
        person('carla', hours([1, 3, 5], '13:00', '17:00')),
        person('koen', hours([1, 2, 3, 4], '10:00', '16:00')),
      ],
    });
    const actions = [
      action({ id: 'a1', ownerId: 'sanne', dueOn: '2026-12-16' }),
      action({ id: 'a2', ownerId: 'piet', dueOn: '2026-12-18', snoozedUntil: '2026-12-22' }),
      action({
        id: 'a3',
        ownerId: 'piet',
        dueOn: '2026-12-02',
        history: [sent('overdue', '2026-12-10', '2026-12-02', 'piet')],
      }),
      action({
        id: 'a4',
        ownerId: 'sanne',
        dueOn: '2026-12-20',
        status: 'blocked',
        blockedSince: '2026-12-11',
      }),
      action({ id: 'a5', ownerId: 'carla', dueOn: '2026-12-22' }),
    ];
    for (let t = at('2026-12-14 00:00').getTime(); t < at('2026-12-28 00:00').getTime(); t += 30 * 60_000) {
      const now = new Date(t);
      const due = new Set(nudgesDue({ ...situation, now, actions }).flatMap((m) => m.actionIds));
      const batch = nextNudgeTimes(actions, { ...situation, now });
      for (const x of actions) {
        const next = nextNudgeAt(x, { ...situation, now });
        expect(batch.get(x.id), 'nextNudgeTimes gives the same').toEqual(next);
        expect(next !== null && next.getTime() === t, `${x.id} at ${local(now)}`).toBe(due.has(x.id));
        if (next && next.getTime() > t) {
          const then = nudgesDue({ ...situation, now: next, actions: [x] });
          expect(then.length, `${x.id} due at ${local(next)}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
