import { organisationsNamed } from './check-references.ts';
import {
  type AbsenceRecord,
  type ContractBlock,
  type DisciplineRecord,
  type HouseholdRecord,
  householdKey,
  identityKey,
  type OrganisationRecord,
  type ProfessionalRecord,
  type RosterInput,
  type ScoreRecord,
  type TeamRecord,
} from './roster-model.ts';
import type { RosterSnapshot, StoredConsent, StoredHousehold, StoredProfessional } from './roster-store.ts';

/**
 * What an import changes, decided before anything is written: every item is created, updated (naming the
 * fields that differ) or unchanged. Comparing first is what makes a second import of the same file write
 * nothing, not even an audit event.
 */
export type Planned<T> =
  | { kind: 'create'; value: T }
  | { kind: 'update'; id: string; value: T; changed: string[] }
  | { kind: 'unchanged'; id: string; value: T };

export interface HouseholdPlan {
  household: HouseholdRecord;
  /** The involved professionals after the import (the coordinator included). */
  involved: string[];
  /** Scores to insert or correct, one per (domain, scoredOn). */
  scoreWrites: ScoreRecord[];
  /** Consents to insert or change, by organisation. */
  consentWrites: StoredConsent[];
}

export interface RosterPlan {
  organisations: Planned<OrganisationRecord>[];
  teams: Planned<TeamRecord>[];
  disciplines: Planned<DisciplineRecord>[];
  professionals: Planned<ProfessionalRecord>[];
  households: Planned<HouseholdPlan>[];
  /** Ids of what exists already, by natural key, so items can refer to things the import does not list. */
  existing: {
    teams: Map<string, string>;
    organisations: Map<string, string>;
    disciplines: Map<string, string>;
    professionals: Map<string, string>;
  };
}

/** `today` (YYYY-MM-DD, the team's time zone) dates new consents and consents the file no longer lists. */
export function planChanges(roster: RosterInput, snapshot: RosterSnapshot, today: string): RosterPlan {
  const idsOf = <T extends { id: string }>(map: Map<string, T>) =>
    new Map([...map].map(([k, v]) => [k, v.id]));
  return {
    organisations: organisationsNamed(roster).map((name) => {
      const stored = snapshot.organisations.get(name);
      return stored
        ? { kind: 'unchanged', id: stored.id, value: { name } }
        : { kind: 'create', value: { name } };
    }),
    teams: roster.teams.map(({ value }) => compare(value, snapshot.teams.get(value.slug), ['name'])),
    disciplines: roster.disciplines.map(({ value }) =>
      compare(value, snapshot.disciplines.get(value.code), ['nameNl', 'nameEn']),
    ),
    professionals: roster.professionals.map(({ value }) =>
      planProfessional(value, snapshot.professionals.get(value.key)),
    ),
    households: roster.households.map(({ value }) =>
      planHousehold(value, snapshot.households.get(householdKey(value.team, value.reference)), today),
    ),
    existing: {
      teams: idsOf(snapshot.teams),
      organisations: idsOf(snapshot.organisations),
      disciplines: idsOf(snapshot.disciplines),
      professionals: idsOf(snapshot.professionals),
    },
  };
}

function compare<T extends object>(
  value: T,
  stored: (T & { id: string }) | undefined,
  fields: (keyof T & string)[],
): Planned<T> {
  if (!stored) return { kind: 'create', value };
  const changed = fields.filter((field) => value[field] !== stored[field]);
  return outcome(value, stored.id, changed);
}

