import { type Clock, systemClock } from '../../app/ports/clock.ts';
import { formatProblem } from '../../app/roster/i18n/problem-text.ts';
import { type ImportRosterResult, importRoster } from '../../app/use-cases/import-roster.ts';
import { CodedError } from '../coded-error.ts';
import type { Database } from '../db/database.ts';
import { createRosterStore } from '../db/repositories/roster-repository.ts';
import { demoRosterSource } from './demo-team.ts';

export interface SeedDemoOptions {
  clock?: Clock;
  timeZone?: string;
  /** Seed only when the database has no team yet (`not-empty` otherwise). */
  onlyIfEmpty?: boolean;
}

/**
 * Seeds the fictional demo team when the database has no team at all; returns whether it did. Safe at every
 * start and with several instances at once: the emptiness check runs inside the import's locked transaction.
 */
export async function seedDemoIfEmpty(
  db: Database,
  options: Omit<SeedDemoOptions, 'onlyIfEmpty'> = {},
): Promise<boolean> {
  const result = await seedDemo(db, { ...options, onlyIfEmpty: true });
  return result.status === 'imported';
}

/**
 * Imports the demo team (the CLI's `seed-demo`). Matching by natural keys makes a second run change nothing,
 * and puts a demo that was edited back as it was.
 */
export async function seedDemo(db: Database, options: SeedDemoOptions = {}): Promise<ImportRosterResult> {
  const result = await importRoster(
    {
      store: createRosterStore(db.prisma),
      clock: options.clock ?? systemClock,
      timeZone: options.timeZone ?? 'Europe/Amsterdam',
      actorId: 'demo-seed',
    },
    { sources: [await demoRosterSource()], onlyIntoEmptyDatabase: options.onlyIfEmpty ?? false },
  );
  if (result.status === 'invalid') {
    // The demo ships with the code: a problem here is a bug in this repository, not in anyone's data, so it
    // is reported in English, for developers.
    const first = result.problems[0];
    throw new CodedError(
      'demo-roster-invalid',
      `The demo roster does not pass the import: ${first ? formatProblem('en', first) : ''}`,
    );
  }
  return result;
}
