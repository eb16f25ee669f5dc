import type { ReferenceRule } from '../households/household-reference.ts';
import type { RosterPlan } from './plan-changes.ts';
import type {
  DisciplineRecord,
  IdentityRecord,
  ProfessionalRecord,
  ScoreRecord,
  TeamRecord,
  TeamRole,
} from './roster-model.ts';

/**
 * The port the roster import needs from storage. The adapter (src/infra/db/repositories/roster-repository.ts)
 * is the only code that touches Prisma; everything here is plain data keyed by natural keys.
 */
export interface RosterStore {
  /** Runs `work` in one transaction, one import at a time; a throw rolls every write back. */
  transaction<T>(work: (tx: RosterTransaction) => Promise<T>): Promise<T>;
}

export interface RosterTransaction {
  countTeams(): Promise<number>;
  /** What the database holds for the keys an import names or refers to. */
  load(keys: RosterKeys): Promise<RosterSnapshot>;
  /** Writes the planned changes and one audit event per change. */
  apply(plan: RosterPlan, audit: AuditContext): Promise<void>;
}

export interface RosterKeys {
  teamSlugs: string[];
  organisationNames: string[];
  disciplineCodes: string[];
  professionalKeys: string[];
  households: { team: string; reference: string }[];
  identities: IdentityRecord[];
}

export interface StoredProfessional extends Omit<ProfessionalRecord, 'teams' | 'role'> {
  id: string;
  memberships: { team: string; role: TeamRole }[];
}

export interface StoredConsent {
  organisation: string;
  /** YYYY-MM-DD */
  givenOn: string;
  /** YYYY-MM-DD, the last day it holds; null for consent without an end date. */
  validUntil: string | null;
  withdrawnOn: string | null;
}

export interface StoredHousehold {
  id: string;
  team: string;
  reference: string;
  hasChildren: boolean;
  coordinator: string | null;
  involved: string[];
  scores: ScoreRecord[];
  consents: StoredConsent[];
}

export interface StoredTeam extends TeamRecord {
  id: string;
  /** The team's rule for new household references (its setting, or the default). */
  referenceRule: ReferenceRule;
}

export interface RosterSnapshot {
  teams: Map<string, StoredTeam>;
  organisations: Map<string, { id: string; name: string }>;
  disciplines: Map<string, DisciplineRecord & { id: string }>;
  /** By professional key. */
  professionals: Map<string, StoredProfessional>;
  /** By householdKey(team, reference). */
  households: Map<string, StoredHousehold>;
  /** identityKey → key of the professional the platform user is linked to. */
  identityOwners: Map<string, string>;
}

export interface AuditContext {
  actorId: string;
  occurredAt: Date;
  /** Groups the events of one import run. */
  runId: string;
  /** The scheduling time zone: consent with an end date gets its reminder in the morning there. */
  timeZone?: string;
}
