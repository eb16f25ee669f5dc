import type { LifeDomain } from '../../domain/life-domains.ts';

/** The roster as the import understands it, after validation: plain values keyed by natural keys. */

export const PLATFORMS = ['slack', 'teams', 'tryout'] as const;
export type PlatformName = (typeof PLATFORMS)[number];

export const TEAM_ROLES = ['member', 'coach', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamRecord {
  slug: string;
  name: string;
}

export interface OrganisationRecord {
  name: string;
}

export interface DisciplineRecord {
  code: string;
  nameNl: string;
  nameEn: string;
}

/** One working block in the week; minutes since local midnight, ISO weekday 1 = Monday. */
export interface ContractBlock {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface IdentityRecord {
  platform: PlatformName;
  /** Slack team id or Teams tenant id; '' when unknown (and for the try-out page). */
  workspace: string;
  userId: string;
}

export interface ProfessionalRecord {
  key: string;
  name: string;
  email: string | null;
  organisation: string;
  /** Team slugs; the professional has `role` in each of them. */
  teams: string[];
  role: TeamRole;
  disciplines: string[];
  contractHours: number;
  days: ContractBlock[];
  identities: IdentityRecord[];
}

export interface ScoreRecord {
  domain: LifeDomain;
  score: number;
  /** YYYY-MM-DD */
  scoredOn: string;
}

export interface HouseholdRecord {
  team: string;
  reference: string;
  hasChildren: boolean;
  scores: ScoreRecord[];
  /** Professional keys; the coordinator is added when missing. */
  involved: string[];
  coordinator: string | null;
  /** Organisation names the household consented to. */
  consent: string[];
  /** YYYY-MM-DD; null means "the day of the import" for consents that are new. */
  consentGivenOn: string | null;
}

/** One problem found in an import file, precise enough to fix it without guessing. */
export interface ImportProblem {
  /** The file's name, set when several files are imported together. */
  file?: string;
  line?: number;
  /** A CSV column, or a JSON path such as professionals[3].days[0].start. */
  field?: string;
  message: string;
}

export type FieldPath = readonly (string | number)[];

/** Where one item of a file came from; turns a path inside the item into a line and a field name. */
export interface ItemOrigin {
  locate(path: FieldPath): { file?: string; line?: number; field?: string };
}

export interface Located<T> {
  value: T;
  at: ItemOrigin;
}

export const ROSTER_SECTIONS = [
  'teams',
  'organisations',
  'disciplines',
  'professionals',
  'households',
] as const;
export type RosterSection = (typeof ROSTER_SECTIONS)[number];

/** Items as read from the file(s), not yet validated. */
export type RawRoster = Record<RosterSection, Located<unknown>[]>;

export interface RosterInput {
  teams: Located<TeamRecord>[];
  organisations: Located<OrganisationRecord>[];
  disciplines: Located<DisciplineRecord>[];
  professionals: Located<ProfessionalRecord>[];
  households: Located<HouseholdRecord>[];
}

export function problemAt(origin: ItemOrigin, path: FieldPath, message: string): ImportProblem {
  const where = origin.locate(path);
  return { ...where, message };
}

export function emptyRawRoster(): RawRoster {
  return { teams: [], organisations: [], disciplines: [], professionals: [], households: [] };
}

export function householdKey(team: string, reference: string): string {
  return `${team}\u0000${reference}`;
}

export function identityKey(identity: IdentityRecord): string {
  return `${identity.platform}\u0000${identity.workspace}\u0000${identity.userId}`;
}

/** "file.csv, line 4, field days" — the parts that are known. */
export function describeLocation(location: { file?: string; line?: number; field?: string }): string {
  return [
    location.file,
    location.line === undefined ? undefined : `line ${location.line}`,
    location.field === undefined ? undefined : `field ${location.field}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

/** "line 4, field days: expected …": how a problem is shown to people. */
export function formatProblem(problem: ImportProblem): string {
  const where = describeLocation(problem);
  return where === '' ? problem.message : `${where}: ${problem.message}`;
}
