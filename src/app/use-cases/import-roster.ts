import { randomUUID } from 'node:crypto';
import { localDate } from '../format-when.ts';
import type { Clock } from '../ports/clock.ts';
import { checkHouseholdReferences } from '../roster/check-household-references.ts';
import { checkReferences } from '../roster/check-references.ts';
import { type Planned, planChanges, type RosterPlan } from '../roster/plan-changes.ts';
import { type ImportSource, keysNamed, readRoster } from '../roster/read-roster.ts';
import {
  type ImportProblem,
  ROSTER_SECTIONS,
  type RosterInput,
  type RosterSection,
} from '../roster/roster-model.ts';
import type { RosterKeys, RosterStore } from '../roster/roster-store.ts';
import { validateRoster } from '../roster/validate-roster.ts';

export interface ImportRosterDeps {
  store: RosterStore;
  clock: Clock;
  /** The team's time zone: what "today" is for consents the import gives or withdraws. */
  timeZone: string;
  /** The audit actor; 'import' for the CLI, 'demo-seed' for the demo. */
  actorId?: string;
}

export interface ImportRosterRequest {
  sources: readonly ImportSource[];
  /** Validate and count, write nothing. */
  dryRun?: boolean;
  /** Import only when the database has no team yet (checked inside the import's transaction). */
  onlyIntoEmptyDatabase?: boolean;
}

export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportCounts = Record<RosterSection, EntityCounts>;

export type ImportRosterResult =
  | { status: 'imported' | 'checked'; counts: ImportCounts; totals: EntityCounts }
  | { status: 'invalid'; problems: ImportProblem[] }
  | { status: 'not-empty' };

/**
 * Imports teams, organisations, disciplines, professionals and households from JSON or CSV files
 * (docs/import-format.md). Everything is validated before anything is written, and written in one
 * transaction: a file with any problem imports nothing. Items are matched by natural keys, so importing the
 * same file again changes nothing.
 */
export async function importRoster(
  deps: ImportRosterDeps,
  request: ImportRosterRequest,
): Promise<ImportRosterResult> {
  const read = readRoster(request.sources);
  const { roster, problems } = validateRoster(read.raw);
  problems.unshift(...read.problems);

  return deps.store.transaction(async (tx) => {
    if (request.onlyIntoEmptyDatabase && (await tx.countTeams()) > 0) return { status: 'not-empty' };
    const snapshot = await tx.load(keysOf(roster));
    problems.push(
      ...checkHouseholdReferences(roster, snapshot),
      ...checkReferences(roster, snapshot, keysNamed(read.raw)),
    );
    if (problems.length > 0) return { status: 'invalid', problems: sortProblems(problems, request.sources) };

    const now = deps.clock.now();
    const plan = planChanges(roster, snapshot, localDate(now, deps.timeZone));
    const counts = countsOf(plan);
    if (request.dryRun) return { status: 'checked', counts, totals: totalsOf(counts) };
    await tx.apply(plan, {
      actorId: deps.actorId ?? 'import',
      occurredAt: now,
      runId: randomUUID(),
      timeZone: deps.timeZone,
    });
    return { status: 'imported', counts, totals: totalsOf(counts) };
  });
}

function keysOf(roster: RosterInput): RosterKeys {
  const professionals = roster.professionals.map((p) => p.value);
  const households = roster.households.map((h) => h.value);
  return {
    teamSlugs: unique([
      ...roster.teams.map((t) => t.value.slug),
      ...professionals.flatMap((p) => p.teams),
      ...households.map((h) => h.team),
    ]),
    organisationNames: unique([
      ...roster.organisations.map((o) => o.value.name),
      ...professionals.map((p) => p.organisation),
      ...households.flatMap((h) => h.consent),
    ]),
    disciplineCodes: unique([
      ...roster.disciplines.map((d) => d.value.code),
      ...professionals.flatMap((p) => p.disciplines),
    ]),
    professionalKeys: unique([
      ...professionals.map((p) => p.key),
      ...professionals.flatMap((p) => p.absences.flatMap((a) => (a.deputy === null ? [] : [a.deputy]))),
      ...households.flatMap((h) => [...h.involved, ...(h.coordinator === null ? [] : [h.coordinator])]),
    ]),
    households: households.map((h) => ({ team: h.team, reference: h.reference })),
    identities: professionals.flatMap((p) => p.identities),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function countsOf(plan: RosterPlan): ImportCounts {
  const count = (items: Planned<unknown>[]): EntityCounts => ({
    created: items.filter((i) => i.kind === 'create').length,
    updated: items.filter((i) => i.kind === 'update').length,
    unchanged: items.filter((i) => i.kind === 'unchanged').length,
  });
  return Object.fromEntries(
    ROSTER_SECTIONS.map((section) => [section, count(plan[section])]),
  ) as ImportCounts;
}

function totalsOf(counts: ImportCounts): EntityCounts {
  const sum = (field: keyof EntityCounts) => ROSTER_SECTIONS.reduce((n, s) => n + counts[s][field], 0);
  return { created: sum('created'), updated: sum('updated'), unchanged: sum('unchanged') };
}

/** In file order, then by line, so the list reads top to bottom like the file. */
function sortProblems(problems: ImportProblem[], sources: readonly ImportSource[]): ImportProblem[] {
  const fileIndex = (p: ImportProblem) =>
    p.file === undefined ? 0 : sources.findIndex((s) => s.name === p.file);
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        fileIndex(a.problem) - fileIndex(b.problem) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}
