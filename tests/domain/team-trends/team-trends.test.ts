import { describe, expect, it } from 'vitest';
import type { StatsConference, StatsEvent } from '../../../src/domain/conferences/protection-stats.ts';
import {
  overallMedianDays,
  type TrendAction,
  type TrendInput,
  teamTrends,
} from '../../../src/domain/team-trends/team-trends.ts';
import { isoWeekOf, lastIsoWeeks } from '../../../src/domain/team-trends/trend-weeks.ts';

const ZONE = 'Europe/Amsterdam';
const NO_HOLIDAYS = new Set<string>();
// Wednesday 9 December 2026, 12:00 in Amsterdam: week 50 is running.
const NOW = new Date('2026-12-09T11:00:00Z');
const weeks = lastIsoWeeks('2026-12-09', 3, ZONE); // W48, W49, W50
const at = (iso: string) => new Date(iso);
const none: TrendInput = { conferences: [], events: [], actions: [], households: [] };
const run = (input: Partial<TrendInput>, holidays = NO_HOLIDAYS) =>
  teamTrends({ ...none, ...input }, { now: NOW, weeks, zone: ZONE, holidays });

describe('ISO weeks', () => {
  it('numbers weeks by their Thursday, across a year end', () => {
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53, monday: '2026-12-28' });
    expect(isoWeekOf('2027-01-03').week).toBe(53);
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1, monday: '2027-01-04' });
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1, monday: '2025-12-29' });
  });

  it('gives the last weeks oldest first, from local Monday midnight to the midnight after Sunday', () => {
    expect(weeks.map((w) => w.isoWeek)).toEqual(['2026-W48', '2026-W49', '2026-W50']);
    expect(weeks[2]).toMatchObject({ firstDay: '2026-12-07', lastDay: '2026-12-13', week: 50 });
    expect(weeks[2]!.start.toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(weeks[2]!.end.toISOString()).toBe('2026-12-13T23:00:00.000Z');
  });
});

describe('conferences held as planned, per week', () => {
  const conference = (id: string, start: string, rest: Partial<StatsConference> = {}): StatsConference => ({
    id,
    status: 'held',
    startsAt: at(start),
    plannedStartsAt: null,
    ...rest,
  });
  const event = (conferenceId: string, kind: StatsEvent['kind']): StatsEvent => ({
    conferenceId,
    kind,
    reason: null,
    delayDays: kind === 'postponed' ? 3 : null,
    at: at('2026-11-20T10:00:00Z'),
  });

  it('counts the share held as planned among the conferences whose planned start has passed', () => {
    const trends = run({
      conferences: [
        conference('a', '2026-11-30T09:00:00Z'), // W49, as planned
        conference('b', '2026-12-01T09:00:00Z'), // W49, with a deputy
        conference('c', '2026-12-02T09:00:00Z', { status: 'cancelled' }), // W49, cancelled
        conference('d', '2026-12-17T09:00:00Z', { plannedStartsAt: at('2026-12-03T09:00:00Z') }), // W49, postponed
        conference('e', '2026-12-08T09:00:00Z'), // W50, passed
        conference('f', '2026-12-10T09:00:00Z', { status: 'scheduled' }), // W50, still to come: not counted
        conference('g', '2026-12-08T12:00:00Z', { status: 'proposed' }), // a proposal: never counted
      ],
      events: [event('b', 'deputy_added'), event('d', 'postponed')],
    });
    expect(trends.map((t) => t.conferences)).toEqual([
      { planned: 0, heldAsPlanned: 0, percent: null },
      { planned: 4, heldAsPlanned: 1, percent: 25 },
      { planned: 1, heldAsPlanned: 1, percent: 100 },
    ]);
  });
});

