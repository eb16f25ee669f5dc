import { createHash } from 'node:crypto';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from '@prisma/driver-adapter-utils';
import { splitSqlScript } from './sql-script.ts';

/**
 * The statement Prisma's schema engine runs before migrating (https://pris.ly/d/migrate-advisory-locking): one
 * lock number for the whole database, whatever the schema. Instances of casus in other schemas of the same
 * database (and test runs) would queue behind each other for no reason.
 */
const ENGINE_LOCK_SQL = /^\s*SELECT\s+pg_advisory_lock\(\s*72707369\s*\)\s*;?\s*$/i;

/** A stable 32-bit key for a schema name: the two-number form of the lock is a key space of its own. */
export function schemaLockKey(schema: string): number {
  return createHash('sha256').update(schema).digest().readInt32BE(0);
}

/** Rewrites the engine's database-wide lock into one keyed by (engine's number, schema). */
export function keyLockBySchema(sql: string, schema: string): string {
  return ENGINE_LOCK_SQL.test(sql) ? `SELECT pg_advisory_lock(72707369, ${schemaLockKey(schema)})` : sql;
}

/** Wraps a driver adapter factory so every connection it opens keys the engine's lock by schema. */
export class SchemaKeyedLockAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider;
  readonly adapterName;

  constructor(
    private readonly inner: SqlMigrationAwareDriverAdapterFactory,
    private readonly schema: string,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.rewriting(await this.inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.rewriting(await this.inner.connectToShadowDb());
  }

  private rewriting(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const rewrite = (query: SqlQuery): SqlQuery => ({
      ...query,
      sql: keyLockBySchema(query.sql, this.schema),
    });
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.queryRaw = (query) => queryRaw(rewrite(query));
    adapter.executeRaw = (query) => executeRaw(rewrite(query));
    // One statement at a time, split where statements really end (see splitSqlScript).
    adapter.executeScript = async (script) => {
      for (const sql of splitSqlScript(keyLockBySchema(script, this.schema))) {
        await executeRaw({ sql, args: [], argTypes: [] });
      }
    };
    return adapter;
  }
}