function outcome<T>(value: T, id: string, changed: string[]): Planned<T> {
  return changed.length === 0 ? { kind: 'unchanged', id, value } : { kind: 'update', id, value, changed };
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

/** An absence as the import compares it: its days and deputy. */
export const absenceKey = (a: AbsenceRecord) => `${a.from}/${a.to}/${a.deputy ?? ''}`;

const blockKey = (b: ContractBlock) => `${b.weekday}/${b.startMinute}/${b.endMinute}`;

function planProfessional(
  value: ProfessionalRecord,
  stored: StoredProfessional | undefined,
): Planned<ProfessionalRecord> {
  if (!stored) return { kind: 'create', value };
  const changed: string[] = [];
  if (value.name !== stored.name) changed.push('name');
  if (value.email !== stored.email) changed.push('email');
  if (value.organisation !== stored.organisation) changed.push('organisation');
  if (value.contractHours !== stored.contractHours) changed.push('contractHours');
  if (value.busyCalendar !== stored.busyCalendar) changed.push('busyCalendar');
  const memberships = stored.memberships.map((m) => `${m.team}/${m.role}`);
  if (
    !sameSet(
      value.teams.map((t) => `${t}/${value.role}`),
      memberships,
    )
  )
    changed.push('teams');
  if (!sameSet(value.disciplines, stored.disciplines)) changed.push('disciplines');
  if (!sameSet(value.days.map(blockKey), stored.days.map(blockKey))) changed.push('days');
  if (!sameSet(value.identities.map(identityKey), stored.identities.map(identityKey)))
    changed.push('identities');
  // Absences are only ever added by an import: one the file lists that is not recorded yet is a change.
  const storedAbsences = new Set(stored.absences.map(absenceKey));
  if (value.absences.some((absence) => !storedAbsences.has(absenceKey(absence)))) changed.push('absences');
  return outcome(value, stored.id, changed);
}

function planHousehold(
  value: HouseholdRecord,
  stored: StoredHousehold | undefined,
  today: string,
): Planned<HouseholdPlan> {
  const involved = [
    ...new Set([...value.involved, ...(value.coordinator === null ? [] : [value.coordinator])]),
  ];
  const plan: HouseholdPlan = {
    household: value,
    involved,
    scoreWrites: value.scores.filter(
      (s) =>
        !stored?.scores.some(
          (t) => t.domain === s.domain && t.scoredOn === s.scoredOn && t.score === s.score,
        ),
    ),
    consentWrites: consentWrites(value, stored?.consents ?? [], today),
  };
  if (!stored) return { kind: 'create', value: plan };
  const changed: string[] = [];
  if (value.hasChildren !== stored.hasChildren) changed.push('hasChildren');
  if (value.coordinator !== stored.coordinator) changed.push('coordinator');
  if (!sameSet(involved, stored.involved)) changed.push('involved');
  if (plan.scoreWrites.length > 0) changed.push('scores');
  if (plan.consentWrites.length > 0) changed.push('consent');
  return outcome(plan, stored.id, changed);
}

/**
 * The file lists the organisations the household consents to now. New ones are given (on the organisation's
 * own givenOn, else consentGivenOn, else today; until its own until, else consentUntil, else without an end
 * date), withdrawn ones that are listed again are given anew, active ones keep their dates unless the file
 * names others (a renewal), and active ones the file leaves out are withdrawn today: never deleted, so the
 * history of consent stays visible.
 */
function consentWrites(value: HouseholdRecord, stored: StoredConsent[], today: string): StoredConsent[] {
  const writes: StoredConsent[] = [];
  const listed =
    value.consentTerms ?? value.consent.map((organisation) => ({ organisation, givenOn: null, until: null }));
  for (const terms of listed) {
    const { organisation } = terms;
    const current = stored.find((c) => c.organisation === organisation);
    const active = current?.withdrawnOn === null ? current : undefined;
    const givenOn = terms.givenOn ?? value.consentGivenOn ?? active?.givenOn ?? today;
    const validUntil = terms.until ?? value.consentUntil ?? active?.validUntil ?? null;
    if (!active || active.givenOn !== givenOn || active.validUntil !== validUntil) {
      writes.push({ organisation, givenOn, validUntil, withdrawnOn: null });
    }
  }
  for (const current of stored) {
    if (current.withdrawnOn === null && !value.consent.includes(current.organisation)) {
      writes.push({ ...current, withdrawnOn: today });
    }
  }
  return writes;
}
