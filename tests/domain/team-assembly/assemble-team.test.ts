import { describe, expect, it } from 'vitest';
import {
  type AssemblyInput,
  assembleTeam,
  type Candidate,
  MAX_REQUIRED_DISCIPLINES,
} from '../../../src/domain/team-assembly/assemble-team.ts';

function person(id: string, disciplines: string[], extra: Partial<Candidate> = {}): Candidate {
  return {
    id,
    organisationId: 'wijkteam',
    disciplines,
    alreadyInvolved: false,
    load: 0,
    available: true,
    ...extra,
  };
}

function input(candidates: Candidate[], requiredDisciplines: string[], extra: Partial<AssemblyInput> = {}) {
  return { requiredDisciplines, candidates, consentedOrganisations: new Set(['wijkteam']), ...extra };
}

const ids = (proposal: ReturnType<typeof assembleTeam>) => proposal.attendees.map((a) => a.id);

describe('assembleTeam', () => {
  it('needs fewer people than greedy-by-most-coverage would take', () => {
    // Greedy takes `broad` (4 disciplines) first and then still needs both others: 3 people. Two suffice.
    const candidates = [
      person('broad', ['schuld', 'ggz', 'jeugd', 'wonen'], { alreadyInvolved: true, load: 0 }),
      person('left', ['schuld', 'ggz', 'werk'], { load: 5 }),
      person('right', ['jeugd', 'wonen', 'zorg'], { load: 5 }),
    ];
    const proposal = assembleTeam(input(candidates, ['schuld', 'ggz', 'werk', 'jeugd', 'wonen', 'zorg']));
    expect(ids(proposal)).toEqual(['left', 'right']);
    expect(proposal.gaps).toEqual([]);
  });

  it('prefers people already involved with the household when equally few', () => {
    const candidates = [
      person('a-new', ['schuld'], { load: 0 }),
      person('b-known', ['schuld'], { alreadyInvolved: true, load: 9 }),
      person('c-new', ['ggz'], { load: 0 }),
    ];
    const proposal = assembleTeam(input(candidates, ['schuld', 'ggz']));
    expect(ids(proposal)).toEqual(['b-known', 'c-new']);
    expect(proposal.attendees[0]).toEqual({
      id: 'b-known',
      covers: ['schuld'],
      alreadyInvolved: true,
      role: 'required',
    });
  });

  it('does not add a new face where an involved person already covers the same disciplines', () => {
    const candidates = [
      person('all-new', ['schuld', 'ggz']),
      person('known-1', ['schuld'], { alreadyInvolved: true }),
      person('known-2', ['ggz'], { alreadyInvolved: true }),
    ];
    // Fewest people first: one new face beats two familiar ones.
    expect(ids(assembleTeam(input(candidates, ['schuld', 'ggz'])))).toEqual(['all-new']);
  });

  it('spreads load: among equally good teams the least loaded colleague attends', () => {
    const candidates = [
      person('a', ['ggz'], { load: 3 }),
      person('b', ['ggz'], { load: 1 }),
      person('c', ['ggz'], { load: 2 }),
    ];
    expect(ids(assembleTeam(input(candidates, ['ggz'])))).toEqual(['b']);
  });

  it('breaks full ties by id', () => {
    const candidates = [person('z', ['ggz'], { load: 1 }), person('m', ['ggz'], { load: 1 })];
    expect(ids(assembleTeam(input(candidates, ['ggz'])))).toEqual(['m']);
  });

  it('never adds someone who covers no required discipline', () => {
    const candidates = [person('idle', ['werk'], { alreadyInvolved: true }), person('a', ['ggz'])];
    expect(ids(assembleTeam(input(candidates, ['ggz'])))).toEqual(['a']);
    expect(ids(assembleTeam(input(candidates, [])))).toEqual([]);
  });

  it('never invites a non-consented organisation and says who could have come', () => {
    const candidates = [
      person('ggz-1', ['ggz'], { organisationId: 'ggz-instelling', alreadyInvolved: true }),
      person('ggz-2', ['ggz'], { organisationId: 'ggz-instelling' }),
      person('ggz-away', ['ggz'], { organisationId: 'ggz-instelling', available: false }),
      person('schuld', ['schuld']),
    ];
    const proposal = assembleTeam(input(candidates, ['ggz', 'schuld']));
    expect(ids(proposal)).toEqual(['schuld']);
    expect(proposal.gaps).toEqual([
      {
        discipline: 'ggz',
        reason: 'no-consent',
        suggestion: 'ask-consent',
        blockedCandidates: ['ggz-1', 'ggz-2'],
      },
    ]);
  });

  it('reports a discipline nobody has as a gap to recruit for', () => {
    const proposal = assembleTeam(input([person('a', ['ggz'])], ['ggz', 'tolk']));
    expect(ids(proposal)).toEqual(['a']);
    expect(proposal.gaps).toEqual([{ discipline: 'tolk', reason: 'no-one-has-it', suggestion: 'recruit' }]);
  });

  it('reports a discipline only unavailable people have as a gap for a deputy', () => {
    const candidates = [
      person('away-1', ['ggz'], { available: false }),
      person('away-2', ['ggz'], { available: false, organisationId: 'elders' }),
    ];
    const proposal = assembleTeam(input(candidates, ['ggz']));
    expect(proposal.attendees).toEqual([]);
    expect(proposal.gaps).toEqual([
      {
        discipline: 'ggz',
        reason: 'not-available',
        suggestion: 'ask-deputy',
        blockedCandidates: ['away-1', 'away-2'],
      },
    ]);
  });

  it('always includes the coordinator, counts their disciplines and lists them first', () => {
    const candidates = [
      person('a-ggz', ['ggz']),
      person('b-both', ['ggz', 'schuld']),
      person('coord', ['schuld'], { alreadyInvolved: true, available: false, organisationId: 'elders' }),
    ];
    const proposal = assembleTeam(input(candidates, ['schuld', 'ggz'], { coordinatorId: 'coord' }));
    expect(proposal.attendees).toEqual([
      { id: 'coord', covers: ['schuld'], alreadyInvolved: true, role: 'coordinator' },
      { id: 'a-ggz', covers: ['ggz'], alreadyInvolved: false, role: 'required' },
    ]);
    expect(proposal.gaps).toEqual([]);
  });

  it('includes a coordinator who covers nothing or is not among the candidates', () => {
    const proposal = assembleTeam(input([person('a', ['ggz'])], ['ggz'], { coordinatorId: 'outside' }));
    expect(proposal.attendees).toEqual([
      { id: 'outside', covers: [], alreadyInvolved: false, role: 'coordinator' },
      { id: 'a', covers: ['ggz'], alreadyInvolved: false, role: 'required' },
    ]);
  });

  it('lists every required discipline an attendee brings and ignores duplicate requirements', () => {
    const proposal = assembleTeam(
      input([person('a', ['werk', 'ggz', 'schuld'])], ['schuld', 'ggz', 'schuld']),
    );
    expect(proposal.attendees).toEqual([
      { id: 'a', covers: ['schuld', 'ggz'], alreadyInvolved: false, role: 'required' },
    ]);
  });

  it('treats loads that differ only by rounding as equal and falls back to the id', () => {
    const candidates = [
      person('b', ['ggz', 'schuld'], { load: 0.3 }),
      person('a1', ['ggz'], { load: 0.1 }),
      person('a2', ['schuld'], { load: 0.2 }),
      person('a', ['ggz', 'schuld'], { load: 0.1 + 0.2 }),
    ];
    expect(ids(assembleTeam(input(candidates, ['ggz', 'schuld'])))).toEqual(['a']);
  });

  it('rejects duplicate candidate ids and too many disciplines', () => {
    expect(() => assembleTeam(input([person('a', ['x']), person('a', ['y'])], ['x']))).toThrow(RangeError);
    const many = Array.from({ length: MAX_REQUIRED_DISCIPLINES + 1 }, (_, i) => `d${i}`);
    expect(() => assembleTeam(input([], many))).toThrow(RangeError);
  });
});
