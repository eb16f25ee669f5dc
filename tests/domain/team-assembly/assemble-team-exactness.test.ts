import { describe, expect, it } from 'vitest';
import {
  type AssemblyInput,
  assembleTeam,
  type Candidate,
  type Proposal,
} from '../../../src/domain/team-assembly/assemble-team.ts';

/** mulberry32: a small seeded PRNG, so every run sees the same instances. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInstance(random: () => number, maxCandidates: number, maxDisciplines: number): AssemblyInput {
  const int = (n: number) => Math.floor(random() * n);
  const disciplines = Array.from({ length: 1 + int(maxDisciplines) }, (_, i) => `d${i}`);
  const organisations = ['o0', 'o1', 'o2'];
  const candidates: Candidate[] = Array.from({ length: int(maxCandidates + 1) }, (_, i) => ({
    id: `p${String(int(100)).padStart(2, '0')}-${i}`,
    organisationId: organisations[int(organisations.length)]!,
    // A few disciplines each, sometimes one that is not required.
    disciplines: [...disciplines, 'extra'].filter(() => random() < 0.3),
    alreadyInvolved: random() < 0.4,
    load: int(4), // integers: the objective tuple compares exactly
    available: random() < 0.85,
  }));
  const coordinatorId =
    random() < 0.5 && candidates.length > 0 ? candidates[int(candidates.length)]!.id : undefined;
  return {
    requiredDisciplines: disciplines,
    ...(coordinatorId === undefined ? {} : { coordinatorId }),
    candidates,
    consentedOrganisations: new Set(organisations.filter(() => random() < 0.7)),
  };
}

type Objective = [people: number, newFaces: number, load: number, ids: string];

function objective(team: Candidate[]): Objective {
  const sorted = team.map((c) => c.id).sort();
  return [
    team.length,
    team.filter((c) => !c.alreadyInvolved).length,
    team.reduce((sum, c) => sum + c.load, 0),
    sorted.join(','),
  ];
}

function better(a: Objective, b: Objective): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return a[3] < b[3];
}

/** Tries every subset of the eligible candidates. */
function bruteForce(input: AssemblyInput): { objective: Objective; uncovered: string[] } {
  const coordinator = input.candidates.find((c) => c.id === input.coordinatorId);
  const eligible = input.candidates.filter(
    (c) => c.id !== input.coordinatorId && c.available && input.consentedOrganisations.has(c.organisationId),
  );
  const has = (team: Candidate[], d: string) =>
    (coordinator?.disciplines.includes(d) ?? false) || team.some((c) => c.disciplines.includes(d));
  const coverable = input.requiredDisciplines.filter((d) => has(eligible, d));
  let best: Objective | undefined;
  for (let subset = 0; subset < 1 << eligible.length; subset++) {
    const team = eligible.filter((_, i) => (subset & (1 << i)) !== 0);
    if (!coverable.every((d) => has(team, d))) continue;
    const candidate = objective(team);
    if (best === undefined || better(candidate, best)) best = candidate;
  }
  return { objective: best!, uncovered: input.requiredDisciplines.filter((d) => !coverable.includes(d)) };
}

function objectiveOf(proposal: Proposal, input: AssemblyInput): Objective {
  const team = proposal.attendees
    .filter((a) => a.role === 'required')
    .map((a) => input.candidates.find((c) => c.id === a.id)!);
  return objective(team);
}

function expectValidProposal(proposal: Proposal, input: AssemblyInput): void {
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  const covered = new Set(proposal.attendees.flatMap((a) => a.covers));
  const gaps = new Set(proposal.gaps.map((g) => g.discipline));
  for (const d of input.requiredDisciplines) expect(covered.has(d) !== gaps.has(d)).toBe(true);
  for (const attendee of proposal.attendees) {
    const candidate = byId.get(attendee.id);
    if (attendee.role === 'coordinator') {
      expect(attendee.id).toBe(input.coordinatorId);
      continue;
    }
    expect(candidate?.available).toBe(true);
    expect(input.consentedOrganisations.has(candidate!.organisationId)).toBe(true);
    expect(attendee.covers.length).toBeGreaterThan(0);
    for (const d of attendee.covers) expect(candidate!.disciplines).toContain(d);
  }
  if (input.coordinatorId !== undefined) expect(proposal.attendees[0]?.role).toBe('coordinator');
  // No one is redundant: leaving out any non-coordinator loses a discipline.
  for (const attendee of proposal.attendees.filter((a) => a.role === 'required')) {
    const others = new Set(proposal.attendees.filter((a) => a !== attendee).flatMap((a) => a.covers));
    expect(attendee.covers.some((d) => !others.has(d))).toBe(true);
  }
}

describe('assembleTeam is exact', () => {
  it('matches brute force on 200 random small instances (objective tuple and gaps)', () => {
    const random = prng(20240611);
    for (let run = 0; run < 200; run++) {
      const input = randomInstance(random, 10, 6);
      const proposal = assembleTeam(input);
      const expected = bruteForce(input);
      expect(objectiveOf(proposal, input), `case ${run}`).toEqual(expected.objective);
      expect(
        proposal.gaps.map((g) => g.discipline),
        `case ${run}`,
      ).toEqual(expected.uncovered);
      expectValidProposal(proposal, input);
    }
  });

  it('returns a valid, irredundant cover for 40 candidates and 15 disciplines', () => {
    const random = prng(7);
    for (let run = 0; run < 5; run++) {
      const base = randomInstance(random, 40, 15);
      const disciplines = Array.from({ length: 15 }, (_, i) => `d${i}`);
      const candidates = Array.from({ length: 40 }, (_, i) => ({
        ...(base.candidates[i] ?? base.candidates[0]!),
        id: `p${String(i).padStart(2, '0')}`,
        disciplines: disciplines.filter(() => random() < 0.15),
      }));
      const input: AssemblyInput = {
        requiredDisciplines: disciplines,
        candidates,
        coordinatorId: 'p00',
        consentedOrganisations: new Set(['o0', 'o1']),
      };
      const proposal = assembleTeam(input);
      expectValidProposal(proposal, input);
      expect(proposal.attendees.filter((a) => a.role === 'coordinator').map((a) => a.id)).toEqual(['p00']);
    }
  });
});
