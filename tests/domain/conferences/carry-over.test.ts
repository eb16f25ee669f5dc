import { describe, expect, it } from 'vitest';
import { carryOver, type MinutedHousehold } from '../../../src/domain/conferences/carry-over.ts';

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 13));
const minuted = (
  householdId: string,
  conferenceId: string,
  d: number,
  discussed: boolean,
): MinutedHousehold => ({
  householdId,
  reference: householdId.toUpperCase(),
  conferenceId,
  startsAt: day(d),
  discussed,
});

describe('which households carry over to a conference', () => {
  const next = { id: 'c-next', startsAt: day(17), householdIds: ['hh-a'] };

  it('marks its own household when the last conference about it discussed nothing for it', () => {
    expect(carryOver(next, [minuted('hh-a', 'c1', 3, true), minuted('hh-a', 'c2', 10, false)], [])).toEqual({
      ownNotDiscussed: [{ householdId: 'hh-a', reference: 'HH-A', conferenceId: 'c2', startsAt: day(10) }],
      carried: [],
    });
    // Discussed the last time: nothing to carry.
    expect(carryOver(next, [minuted('hh-a', 'c1', 3, false), minuted('hh-a', 'c2', 10, true)], [])).toEqual({
      ownNotDiscussed: [],
      carried: [],
    });
  });

  it('carries a household without a conference of its own to the team’s next one', () => {
    const found = carryOver(next, [minuted('hh-b', 'c2', 10, false)], []);
    expect(found.carried.map((c) => c.reference)).toEqual(['HH-B']);
  });

  it('leaves a household to its own next conference, before or after this one', () => {
    const later = [{ householdId: 'hh-b', conferenceId: 'c-own', startsAt: day(24) }];
    expect(carryOver(next, [minuted('hh-b', 'c2', 10, false)], later).carried).toEqual([]);
    const between = [{ householdId: 'hh-b', conferenceId: 'c-own', startsAt: day(12) }];
    expect(carryOver(next, [minuted('hh-b', 'c2', 10, false)], between).carried).toEqual([]);
    // Its own (earlier) conference does not count.
    const earlier = [{ householdId: 'hh-b', conferenceId: 'c2', startsAt: day(10) }];
    expect(carryOver(next, [minuted('hh-b', 'c2', 10, false)], earlier).carried).toHaveLength(1);
  });

  it('ignores minutes of this conference and of later ones', () => {
    expect(
      carryOver(next, [minuted('hh-b', 'c-next', 17, false), minuted('hh-c', 'c9', 20, false)], []),
    ).toEqual({ ownNotDiscussed: [], carried: [] });
  });
});
