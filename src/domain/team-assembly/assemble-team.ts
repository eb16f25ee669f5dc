/**
 * Team assembly: choose who attends a case conference about a household.
 *
 * Objective, compared lexicographically:
 *   1. cover every required discipline that can be covered at all;
 *   2. with the fewest people;
 *   3. among those, the most professionals already involved with the household (fewest new faces);
 *   4. among those, the lowest total load (spread work across colleagues);
 *   5. finally the lexicographically smallest sorted list of ids, so the answer is deterministic.
 *
 * Exact, not greedy: dynamic programming over subsets of the required disciplines (at most
 * MAX_REQUIRED_DISCIPLINES, so at most 2^20 states; 15 disciplines are 32,768 states).
 *
 * Eligible: from an organisation the household consented to AND available in the horizon. The coordinator
 * always attends (whatever their organisation or availability) and their disciplines count.
 */

export interface Candidate {
  id: string;
  organisationId: string;
  disciplines: string[];
  alreadyInvolved: boolean;
  /** E.g. conferences in the horizon per contract hour; lower is better. */
  load: number;
  available: boolean;
}

export interface AssemblyInput {
  requiredDisciplines: string[];
  /** Always attends and covers their disciplines; may be absent from `candidates` (then covers nothing). */
  coordinatorId?: string;
  candidates: Candidate[];
  consentedOrganisations: ReadonlySet<string>;
}

export type AttendeeRole = 'coordinator' | 'required';

export interface Attendee {
  id: string;
  /** The required disciplines this person brings (overlaps between attendees are listed for each). */
  covers: string[];
  alreadyInvolved: boolean;
  role: AttendeeRole;
}

export type GapReason = 'no-one-has-it' | 'no-consent' | 'not-available';
export type GapSuggestion = 'ask-consent' | 'ask-deputy' | 'recruit';

export interface Gap {
  discipline: string;
  /**
   * 'no-consent': someone available has it, but only in organisations the household did not consent to;
   * 'not-available': everyone who has it is unavailable in the horizon;
   * 'no-one-has-it': no candidate has it at all.
   */
  reason: GapReason;
  suggestion: GapSuggestion;
  /** Who could have come: for 'no-consent' the available people without consent, else the unavailable ones. */
  blockedCandidates?: string[];
}

export interface Proposal {
  /** The coordinator first, then the others by id. */
  attendees: Attendee[];
  /** In the order of `requiredDisciplines`. */
  gaps: Gap[];
}

export const MAX_REQUIRED_DISCIPLINES = 20;

/** Loads are compared with this tolerance, so 0.1 + 0.2 ties with 0.3. */
const LOAD_EPSILON = 1e-9;

export function assembleTeam(input: AssemblyInput): Proposal {
  const required = [...new Set(input.requiredDisciplines)];
  if (required.length > MAX_REQUIRED_DISCIPLINES) {
    throw new RangeError(`at most ${MAX_REQUIRED_DISCIPLINES} required disciplines, got ${required.length}`);
  }
  const seen = new Set<string>();
  for (const candidate of input.candidates) {
    if (seen.has(candidate.id)) throw new RangeError(`duplicate candidate id ${candidate.id}`);
    seen.add(candidate.id);
  }

  const bitOf = new Map(required.map((discipline, index) => [discipline, 1 << index]));
  const maskOf = (candidate: Candidate): number =>
    candidate.disciplines.reduce((mask, discipline) => mask | (bitOf.get(discipline) ?? 0), 0);
  const coversOf = (mask: number): string[] => required.filter((_, index) => (mask & (1 << index)) !== 0);

  const coordinatorId = input.coordinatorId;
  const coordinator =
    coordinatorId === undefined ? undefined : input.candidates.find((c) => c.id === coordinatorId);
  const coordinatorMask = coordinator ? maskOf(coordinator) : 0;

  const eligible = input.candidates
    .filter(
      (c) => c.id !== coordinatorId && c.available && input.consentedOrganisations.has(c.organisationId),
    )
    .map((candidate) => ({ candidate, mask: maskOf(candidate) }))
    .filter((entry) => entry.mask !== 0)
    .sort((a, b) => compareIds(a.candidate.id, b.candidate.id));

  const coverable = eligible.reduce((mask, entry) => mask | entry.mask, coordinatorMask);
  const target = coverable & ~coordinatorMask;
  const chosen = solve(target, eligible);

  const attendees: Attendee[] = [];
  if (coordinatorId !== undefined) {
    attendees.push({
      id: coordinatorId,
      covers: coversOf(coordinatorMask),
      alreadyInvolved: coordinator?.alreadyInvolved ?? false,
      role: 'coordinator',
    });
  }
  for (const { candidate, mask } of chosen) {
    attendees.push({
      id: candidate.id,
      covers: coversOf(mask),
      alreadyInvolved: candidate.alreadyInvolved,
      role: 'required',
    });
  }

  const gaps = required
    .filter((discipline) => (coverable & bitOf.get(discipline)!) === 0)
    .map((discipline) => explainGap(discipline, input));

  return { attendees, gaps };
}

