import type { TeamRole } from '../access/access-policy.ts';

/**
 * What the household door (src/app/access/household-door.ts) reads to decide access: who the person is in
 * which teams, and a household's team, coordinator and involved professionals. No care data passes here.
 */
export interface DoorHousehold {
  id: string;
  reference: string;
  teamId: string;
  coordinator: { id: string; name: string } | null;
  involvedIds: string[];
}

export interface HouseholdDirectory {
  /** The teams an active professional is a member of, with their role there; empty for anyone else. */
  teamsOf(professionalId: string): Promise<{ id: string; role: TeamRole }[]>;
  /**
   * Households with this reference in these teams (a reference is unique per team only). Case is ignored, but
   * an exact match wins over one that differs in case only.
   */
  byReference(teamIds: readonly string[] | 'all', reference: string): Promise<DoorHousehold[]>;
  byId(householdId: string): Promise<DoorHousehold | undefined>;
  /** The team id of a slug, for the CLI's --team. */
  teamIdBySlug(slug: string): Promise<string | undefined>;
}
