import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, type DatabaseTarget, openDatabase } from '../../src/infra/db/database.ts';
import { applyMigrations } from '../../src/infra/db/migrations.ts';

/**
 * Every test that touches the database runs on the embedded PGlite, and again on a real PostgreSQL when
 * TEST_DATABASE_URL is set. Each PostgreSQL run gets a schema of its own, dropped afterwards.
 */
export interface TestDatabaseTarget {
  label: 'embedded' | 'postgres';
  target: () => DatabaseTarget;
}

export function testDatabaseTargets(): TestDatabaseTarget[] {
  const url = process.env.TEST_DATABASE_URL;
  const targets: TestDatabaseTarget[] = [
    { label: 'embedded', target: () => ({ kind: 'embedded', dataDir: 'memory' }) },
  ];
  if (url)
    targets.push({
      label: 'postgres',
      target: () => ({ kind: 'postgres', url, schema: uniqueSchemaName() }),
    });
  return targets;
}

export function postgresTestUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL;
}

export function uniqueSchemaName(): string {
  return `casus_test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

let template: Blob | undefined;

/** The migrated embedded database global-setup.ts dumped, read once per test file. */
function embeddedTemplate(): Blob | undefined {
  const path = inject('embeddedTemplate');
  if (!path) return undefined;
  template ??= new Blob([readFileSync(path)]);
  return template;
}

/**
 * Opens a migrated database for the target; `dispose` closes it and drops a PostgreSQL test schema. An
 * in-memory embedded one starts from the suite's migrated template (global-setup.ts) instead of running
 * initdb and every migration again.
 */
export async function openTestDatabase(
  target: DatabaseTarget,
): Promise<Database & { dispose(): Promise<void> }> {
  const loadDataDir =
    target.kind === 'embedded' && target.dataDir === 'memory' ? embeddedTemplate() : undefined;
  const db = await openDatabase(
    target.kind === 'embedded' && loadDataDir ? { ...target, loadDataDir } : target,
  );
  if (!loadDataDir) await applyMigrations(db);
  return Object.assign(db, {
    async dispose() {
      if (db.kind === 'postgres' && db.schema !== 'public') {
        await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${db.schema}" CASCADE`);
      }
      await db.close();
    },
  });
}

/** `describe` once per database target, with a migrated database open for the whole block. */
export function describeEachDatabase(title: string, body: (db: () => Database) => void): void {
  for (const { label, target } of testDatabaseTargets()) {
    describe(`${title} [${label}]`, () => {
      let db: (Database & { dispose(): Promise<void> }) | undefined;
      beforeAll(async () => {
        db = await openTestDatabase(target());
      }, 60_000);
      afterAll(async () => {
        await db?.dispose();
      });
      body(() => {
        if (!db) throw new Error('database not open yet');
        return db;
      });
    });
  }
}

/** Empties every table of the casus model (not the migration history), for tests that need a clean slate. */
export async function truncateAll(db: Database): Promise<void> {
  const rows = await db.prisma.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> '_prisma_migrations'`,
    db.schema,
  );
  if (rows.length === 0) return;
  const list = rows.map((r) => `"${db.schema}"."${r.tablename}"`).join(', ');
  await db.prisma.$executeRawUnsafe(`TRUNCATE ${list} CASCADE`);
}
