import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { CodedError } from '../coded-error.ts';
import type { Database } from './database.ts';
import { EmbeddedAdapterFactory } from './embedded-adapter.ts';
import { openSchemaEngine } from './schema-engine.ts';

/** The one Prisma schema and its migration history. Tests pass copies elsewhere. */
export interface PrismaPaths {
  schemaPath: string;
  migrationsDir: string;
}
export const projectRoot = resolve(import.meta.dirname, '../../..');
export const projectPaths: PrismaPaths = {
  schemaPath: join(projectRoot, 'prisma/schema.prisma'),
  migrationsDir: join(projectRoot, 'prisma/migrations'),
};
const noFilters = { externalTables: [], externalEnums: [] };

async function readSchema(paths: PrismaPaths) {
  return { path: paths.schemaPath, content: await readFile(paths.schemaPath, 'utf8') };
}

/** The committed migrations, in Prisma's own directory format (`<timestamp>_<name>/migration.sql`). */
export async function readMigrations(dir: string): Promise<MigrationList> {
  const lockPath = join(dir, 'migration_lock.toml');
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
    : [];
  names.sort();
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(join(dir, name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/**
 * Creates the instance's schema unless it exists. PostgreSQL's `CREATE SCHEMA IF NOT EXISTS` is not safe against
 * itself: of instances starting together, all but one may fail on the catalogue's unique index (23505). A schema
 * that exists once the statement fails is what we asked for.
 */
async function ensureSchema(db: Database): Promise<void> {
  try {
    await db.prisma.$executeRawUnsafe(`CREATE SCHEMA IF NOT EXISTS "${db.schema}"`);
  } catch (error) {
    const found = await db.prisma.$queryRawUnsafe<unknown[]>(
      'SELECT 1 FROM pg_namespace WHERE nspname = $1',
      db.schema,
    );
    if (found.length === 0) throw error;
  }
}

/**
 * Applies every committed migration the database has not had yet, recording each in `_prisma_migrations`
 * exactly as `prisma migrate deploy` does. Safe to call on every start; returns the names just applied.
 */
export async function applyMigrations(
  db: Database,
  log: (line: string) => void = () => {},
  paths: PrismaPaths = projectPaths,
): Promise<string[]> {
  if (db.schema !== 'public') await ensureSchema(db);
  const connection = await db.openMigrationConnection();
  let engine: Awaited<ReturnType<typeof openSchemaEngine>> | undefined;
  try {
    engine = await openSchemaEngine(await readSchema(paths), connection.adapterFactory);
    for (let attempt = 1; ; attempt++) {
      try {
        const { appliedMigrationNames } = await engine.applyMigrations({
          migrationsList: await readMigrations(paths.migrationsDir),
          filters: noFilters,
        });
        for (const name of appliedMigrationNames) log(`applied migration ${name}`);
        return appliedMigrationNames;
      } catch (error) {
        // The engine gives up waiting for its advisory lock after 10 s (P1002). Instances starting together on
        // one schema may hold it that long while one of them migrates: wait again.
        if (attempt >= LOCK_ATTEMPTS || !isLockTimeout(error)) throw error;
        log(`waiting for another migration run to finish (attempt ${attempt + 1} of ${LOCK_ATTEMPTS})`);
      }
    }
  } catch (error) {
    const reason = firstLine(error);
    throw new CodedError('migration-failed', `Applying migrations failed: ${reason}`, {
      cause: error,
      params: { reason },
    });
  } finally {
    engine?.free();
    // Ends the engine's connection, and with it the advisory lock it took (the engine never unlocks).
    await connection.release();
  }
}

/**
 * Writes a new migration with the SQL that takes the committed history to the current schema.prisma.
 * Runs entirely on an in-memory PGlite (replaying the history there), so it needs no server and no network.
 * Returns the directory name, or null when the schema has no changes.
 */
export async function createMigration(
  name: string,
  now: Date,
  paths: PrismaPaths = projectPaths,
): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new CodedError(
      'bad-migration-name',
      'A migration name uses only a-z, 0-9 and _, e.g. add_absences',
    );
  }
  const migrationsDir = paths.migrationsDir;
  const migrations = await readMigrations(migrationsDir);
  const schema = await readSchema(paths);
  const scratch = await PGlite.create();
  const engine = await openSchemaEngine(schema, new EmbeddedAdapterFactory(scratch));
  try {
    const { stdout } = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      shadowDatabaseUrl: null,
      filters: noFilters,
    } as Parameters<typeof engine.diff>[0]);
    if (!stdout || /^-- This is an empty migration\.?\s*$/.test(stdout.trim())) return null;
    const dirName = `${timestamp(now)}_${name}`;
    await mkdir(join(migrationsDir, dirName), { recursive: true });
    await writeFile(join(migrationsDir, dirName, 'migration.sql'), stdout);
    await writeFile(
      join(migrationsDir, 'migration_lock.toml'),
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
    return dirName;
  } finally {
    engine.free();
    await scratch.close();
  }
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

const LOCK_ATTEMPTS = 5;

function isLockTimeout(error: unknown): boolean {
  return /P1002|was reached but timed out/.test(String(error instanceof Error ? error.message : error));
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
