import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { type Database, openDatabase } from '../../../src/infra/db/database.ts';
import { applyMigrations } from '../../../src/infra/db/migrations.ts';
import { keyLockBySchema, schemaLockKey } from '../../../src/infra/db/schema-keyed-lock.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { type RunningCasus, startCasus } from '../../../src/server.ts';
import { postgresTestUrl, uniqueSchemaName } from '../../support/databases.ts';

describe('the migration lock, keyed by schema', () => {
  it('rewrites only the engine lock statement, into a key of its own per schema', () => {
    expect(keyLockBySchema('SELECT pg_advisory_lock(72707369)', 'a')).toBe(
      `SELECT pg_advisory_lock(72707369, ${schemaLockKey('a')})`,
    );
    expect(schemaLockKey('a')).not.toBe(schemaLockKey('b'));
    expect(keyLockBySchema('SELECT 1', 'a')).toBe('SELECT 1');
  });
});

const url = postgresTestUrl();
// Several instances and schemas on one server: PGlite is one process with one connection, so these need the
// real PostgreSQL; registered only when TEST_DATABASE_URL is set rather than reported as skipped.
if (url) {
  describe('migrations on a shared PostgreSQL [postgres]', () => {
    const schemas: string[] = [];
    const open: Database[] = [];
    const running: RunningCasus[] = [];
    const newSchema = () => {
      const schema = uniqueSchemaName();
      schemas.push(schema);
      return schema;
    };

    async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    }

    /** Advisory locks held by casus's migration lock numbers, for one schema or the old database-wide one. */
    async function migrationLocksHeld(schema: string): Promise<number> {
      return withClient(async (client) => {
        const { rows } = await client.query<{ count: string }>(
          `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
             AND ((classid = 0 AND objid = 72707369 AND objsubid = 1)
               OR (classid = 72707369 AND objid = $1::oid AND objsubid = 2))`,
          [schemaLockKey(schema) >>> 0],
        );
        return Number(rows[0]?.count ?? 0);
      });
    }

    /** A closed connection's backend ends a moment after the client lets go; give it that moment. */
    async function settledLocks(schema: string): Promise<number> {
      for (let tries = 0; tries < 20; tries += 1) {
        if ((await migrationLocksHeld(schema)) === 0) return 0;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return migrationLocksHeld(schema);
    }

    afterAll(async () => {
      for (const casus of running) await casus.stop();
      for (const db of open) await db.close();
      await withClient(async (client) => {
        for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      });
    });

    it('holds no advisory lock once migrated, and a migration of another schema is not kept waiting', async () => {
      const schemaA = newSchema();
      const a = await openDatabase({ kind: 'postgres', url, schema: schemaA });
      open.push(a);
      await applyMigrations(a);
      // Instance A keeps its pool open, as a running server does.
      expect(await settledLocks(schemaA)).toBe(0);

      const b = await openDatabase({ kind: 'postgres', url, schema: newSchema() });
      open.push(b);
      const started = Date.now();
      expect((await applyMigrations(b)).length).toBeGreaterThan(0);
      // The engine waits 10 s for a lock before giving up; well under that means it did not wait for A.
      expect(Date.now() - started).toBeLessThan(8_000);
    }, 60_000);

    it('lets another schema migrate while one schema is being migrated', async () => {
      const busySchema = newSchema();
      await withClient(async (holder) => {
        await holder.query(`SELECT pg_advisory_lock(72707369, ${schemaLockKey(busySchema)})`);
        const other = await openDatabase({ kind: 'postgres', url, schema: newSchema() });
        open.push(other);
        const started = Date.now();
        await applyMigrations(other);
        expect(Date.now() - started).toBeLessThan(8_000);
      });
    }, 60_000);

    it('starts three instances at once on one schema: all come up, migrated and seeded once', async () => {
      const schema = newSchema();
      const config = loadConfig({ PORT: '0', DATABASE_URL: `${url}?schema=${schema}` });
      const results = await Promise.allSettled([1, 2, 3].map(() => startCasus(config, silentLogger)));
      for (const result of results) if (result.status === 'fulfilled') running.push(result.value);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      for (const casus of running.slice(-3)) {
        expect((await fetch(`${casus.url}/healthz`)).status).toBe(200);
      }
      expect(await settledLocks(schema)).toBe(0);
      const db = running.at(-1)?.db;
      expect(await db?.prisma.team.count()).toBe(1);
    }, 90_000);
  });
}
