import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/infra/db/database.ts';
import { applyMigrations, createMigration, projectPaths } from '../../../src/infra/db/migrations.ts';
import { schemaLockKey } from '../../../src/infra/db/schema-keyed-lock.ts';
import {
  openTestDatabase,
  postgresTestUrl,
  testDatabaseTargets,
  uniqueSchemaName,
} from '../../support/databases.ts';

const committed = readdirSync(projectPaths.migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function copyOfPrismaFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'casus-prisma-'));
  cpSync(join(projectPaths.migrationsDir, '..'), dir, { recursive: true });
  return { schemaPath: join(dir, 'schema.prisma'), migrationsDir: join(dir, 'migrations') };
}

for (const { label, target } of testDatabaseTargets()) {
  describe(`migrations [${label}]`, () => {
    it('applies the committed history once, recorded as prisma migrate deploy records it', async () => {
      const db = await openTestDatabase(target());
      try {
        expect(await applyMigrations(db)).toEqual([]); // openTestDatabase already applied them
        const rows = await db.prisma.$queryRawUnsafe<
          { migration_name: string; checksum: string; finished_at: Date | null }[]
        >('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name');
        expect(rows.map((r) => r.migration_name)).toEqual(committed);
        for (const row of rows) {
          const sql = readFileSync(join(projectPaths.migrationsDir, row.migration_name, 'migration.sql'));
          expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
          expect(row.finished_at).not.toBeNull();
        }
        expect(await db.prisma.household.count()).toBe(0);
      } finally {
        await db.dispose();
      }
    });

    it('stops at a failing migration without recording it as applied', async () => {
      const paths = copyOfPrismaFolder();
      const broken = join(paths.migrationsDir, '29991231000000_broken');
      cpSync(join(paths.migrationsDir, committed[0]!), broken, { recursive: true });
      writeFileSync(join(broken, 'migration.sql'), 'CREATE TABLE "Broken" (id nonsense_type);');
      const db = await openTestDatabase(target());
      try {
        await expect(applyMigrations(db, () => {}, paths)).rejects.toMatchObject({
          code: 'migration-failed',
        });
        const rows = await db.prisma.$queryRawUnsafe<{ finished_at: Date | null }[]>(
          `SELECT finished_at FROM _prisma_migrations WHERE migration_name = '29991231000000_broken'`,
        );
        expect(rows.every((r) => r.finished_at === null)).toBe(true);
      } finally {
        await db.dispose();
      }
    });
  });
}

describe('creating a migration without the network', () => {
  it('finds no changes when schema.prisma matches the committed migrations', async () => {
    expect(
      await createMigration('nothing', new Date('2026-01-01T00:00:00Z'), copyOfPrismaFolder()),
    ).toBeNull();
  });

  it('writes the SQL for a schema change, and that migration applies', async () => {
    const paths = copyOfPrismaFolder();
    const schema = readFileSync(paths.schemaPath, 'utf8');
    writeFileSync(paths.schemaPath, `${schema}\nmodel Note {\n  id   String @id\n  body String\n}\n`);
    const name = await createMigration('add_notes', new Date('2030-05-06T07:08:09Z'), paths);
    expect(name).toBe('20300506070809_add_notes');
    const sql = readFileSync(join(paths.migrationsDir, name!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Note"');
    expect(sql).not.toContain('CREATE TABLE "Household"');

    const db = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
    try {
      expect(await applyMigrations(db, () => {}, paths)).toEqual([...committed, name]);
      await db.prisma.$executeRawUnsafe(`INSERT INTO "Note" (id, body) VALUES ('n1', 'hello')`);
    } finally {
      await db.close();
    }
    // Two databases created and the whole history replayed twice: CPU-bound, slow on a busy machine.
  }, 120_000);

  it('refuses a migration name that is not a plain identifier', async () => {
    await expect(createMigration('Add Notes!', new Date(), copyOfPrismaFolder())).rejects.toMatchObject({
      code: 'bad-migration-name',
    });
  });
});

// Registered only with a PostgreSQL server: the lock is PostgreSQL's (the embedded database has one connection).
if (postgresTestUrl()) {
  describe('migrations while another instance migrates [postgres]', () => {
    it('waits for the advisory lock of another migration run instead of failing startup', async () => {
      // Prisma's schema engine serialises migration runs with an advisory lock, which casus keys by schema.
      const schema = uniqueSchemaName();
      const lock = `72707369, ${schemaLockKey(schema)}`;
      const holder = new pg.Client({ connectionString: postgresTestUrl() });
      await holder.connect();
      await holder.query(`SELECT pg_advisory_lock(${lock})`);
      const db = await openDatabase({ kind: 'postgres', url: postgresTestUrl()!, schema });
      const lines: string[] = [];
      try {
        const release = setTimeout(() => void holder.query(`SELECT pg_advisory_unlock(${lock})`), 12_000);
        const applied = await applyMigrations(db, (line) => lines.push(line));
        clearTimeout(release);
        expect(applied).toEqual(committed);
        expect(lines[0]).toMatch(/^waiting for another migration run to finish/);
      } finally {
        await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${db.schema}" CASCADE`);
        await db.close();
        await holder.end();
      }
    }, 60_000);
  });
}
