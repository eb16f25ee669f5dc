import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ImportSource } from '../../../src/app/roster/read-roster.ts';
import { type ImportRosterRequest, importRoster } from '../../../src/app/use-cases/import-roster.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { createRosterStore } from '../../../src/infra/db/repositories/roster-repository.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

/** A fixed "now": 2026-11-24 10:00 in Amsterdam. */
export const NOW = new Date('2026-11-24T09:00:00Z');

export function fixture(name: string): ImportSource {
  return source(name, readFileSync(join(FIXTURES, name), 'utf8'));
}

export function source(name: string, text: string): ImportSource {
  return { name: basename(name), text, format: extname(name) === '.csv' ? 'csv' : 'json' };
}

export function runImport(
  db: Database,
  sources: ImportSource[],
  request: Omit<ImportRosterRequest, 'sources'> = {},
) {
  return importRoster(
    { store: createRosterStore(db.prisma), clock: { now: () => NOW }, timeZone: 'Europe/Amsterdam' },
    { sources, ...request },
  );
}

/** Rows per table the import writes, to prove an import wrote nothing (or nothing more). */
export async function rowCounts(db: Database) {
  const p = db.prisma;
  const [
    teams,
    organisations,
    disciplines,
    professionals,
    memberships,
    professionalDisciplines,
    contractDays,
  ] = await Promise.all([
    p.team.count(),
    p.organisation.count(),
    p.discipline.count(),
    p.professional.count(),
    p.teamMembership.count(),
    p.professionalDiscipline.count(),
    p.contractDay.count(),
  ]);
  const [identities, households, scores, involvements, consents, accessLogEntries] = await Promise.all([
    p.platformIdentity.count(),
    p.household.count(),
    p.domainScore.count(),
    p.householdInvolvement.count(),
    p.consent.count(),
    p.accessLogEntry.count(),
  ]);
  return {
    teams,
    organisations,
    disciplines,
    professionals,
    memberships,
    professionalDisciplines,
    contractDays,
    identities,
    households,
    scores,
    involvements,
    consents,
    accessLogEntries,
  };
}
