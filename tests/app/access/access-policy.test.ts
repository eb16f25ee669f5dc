import { describe, expect, it } from 'vitest';
import {
  type AccessActor,
  type Deed,
  decideAccess,
  operatorAccess,
} from '../../../src/app/access/access-policy.ts';

const DEEDS: Deed[] = [
  'edit',
  'book',
  'close-plan',
  'reopen-plan',
  'record',
  'change-consent',
  'read-access-log',
];
const household = { teamId: 'noord', coordinatorId: 'anna', involvedIds: ['anna', 'bram'] };
const uncoordinated = { ...household, coordinatorId: null, involvedIds: ['bram'] };

const actor = (professionalId: string, role: 'member' | 'coach' | 'admin' = 'member'): AccessActor => ({
  professionalId,
  teams: [
    { id: 'zuid', role: 'coach' },
    { id: 'noord', role },
  ],
});
const outsider: AccessActor = { professionalId: 'olaf', teams: [{ id: 'zuid', role: 'admin' }] };

const deedsOf = (decision: ReturnType<typeof decideAccess>) => DEEDS.filter((deed) => decision.may(deed));

describe('decideAccess', () => {
  it.each([
    ['the coordinator', actor('anna'), 'coordinator', 'details', DEEDS],
    ['a coach of the team', actor('cora', 'coach'), 'coach', 'details', DEEDS],
    ['an administrator of the team', actor('ad', 'admin'), 'coach', 'details', DEEDS],
    ['an involved professional', actor('bram'), 'case-team', 'details', ['edit', 'record', 'change-consent']],
    ['a team member outside the case team', actor('sem'), 'team-member', 'reference', []],
    ['someone of another team (a coach there)', outsider, 'outsider', 'nothing', []],
    ['someone in no team', { professionalId: 'x', teams: [] }, 'outsider', 'nothing', []],
  ] as const)('gives %s in private: %s, sees %s', (_who, person, standing, see, deeds) => {
    const decision = decideAccess(person, household, 'private');
    expect(decision.standing).toBe(standing);
    expect(decision.see).toBe(see);
    expect(deedsOf(decision)).toEqual(deeds);
  });

  it('shows nobody more than the reference in a shared conversation, the case team included', () => {
    expect(decideAccess(actor('anna'), household, 'shared').see).toBe('reference');
    expect(decideAccess(actor('cora', 'coach'), household, 'shared').see).toBe('reference');
    expect(decideAccess(actor('sem'), household, 'shared').see).toBe('reference');
    expect(decideAccess(outsider, household, 'shared').see).toBe('nothing');
  });

  it('lets the case team book when the household has no coordinator, and only the coordinator and coaches otherwise', () => {
    expect(decideAccess(actor('bram'), household, 'private').may('book')).toBe(false);
    expect(decideAccess(actor('bram'), uncoordinated, 'private').may('book')).toBe(true);
    expect(decideAccess(actor('bram'), uncoordinated, 'private').may('close-plan')).toBe(false);
    expect(decideAccess(actor('sem'), uncoordinated, 'private').may('book')).toBe(false);
    expect(decideAccess(actor('sem'), uncoordinated, 'private').see).toBe('reference');
  });

  it('judges membership by the household team only, not by a role in another team', () => {
    const coachElsewhere: AccessActor = {
      professionalId: 'sem',
      teams: [
        { id: 'zuid', role: 'coach' },
        { id: 'noord', role: 'member' },
      ],
    };
    expect(decideAccess(coachElsewhere, household, 'private').standing).toBe('team-member');
  });

  it('gives the operator at the command line the details and every deed', () => {
    const decision = operatorAccess();
    expect(decision).toMatchObject({ see: 'details', standing: 'operator' });
    expect(deedsOf(decision)).toEqual(DEEDS);
  });
});
