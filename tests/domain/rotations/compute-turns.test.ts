import { describe, expect, it } from 'vitest';
import {
  computeTurns,
  dutyHolderOn,
  holderOn,
  type RotationDefinition,
  type RotationSituation,
} from '../../../src/domain/rotations/compute-turns.ts';
import { occurrencesUntil } from '../../../src/domain/rotations/occurrences.ts';
import { specProblems } from '../../../src/domain/rotations/rotation-spec.ts';

const weekly = (
  id: string,
  memberIds: string[],
  extra: Partial<RotationDefinition> = {},
): RotationDefinition => ({
  id,
  role: id,
  cadence: 'weeks',
  everyWeeks: 1,
  weekdays: [],
  startsOn: '2027-01-04',
  memberIds,
  ...extra,
});

const situation = (over: Partial<RotationSituation>): RotationSituation => ({
  rotations: [],
  people: ['ann', 'bob', 'cas', 'dee'].map((id) => ({ id, contractHours: 32 })),
  absences: [],
  conferenceDates: [],
  fixedTurns: [],
  twoRolesPerConference: false,
  ...over,
});

const holders = (s: RotationSituation, from = '2027-01-04', to = '2027-03-01') =>
  computeTurns(s, { from, to }).map((t) => t.holderId);

describe('rotation turns', () => {
  it('takes equal members in order, week after week', () => {
    const s = situation({ rotations: [weekly('chair', ['ann', 'bob', 'cas'])] });
    expect(holders(s, '2027-01-04', '2027-02-15')).toEqual(['ann', 'bob', 'cas', 'ann', 'bob', 'cas']);
  });

  it('passes an absent member’s turn to the next, who gives it back: the absent member keeps their place', () => {
    const s = situation({
      rotations: [weekly('chair', ['ann', 'bob', 'cas'])],
      absences: [{ personId: 'ann', from: '2027-01-01', to: '2027-01-08' }],
    });
    const turns = computeTurns(s, { from: '2027-01-04', to: '2027-02-01' });
    expect(turns.map((t) => t.holderId)).toEqual(['bob', 'ann', 'cas', 'ann']);
    expect(turns[0]).toMatchObject({ reason: 'absent', dueId: 'ann' });
    expect(turns[1]?.reason).toBeUndefined();
  });

  it('gives someone on 16 hours about half the turns of someone on 32', () => {
    const s = situation({
      rotations: [weekly('intake', ['ann', 'bob'])],
      people: [
        { id: 'ann', contractHours: 16 },
        { id: 'bob', contractHours: 32 },
      ],
    });
    const all = holders(s, '2027-01-04', '2027-12-27');
    const ann = all.filter((h) => h === 'ann').length;
    const bob = all.filter((h) => h === 'bob').length;
    expect(ann + bob).toBe(all.length);
    expect(Math.abs(bob - 2 * ann)).toBeLessThanOrEqual(2);
  });

  it('counts turns across all roles: a chair takes fewer minutes', () => {
    const s = situation({
      rotations: [
        weekly('chair', ['ann'], { duty: 'chair' }),
        weekly('minutes', ['ann', 'bob'], { duty: 'minute_taker', startsOn: '2027-01-05' }),
      ],
      twoRolesPerConference: true,
    });
    const minutes = computeTurns(s, { from: '2027-01-04', to: '2027-03-01' }).filter(
      (t) => t.role === 'minutes',
    );
    expect(minutes.every((t) => t.holderId === 'bob')).toBe(true);
  });

  it('keeps a pinned role with its person, and lets the next member step in while they are away', () => {
    const s = situation({
      rotations: [weekly('chair', ['ann', 'bob', 'cas'], { pinnedId: 'cas' })],
      absences: [{ personId: 'cas', from: '2027-01-18', to: '2027-01-22' }],
    });
    const turns = computeTurns(s, { from: '2027-01-04', to: '2027-02-01' });
    expect(turns.map((t) => t.holderId)).toEqual(['cas', 'cas', 'ann', 'cas']);
    expect(turns[2]).toMatchObject({ reason: 'absent', dueId: 'cas' });
  });

  it('gives nobody two roles in one conference unless the team allows it', () => {
    const conferences = ['2027-01-07', '2027-01-14', '2027-01-21'];
    const rotations: RotationDefinition[] = [
      weekly('chair', ['ann', 'bob'], { cadence: 'each_conference', duty: 'chair' }),
      weekly('minutes', ['ann', 'bob'], { cadence: 'each_conference', duty: 'minute_taker' }),
    ];
    const strict = computeTurns(situation({ rotations, conferenceDates: conferences }), {
      from: '2027-01-01',
      to: '2027-02-01',
    });
    for (const date of conferences) {
      const [chair, minutes] = strict.filter((t) => t.date === date);
      expect(chair?.holderId).not.toBe(minutes?.holderId);
    }
    const both = situation({
      rotations: [
        rotations[0] as RotationDefinition,
        { ...(rotations[1] as RotationDefinition), memberIds: ['ann'] },
      ],
      conferenceDates: conferences,
    });
    const alone = computeTurns(both, { from: '2027-01-01', to: '2027-02-01' });
    expect(alone.filter((t) => t.role === 'minutes' && t.holderId === null).length).toBeGreaterThan(0);
    const allowed = computeTurns(
      { ...both, twoRolesPerConference: true },
      { from: '2027-01-01', to: '2027-02-01' },
    );
    expect(allowed.filter((t) => t.role === 'minutes').every((t) => t.holderId === 'ann')).toBe(true);
  });

  it('lets stored turns win (a swap) and stays the same whatever range is asked', () => {
    const s = situation({
      rotations: [weekly('chair', ['ann', 'bob', 'cas'])],
      fixedTurns: [
        {
          rotationId: 'chair',
          date: '2027-01-11',
          holderId: 'dee',
          reason: 'override',
          swappedFromId: 'bob',
        },
      ],
    });
    const turns = computeTurns(s, { from: '2027-01-04', to: '2027-02-01' });
    expect(turns[1]).toMatchObject({ holderId: 'dee', reason: 'override', dueId: 'bob', fixed: true });
    expect(turns.map((t) => t.holderId)).toEqual(['ann', 'dee', 'bob', 'cas']);
    expect(holders(s, '2027-01-18', '2027-02-01')).toEqual(['bob', 'cas']);
    expect(holderOn(s, 'CHAIR', '2027-01-18')?.holderId).toBe('bob');
    expect(holderOn(s, 'chair', '2027-01-19')).toBeUndefined();
  });

  it('starts a member who joins later level with the others, not with a run of turns', () => {
    // Ann and Bob took four announced turns; Cas joins on 1 February.
    const fixedTurns = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'].map((date, i) => ({
      rotationId: 'chair',
      date,
      holderId: i % 2 === 0 ? 'ann' : 'bob',
    }));
    const joined = (levelFrom: string | null) =>
      holders(
        situation({ rotations: [weekly('chair', ['ann', 'bob', 'cas'], { levelFrom })], fixedTurns }),
        '2027-02-01',
        '2027-03-15',
      );
    // Level with them, Cas is simply next in the order after Bob.
    expect(joined('2027-02-01')).toEqual(['cas', 'ann', 'bob', 'cas', 'ann', 'bob']);
    // Without the day he joined, Cas would owe the four turns he was not there for.
    expect(joined(null).slice(0, 3)).toEqual(['cas', 'cas', 'ann']);
  });

  it('answers who chairs a conference on a date', () => {
    const s = situation({
      rotations: [weekly('voorzitter', ['ann', 'bob'], { cadence: 'each_conference', duty: 'chair' })],
      conferenceDates: ['2027-01-07', '2027-01-14'],
    });
    expect(dutyHolderOn(s, 'chair', '2027-01-14')?.holderId).toBe('bob');
    expect(dutyHolderOn(s, 'minute_taker', '2027-01-14')).toBeUndefined();
  });

  it('skips a day turn for someone who does not work that weekday', () => {
    const s = situation({
      rotations: [weekly('intake', ['ann', 'bob'], { cadence: 'weekdays', weekdays: [2] })],
      people: [
        { id: 'ann', contractHours: 24, contractWeekdays: [1, 3, 4] },
        { id: 'bob', contractHours: 24 },
      ],
    });
    expect(holders(s, '2027-01-04', '2027-01-25')).toEqual(['bob', 'bob', 'bob']);
  });
});

