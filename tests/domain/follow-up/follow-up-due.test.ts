import { describe, expect, it } from 'vitest';
import {
  type FollowUpHousehold,
  type FollowUpSituation,
  followUpDueAt,
  followUpsDue,
} from '../../../src/domain/follow-up/follow-up-due.ts';

const startsAt = new Date('2026-11-17T13:00:00Z');
const sixWeeksLater = new Date('2026-12-29T13:00:00Z');
const sander = { id: 'sander', active: true, locale: 'nl' as const };
const koen = { id: 'koen', active: true };

const household = (overrides: Partial<FollowUpHousehold> = {}): FollowUpHousehold => ({
  id: 'h1',
  reference: 'HH-2041',
  planClosed: false,
  laterConferencePlanned: false,
  coordinator: sander,
  ...overrides,
});

const situation = (
  households: FollowUpHousehold[] = [household()],
  conference: Partial<FollowUpSituation['conference']> = {},
): FollowUpSituation => ({
  conference: { id: 'c1', teamId: 't1', startsAt, status: 'held', organizer: koen, ...conference },
  households,
});

describe('the follow-up rule', () => {
  it('is due the set number of weeks after the conference started', () => {
    expect(followUpDueAt(startsAt, 6)).toEqual(sixWeeksLater);
    expect(followUpDueAt(startsAt, 8)).toEqual(new Date('2027-01-12T13:00:00Z'));
  });

  it('reminds the coordinator of an open household once the time has come', () => {
    expect(followUpsDue(situation(), 6, sixWeeksLater)).toEqual([
      { householdId: 'h1', reference: 'HH-2041', recipient: sander },
    ]);
  });

  it('reminds nobody before the time has come, e.g. when the conference was moved later', () => {
    expect(followUpsDue(situation(), 6, new Date(sixWeeksLater.getTime() - 1))).toEqual([]);
  });

  it('reminds nobody about a cancelled conference', () => {
    expect(followUpsDue(situation(undefined, { status: 'cancelled' }), 6, sixWeeksLater)).toEqual([]);
  });

  it('skips a household whose plan is closed or that has a later conference planned', () => {
    const households = [
      household({ id: 'h1', reference: 'HH-2041', planClosed: true }),
      household({ id: 'h2', reference: 'HH-2042', laterConferencePlanned: true }),
      household({ id: 'h3', reference: 'HH-2043' }),
    ];
    expect(followUpsDue(situation(households), 6, sixWeeksLater).map((d) => d.reference)).toEqual([
      'HH-2043',
    ]);
  });

  it('reminds the organiser when the household has no active coordinator, else nobody', () => {
    const left = household({ coordinator: { id: 'sander', active: false } });
    expect(followUpsDue(situation([left]), 6, sixWeeksLater)[0]?.recipient).toEqual(koen);
    expect(
      followUpsDue(situation([household({ coordinator: null })]), 6, sixWeeksLater)[0]?.recipient,
    ).toEqual(koen);
    expect(
      followUpsDue(situation([household({ coordinator: null })], { organizer: null }), 6, sixWeeksLater),
    ).toEqual([]);
  });
});
