import type { LifeDomain } from '../../domain/life-domains.ts';
import type { AccessChannel } from '../ports/access-log.ts';
import type { ReferenceRule } from './household-reference.ts';

/**
 * The port the household feature needs from storage. The adapter
 * (src/infra/db/repositories/household-repository.ts) is the only code that touches Prisma.
 * Dates without a time (scoring, consent) are 'YYYY-MM-DD'.
 */
export interface HouseholdStore {
  /** The teams the professional is a member of, with their role there. */
  teamsOf(professionalId: string): Promise<ActorTeam[]>;
  /** Households the professional coordinates or is involved in, by reference. */
  listInvolved(professionalId: string): Promise<HouseholdListItem[]>;
  /** Households with this reference in any of the teams (a reference is unique per team only). */
  findByReference(teamIds: readonly string[], reference: string): Promise<HouseholdDetails[]>;
  findById(householdId: string): Promise<HouseholdDetails | undefined>;
  /** The active members of each team with their organisation, for the form's choices. */
  rosters(teamIds: readonly string[]): Promise<TeamRoster[]>;
  /** The team's rule for new references (its `householdReference` setting, or the default). */
  referenceRule(teamId: string): Promise<ReferenceRule>;
  /** Every reference the team's households have. */
  teamReferences(teamId: string): Promise<string[]>;
  /** References of any team that start with `prefix` (whatever their case): what a proposal must avoid. */
  referencesStartingWith(prefix: string): Promise<string[]>;
  /**
   * Creates or changes a household in one transaction, with its revision and audit event; refuses a
   * reference another household of the team already uses (whatever its case).
   */
  save(request: SaveHouseholdRequest): Promise<SaveHouseholdResult>;
  /** Sets planClosedAt, with a revision and an audit event. */
  closePlan(request: ClosePlanRequest): Promise<SaveHouseholdResult>;
  /** Clears planClosedAt (the plan is open again), with a revision ('planReopened') and an audit event. */
  reopenPlan(request: ClosePlanRequest): Promise<SaveHouseholdResult>;
  /** The change an earlier run of this chat request made, if it made one (see UseCaseContext.requestKey). */
  savedByRequest(requestKey: string): Promise<{ householdId: string; revision: number } | undefined>;
}

export type TeamRole = 'member' | 'coach' | 'admin';

export interface ActorTeam {
  id: string;
  name: string;
  role: TeamRole;
}

export interface HouseholdListItem {
  id: string;
  reference: string;
  teamName: string;
  coordinating: boolean;
}

export interface PersonRef {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
}

export interface TeamRoster {
  teamId: string;
  members: PersonRef[];
}

export interface StoredScore {
  score: number;
  scoredOn: string;
}

export interface StoredConsent {
  id: string;
  organisationId: string;
  organisationName: string;
  givenOn: string;
  /** The last day it holds; null for consent without an end date. */
  validUntil: string | null;
  withdrawnOn: string | null;
  /** Who recorded, renewed or withdrew it last; null for an import, the demo seed or someone since removed. */
  recordedByName: string | null;
}

/** Given on and valid until of one organisation's consent, as the form or the import leaves them. */
export interface ConsentTerms {
  givenOn: string;
  validUntil: string | null;
}

export type RevisionVia = 'chat' | 'import' | 'seed';

export interface RevisionSummary {
  revision: number;
  changedAt: Date;
  /** The professional's name; null for an import or the demo seed (or someone since removed). */
  changedByName: string | null;
  via: RevisionVia;
  /** Field names such as 'scores.financien', 'ikWil', 'involved'. */
  changed: string[];
}

export interface HouseholdDetails {
  id: string;
  teamId: string;
  teamName: string;
  reference: string;
  hasChildren: boolean;
  ikWil: string | null;
  ikKan: string | null;
  ikHebNodig: string | null;
  coordinator: PersonRef | null;
  involved: PersonRef[];
  /** Every consent ever recorded, withdrawn ones included. */
  consents: StoredConsent[];
  /** The latest score per domain. */
  scores: Partial<Record<LifeDomain, StoredScore>>;
  planClosedAt: Date | null;
  /** Its latest conferences (at most CONFERENCES_SHOWN), the latest start first, with each attendee's answer. */
  conferences: HouseholdConferenceSummary[];
  /** The number of the latest revision; 0 for a household that has none yet. */
  revision: number;
  /** The latest revisions, newest first (at most five). */
  revisions: RevisionSummary[];
}

export type AttendeeAnswer = 'pending' | 'accepted' | 'declined' | 'tentative';

export interface HouseholdConferenceSummary {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: 'home' | 'office' | 'online';
  status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  kind: 'regular' | 'follow_up' | 'consolidation';
  /** By name; the answer to the invitation as it stands. */
  attendees: { name: string; role: 'required' | 'optional'; answer: AttendeeAnswer }[];
}

/** The household as the form leaves it. */
export interface HouseholdValues {
  teamId: string;
  reference: string;
  hasChildren: boolean;
  ikWil: string | null;
  ikKan: string | null;
  ikHebNodig: string | null;
  coordinatorId: string | null;
  /** The coordinator included. */
  involvedIds: string[];
  /** Organisations with consent after the change; others with consent are withdrawn (never deleted). */
  consentOrganisationIds: string[];
  /**
   * Given on and valid until per organisation id (of those with consent). An organisation left out keeps what
   * is stored, or, when its consent is new, is given today without an end date.
   */
  consentTerms?: Readonly<Record<string, ConsentTerms>>;
}

export interface SaveHouseholdRequest {
  /** Absent: create. */
  householdId?: string;
  /** The revision the change was made on; a newer one in the database means someone else changed it. */
  baseRevision: number;
  values: HouseholdValues;
  /** Scores that changed, all dated `scoredOn`. */
  scoreWrites: { domain: LifeDomain; score: number }[];
  scoredOn: string;
  /** Field names that changed (for the revision and the audit event). */
  changed: string[];
  actorId: string;
  now: Date;
  /** Today in the team's time zone: the date of consents given or withdrawn. */
  today: string;
  /** The scheduling time zone: a consent's end-date reminder goes out in the morning there. */
  timeZone?: string;
  /** Through which channel the change came, for the access log. */
  channel?: AccessChannel;
  /** The chat request making the change; a second save under the same key changes nothing. */
  requestKey?: string;
}

export interface ClosePlanRequest {
  householdId: string;
  baseRevision: number;
  actorId: string;
  now: Date;
  /** Through which channel the change came, for the access log. */
  channel?: AccessChannel;
  requestKey?: string;
}

export type SaveHouseholdResult =
  | { status: 'saved'; householdId: string; revision: number }
  /** Someone else saved a revision in between: nothing was written. */
  | { status: 'conflict' }
  /** Another household of the team has the reference: nothing was written. */
  | { status: 'reference-taken' };
