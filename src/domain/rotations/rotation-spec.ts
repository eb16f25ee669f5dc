import type { RotationCadence } from './occurrences.ts';

/**
 * What a team coach sets up: one role. Checked before anything is stored; the problems are codes the app turns
 * into Dutch or English sentences (src/app/rotations/i18n/).
 */

export interface RotationSpec {
  role: string;
  duty?: 'chair' | 'minute_taker' | null;
  cadence: RotationCadence;
  everyWeeks?: number;
  weekdays?: readonly number[];
  startsOn: string;
  /** Member keys in rotation order. */
  members: readonly string[];
  pinned?: string | null;
}

export type SpecProblem =
  | { code: 'role-missing'; index: number }
  | { code: 'role-too-long'; role: string }
  | { code: 'role-twice'; role: string }
  | { code: 'duty-invalid'; role: string; duty: string }
  | { code: 'duty-twice'; duty: string }
  | { code: 'cadence-invalid'; role: string; cadence: string }
  | { code: 'every-weeks-invalid'; role: string }
  | { code: 'weekdays-invalid'; role: string }
  | { code: 'start-invalid'; role: string; startsOn: string }
  | { code: 'members-missing'; role: string }
  | { code: 'member-twice'; role: string; member: string }
  | { code: 'member-unknown'; role: string; member: string }
  | { code: 'pinned-not-member'; role: string; member: string };

export const MAX_ROLE_LENGTH = 60;
const CADENCES: readonly string[] = ['each_conference', 'weeks', 'weekdays'];
const DUTIES: readonly string[] = ['chair', 'minute_taker'];

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Every problem of a team's full set of roles; empty when it may be stored. */
export function specProblems(
  specs: readonly RotationSpec[],
  knownMember: (key: string) => boolean,
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const roles = new Set<string>();
  const duties = new Set<string>();
  specs.forEach((spec, index) => {
    const role = (spec.role ?? '').trim();
    if (!role) problems.push({ code: 'role-missing', index });
    else if (role.length > MAX_ROLE_LENGTH) problems.push({ code: 'role-too-long', role });
    else if (roles.has(role.toLowerCase())) problems.push({ code: 'role-twice', role });
    roles.add(role.toLowerCase());
    if (spec.duty) {
      if (!DUTIES.includes(spec.duty)) problems.push({ code: 'duty-invalid', role, duty: String(spec.duty) });
      else if (duties.has(spec.duty)) problems.push({ code: 'duty-twice', duty: spec.duty });
      duties.add(spec.duty);
    }
    if (!CADENCES.includes(spec.cadence)) {
      problems.push({ code: 'cadence-invalid', role, cadence: String(spec.cadence) });
    }
    if (spec.cadence === 'weeks') {
      const n = spec.everyWeeks ?? 1;
      if (!Number.isInteger(n) || n < 1 || n > 52) problems.push({ code: 'every-weeks-invalid', role });
    }
    if (spec.cadence === 'weekdays') {
      const days = spec.weekdays ?? [];
      if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
        problems.push({ code: 'weekdays-invalid', role });
      }
    }
    if (!isDate(String(spec.startsOn ?? ''))) {
      problems.push({ code: 'start-invalid', role, startsOn: String(spec.startsOn ?? '') });
    }
    const members = spec.members ?? [];
    if (members.length === 0) problems.push({ code: 'members-missing', role });
    const seen = new Set<string>();
    for (const member of members) {
      if (seen.has(member)) problems.push({ code: 'member-twice', role, member });
      else if (!knownMember(member)) problems.push({ code: 'member-unknown', role, member });
      seen.add(member);
    }
    if (spec.pinned && !members.includes(spec.pinned)) {
      problems.push({ code: 'pinned-not-member', role, member: spec.pinned });
    }
  });
  return problems;
}
