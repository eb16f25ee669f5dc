import type { ActorTeam, HouseholdDetails } from './household-store.ts';

/**
 * Who sees what of a household (docs/households.md):
 * - 'case-team': the coordinator, the involved professionals, and the team's coaches and admins see every
 *   detail and may change it;
 * - 'reference': other members of the team see the reference and who coordinates, so they know whom to ask;
 * - 'none': people outside the team are told the household cannot be found, so its existence is not revealed.
 */
export type HouseholdAccess = 'case-team' | 'reference' | 'none';

export function accessTo(
  household: Pick<HouseholdDetails, 'teamId' | 'coordinator' | 'involved'>,
  professionalId: string,
  teams: readonly ActorTeam[],
): HouseholdAccess {
  const membership = teams.find((team) => team.id === household.teamId);
  if (!membership) return 'none';
  if (membership.role === 'coach' || membership.role === 'admin') return 'case-team';
  if (household.coordinator?.id === professionalId) return 'case-team';
  if (household.involved.some((person) => person.id === professionalId)) return 'case-team';
  return 'reference';
}

/** Closing the plan is for the coordinator or a coach of the team. */
export function mayClosePlan(
  household: Pick<HouseholdDetails, 'teamId' | 'coordinator'>,
  professionalId: string,
  teams: readonly ActorTeam[],
): boolean {
  if (household.coordinator?.id === professionalId) return true;
  return teams.some((team) => team.id === household.teamId && team.role === 'coach');
}