describe('rotation dates', () => {
  const holidays = new Set(['2027-04-27']);
  it('moves a week turn off a public holiday and skips a day turn on one', () => {
    expect(
      occurrencesUntil(
        { cadence: 'weeks', everyWeeks: 2, weekdays: [], startsOn: '2027-04-13' },
        '2027-05-12',
        [],
        holidays,
      ),
    ).toEqual(['2027-04-13', '2027-04-28', '2027-05-11']);
    expect(
      occurrencesUntil(
        { cadence: 'weekdays', everyWeeks: 1, weekdays: [2, 4], startsOn: '2027-04-26' },
        '2027-05-01',
        [],
        holidays,
      ),
    ).toEqual(['2027-04-29']);
  });
  it('takes each conference date once, from the start', () => {
    expect(
      occurrencesUntil(
        { cadence: 'each_conference', everyWeeks: 1, weekdays: [], startsOn: '2027-01-05' },
        '2027-02-01',
        ['2027-01-14', '2027-01-04', '2027-01-14', '2027-02-04'],
        holidays,
      ),
    ).toEqual(['2027-01-14']);
  });
});

describe('checking a set-up', () => {
  it('names every problem', () => {
    const known = (key: string) => key !== 'ghost';
    const problems = specProblems(
      [
        {
          role: 'Voorzitter',
          cadence: 'weeks',
          everyWeeks: 0,
          startsOn: '2027-02-30',
          members: ['ann', 'ghost'],
          pinned: 'bob',
        },
        { role: 'voorzitter', cadence: 'weekdays', weekdays: [8], startsOn: '2027-01-04', members: [] },
      ],
      known,
    );
    expect(problems.map((p) => p.code)).toEqual([
      'every-weeks-invalid',
      'start-invalid',
      'member-unknown',
      'pinned-not-member',
      'role-twice',
      'weekdays-invalid',
      'members-missing',
    ]);
    expect(
      specProblems(
        [{ role: 'notulist', cadence: 'each_conference', startsOn: '2027-01-04', members: ['ann'] }],
        known,
      ),
    ).toEqual([]);
  });
});