describe('time to complete an action', () => {
  const done = (created: string, doneAt: string): TrendAction => ({
    createdAt: at(created),
    dueOn: '2026-12-31',
    status: 'done',
    doneAt: at(doneAt),
    events: [],
  });

  it('is the median of office working days from recording to done, per week the action was done', () => {
    const trends = run({
      actions: [
        done('2026-11-27T10:00:00Z', '2026-11-30T10:00:00Z'), // Fri → Mon: 1 working day, W49
        done('2026-11-23T10:00:00Z', '2026-12-03T10:00:00Z'), // Mon → Thu next week: 8, W49
        done('2026-12-01T10:00:00Z', '2026-12-01T15:00:00Z'), // the same day: 0, W49
        done('2026-12-07T08:00:00Z', '2026-12-09T10:00:00Z'), // Mon → Wed: 2, W50
        { ...done('2026-12-01T10:00:00Z', '2026-12-02T10:00:00Z'), status: 'open' as const }, // reopened since: not done
      ],
    });
    expect(
      trends.map(({ completion: { done, medianWorkingDays } }) => ({ done, medianWorkingDays })),
    ).toEqual([
      { done: 0, medianWorkingDays: null },
      { done: 3, medianWorkingDays: 1 },
      { done: 1, medianWorkingDays: 2 },
    ]);
    expect(overallMedianDays(trends)).toBe(1.5);
  });

  it('does not count a public holiday as a working day', () => {
    const trends = run(
      { actions: [done('2026-12-04T10:00:00Z', '2026-12-08T10:00:00Z')] }, // Fri → Tue
      new Set(['2026-12-07']),
    );
    expect(trends[2]!.completion.medianWorkingDays).toBe(1);
  });
});

describe('overdue at each week’s end', () => {
  const action = (rest: Partial<TrendAction>): TrendAction => ({
    createdAt: at('2026-11-16T10:00:00Z'),
    dueOn: '2026-11-25',
    status: 'open',
    doneAt: null,
    events: [],
    ...rest,
  });

  it('counts open and blocked actions whose due date had passed, at the end of each week and now', () => {
    const trends = run({
      actions: [
        action({}), // due Wed W48: overdue from W48 on
        action({ status: 'blocked', dueOn: '2026-12-06' }), // due Sunday of W49: overdue at W49's end
        action({ dueOn: '2026-12-09' }), // due today: not overdue yet
        action({ status: 'done', doneAt: at('2026-12-02T10:00:00Z') }), // done in W49
        action({ status: 'cancelled' }), // cancelled without history: left out
        action({ createdAt: at('2026-12-08T10:00:00Z'), dueOn: '2026-12-08' }), // recorded in W50, overdue now
      ],
    });
    expect(trends.map((t) => t.overdue)).toEqual([2, 2, 3]);
  });

  it('reads the due date and the state as they stood then from the history', () => {
    const trends = run({
      actions: [
        action({
          dueOn: '2026-12-20',
          status: 'open',
          events: [
            { at: at('2026-11-16T10:00:00Z'), kind: 'recorded', dueOn: '2026-11-20' },
            { at: at('2026-12-01T10:00:00Z'), kind: 'due_moved', dueOn: '2026-12-20' },
          ],
        }),
        action({
          dueOn: '2026-11-20',
          status: 'open',
          events: [
            { at: at('2026-11-16T10:00:00Z'), kind: 'recorded', dueOn: '2026-11-20' },
            { at: at('2026-11-25T10:00:00Z'), kind: 'done', dueOn: null },
            { at: at('2026-12-08T10:00:00Z'), kind: 'reopened', dueOn: null },
          ],
        }),
      ],
    });
    // W48: the first was overdue (due 20 Nov), the second done. W49: first moved, second done. W50: second reopened.
    expect(trends.map((t) => t.overdue)).toEqual([1, 0, 1]);
  });
});

describe('helpers per household', () => {
  it('averages the involvements of the households open at each week’s end', () => {
    const trends = run({
      households: [
        {
          createdAt: at('2026-11-01T10:00:00Z'),
          planClosedAt: null,
          involvedSince: [at('2026-11-01T10:00:00Z'), at('2026-11-02T10:00:00Z'), at('2026-12-01T10:00:00Z')],
        },
        {
          createdAt: at('2026-11-01T10:00:00Z'),
          planClosedAt: at('2026-12-02T10:00:00Z'),
          involvedSince: [at('2026-11-01T10:00:00Z')],
        },
        { createdAt: at('2026-12-08T10:00:00Z'), planClosedAt: null, involvedSince: [] },
      ],
    });
    expect(trends.map((t) => t.helpers)).toEqual([
      { openHouseholds: 2, involvements: 3, average: 1.5 },
      { openHouseholds: 1, involvements: 3, average: 3 },
      { openHouseholds: 2, involvements: 3, average: 1.5 },
    ]);
  });

  it('has no average without open households', () => {
    expect(run({}).map((t) => t.helpers.average)).toEqual([null, null, null]);
  });
});
