import type { LifeDomain } from '../../domain/life-domains.ts';
import type { ContractBlock } from '../../domain/slots/find-slots.ts';

/** Everything the planning use case needs about one household and the people who could come. */
export interface PlanningHousehold {
  id: string;
  reference: string;
  teamId: string;
  hasChildren: boolean;
  coordinatorId: string | undefined;
  /** The latest ZRM score per domain. */
  scores: Partial<Record<LifeDomain, number>>;
  involvedIds: string[];
  /** Organisations the household consented to (not withdrawn). */
  consentedOrganisationIds: string[];
}

export interface PlanningCandidate {
  id: string;
  /** The roster key (as in the import), what administrators know people by. */
  key: string;
  name: string;
  organisationId: string;
  disciplines: string[];
  contractHours: number;
  contract: ContractBlock[];
  /** Absences and conferences in the window, as [start, end) epoch minutes. */
  busy: [number, number][];
  /** Conferences in the window, for spreading load. */
  conferenceCount: number;
}

export interface PlanningStore {
  /** The household by its reference; several teams may use one reference, so all matches come back. */
  findHouseholds(reference: string): Promise<PlanningHousehold[]>;
  /** The active members of the team, with what they bring and when they are busy in the window. */
  candidates(teamId: string, window: { from: Date; to: Date }): Promise<PlanningCandidate[]>;
}
