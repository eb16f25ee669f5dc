import type { LifeDomain } from '../../domain/life-domains.ts';
import type { ImportProblemCode } from './i18n/en.ts';

export type { ImportProblemCode };

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
  /** A published busy calendar (https URL or file path) the planner reads; null when none. */
  busyCalendar: string | null;
  days: ContractBlock[];
  identities: IdentityRecord[];
  /** Leave, local dates inclusive; an import adds the ones not yet recorded and never removes any. */
  absences: AbsenceRecord[];
}

export interface AbsenceRecord {
  /** YYYY-MM-DD, the first day away. */
  from: string;
  /** YYYY-MM-DD, the last day away. */
  to: string;
  /** Key of the professional who takes over; null when none. */
  deputy: string | null;
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
  /** Organisation names the household consented to, each once. */
  consent: string[];
  /**
   * The same organisations, each with the dates the file gives for it alone; the import always sets it, a
   * record built without it gives every organisation the household's dates.
   */
  consentTerms?: ConsentRecord[];
  /** YYYY-MM-DD; null means "the day of the import" for consents that are new. */
  consentGivenOn: string | null;
  /**
   * YYYY-MM-DD, the last day the listed consents hold; null keeps the end date a consent has (none for new
   * consent).
   */
  consentUntil: string | null;
}

/**
 * One organisation under a household's `consent`: a name alone, or `{ organisation, givenOn, until }`. Its own
 * dates (YYYY-MM-DD) override the household's consentGivenOn / consentUntil for this organisation; null
 * leaves them to those.
 */
export interface ConsentRecord {
  organisation: string;
  givenOn: string | null;
  until: string | null;
}

/** Where in the file(s) a problem is: the parts that are known. */
export interface ProblemLocation {
  /** The file's name, set when several files are imported together. */
  file?: string;
  line?: number;
  /** A CSV column, or a JSON path such as professionals[3].days[0].start: as written in the file. */
  field?: string;
  /** In a CSV cell holding a ;-list: which value of the list (1 is the first). */
  item?: number;
}

/** Values a problem message needs: names, values from the file, and stable words such as `expected`. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * One problem found in an import file, precise enough to fix it without guessing. `code` and `params` are
 * stable (scripts read them from `casus import --json`); the words are chosen when it is shown, in the
 * user's language (./i18n/problem-text.ts).
 */
export interface ImportProblem extends ProblemLocation {
  code: ImportProblemCode;
  params: ProblemParams;
}

/** A problem without its place yet: what a check finds before it knows the line. */
export interface ProblemDetail {
  code: ImportProblemCode;
  params?: ProblemParams;
}

export type FieldPath = readonly (string | number)[];

/** Where one item of a file came from; turns a path inside the item into a line and a field name. */
export interface ItemOrigin {
  locate(path: FieldPath): ProblemLocation;
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

export function problemAt(
  origin: ItemOrigin,
  path: FieldPath,
  code: ImportProblemCode,
  params: ProblemParams = {},
): ImportProblem {
  return { ...origin.locate(path), code, params };
}

/** A location as params of another problem (`otherLine`, `otherField`, …), e.g. the first of a duplicate. */
export function locationParams(prefix: string, location: ProblemLocation): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (location.file !== undefined) params[`${prefix}File`] = location.file;
  if (location.line !== undefined) params[`${prefix}Line`] = location.line;
  if (location.field !== undefined) params[`${prefix}Field`] = location.field;
  if (location.item !== undefined) params[`${prefix}Item`] = location.item;
  return params;
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