interface Entry {
  candidate: Candidate;
  mask: number;
}

/**
 * Exact minimum-cost cover of `target`. cost(person) = (1, isNew, load), added component-wise and compared
 * lexicographically; `count` and `newFaces` are folded into one integer, count * scale + newFaces.
 * `entries` must be sorted by id; each entry's mask is non-zero.
 */
function solve(target: number, entries: Entry[]): Entry[] {
  if (target === 0) return [];
  const scale = entries.length + 1;
  const size = 1 << bitLength(target);
  const primary = new Int32Array(size).fill(-1); // -1: not computed / not reachable
  const load = new Float64Array(size);
  primary[0] = 0;

  const entryPrimary = entries.map((e) => scale + (e.candidate.alreadyInvolved ? 0 : 1));
  const entryLoad = entries.map((e) => e.candidate.load);
  // For the lowest missing discipline, only people who have it can be part of the cover.
  const byBit: number[][] = [];
  for (let bit = 0; 1 << bit < size; bit++) {
    byBit.push(entries.flatMap((e, index) => ((e.mask & (1 << bit)) !== 0 ? [index] : [])));
  }

  // Only the submasks of `target` matter; visit them in increasing order so every residual is done first.
  const submasks: number[] = [];
  for (let mask = target; mask > 0; mask = (mask - 1) & target) submasks.push(mask);
  submasks.reverse();
  for (const mask of submasks) {
    const lowest = 31 - Math.clz32(mask & -mask);
    let bestPrimary = -1;
    let bestLoad = 0;
    for (const index of byBit[lowest]!) {
      const rest = mask & ~entries[index]!.mask;
      const p = primary[rest]! + entryPrimary[index]!;
      const l = load[rest]! + entryLoad[index]!;
      if (bestPrimary === -1 || p < bestPrimary || (p === bestPrimary && l < bestLoad - LOAD_EPSILON)) {
        bestPrimary = p;
        bestLoad = l;
      }
    }
    primary[mask] = bestPrimary; // always reachable: target only holds coverable disciplines
    load[mask] = bestLoad;
  }

  // Rebuild with the smallest id first: the first person (by id) who starts an optimal cover of what is
  // left. Everyone picked later has a larger id, so this yields the lexicographically smallest id list.
  const chosen: Entry[] = [];
  let mask = target;
  while (mask !== 0) {
    const index = entries.findIndex((e, i) => {
      if ((e.mask & mask) === 0) return false;
      const rest = mask & ~e.mask;
      return (
        primary[rest]! + entryPrimary[i]! === primary[mask]! &&
        Math.abs(load[rest]! + entryLoad[i]! - load[mask]!) <= LOAD_EPSILON
      );
    });
    const entry = entries[index]!;
    chosen.push(entry);
    mask &= ~entry.mask;
  }
  return chosen.sort((a, b) => compareIds(a.candidate.id, b.candidate.id));
}

function explainGap(discipline: string, input: AssemblyInput): Gap {
  const holders = input.candidates.filter(
    (c) => c.id !== input.coordinatorId && c.disciplines.includes(discipline),
  );
  if (holders.length === 0) return { discipline, reason: 'no-one-has-it', suggestion: 'recruit' };
  const withoutConsent = holders.filter(
    (c) => c.available && !input.consentedOrganisations.has(c.organisationId),
  );
  if (withoutConsent.length > 0) {
    return {
      discipline,
      reason: 'no-consent',
      suggestion: 'ask-consent',
      blockedCandidates: withoutConsent.map((c) => c.id).sort(compareIds),
    };
  }
  // Every holder is unavailable (consent would not help): ask a deputy, e.g. from another organisation.
  return {
    discipline,
    reason: 'not-available',
    suggestion: 'ask-deputy',
    blockedCandidates: holders.map((c) => c.id).sort(compareIds),
  };
}

function bitLength(mask: number): number {
  return 32 - Math.clz32(mask);
}

/** Code-unit order, independent of the locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
