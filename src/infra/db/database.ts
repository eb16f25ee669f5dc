import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { EmbeddedAdapterFactory } from './embedded-adapter.ts';
import { SchemaKeyedLockAdapterFactory } from './schema-keyed-lock.ts';

export type DatabaseKind = 'embedded' | 'postgres';

/** Where the data lives: the embedded PGlite directory, or a PostgreSQL server (optionally one schema of it). */
export type DatabaseTarget =
  | {
      kind: 'embedded';
      dataDir: string | 'memory';
      /** A dump of a data directory (PGlite's dumpDataDir) to start from: tests start from a migrated one. */
      loadDataDir?: Blob;
    }
  | { kind: 'postgres'; url: string; schema?: string };

export interface Database {
  readonly kind: DatabaseKind;
  readonly prisma: PrismaClient;
  /**
   * A connection for the schema engine (migrations) of its own, closed with `release` once migrating is done.
   * Prisma's engine takes a session-level advisory lock and never unlocks: it counts on its connection
   * closing. On a shared pool that connection would go back idle, still holding the lock, and every other
   * instance would wait for it forever (issue 8).
   */
  openMigrationConnection(): Promise<MigrationConnection>;
  /** The schema the tables live in (`public` unless a test or deployment chose another). */
  readonly schema: string;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  /** Embedded only: the whole data directory as one archive (the test suite starts from a migrated one). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface MigrationConnection {
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  release(): Promise<void>;
}

/** Reads DATABASE_URL semantics: unset means embedded in DATA_DIR; `?schema=` selects a PostgreSQL schema. */
export function databaseTarget(databaseUrl: string | undefined, dataDir: string): DatabaseTarget {
  if (!databaseUrl) return { kind: 'embedded', dataDir: join(dataDir, 'pglite') };
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  return { kind: 'postgres', url: url.toString(), ...(schema ? { schema } : {}) };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'embedded'
    ? openEmbedded(target.dataDir, target.loadDataDir)
    : openPostgres(target.url, target.schema);
}

async function openEmbedded(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  let releaseLock = () => {};
  if (dataDir !== 'memory') {
    mkdirSync(dataDir, { recursive: true });
    // PGlite is a single-process database: a second process on the same directory would corrupt it.
    releaseLock = acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(dataDir === 'memory' ? {} : { dataDir }),
      ...(loadDataDir ? { loadDataDir } : {}),
    });
  } catch (error) {
    releaseLock();
    throw error;
  }
  const adapterFactory = new EmbeddedAdapterFactory(client);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: 'embedded',
    prisma,
    // One process owns the directory (the data-dir lock), so the engine's lock cannot block anyone else.
    openMigrationConnection: async () => ({ adapterFactory, release: async () => {} }),
    schema: 'public',
    ping: () => pingWith(() => client.query('SELECT 1')),
    dumpDataDir: () => client.dumpDataDir('none'),
    close: once(async () => {
      await prisma.$disconnect();
      await client.close();
      releaseLock();
    }),
  };
}

async function openPostgres(url: string, schema = 'public'): Promise<Database> {
  // search_path makes our raw SQL (job runner) land in the same schema as Prisma's qualified queries.
  const pool = new pg.Pool({ connectionString: url, options: `-c search_path="${schema}"`, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { schema }) });
  return {
    kind: 'postgres',
    prisma,
    openMigrationConnection: async () => openPostgresMigrationConnection(url, schema),
    schema,
    ping: () => pingWith(() => pool.query('SELECT 1')),
    close: once(async () => {
      await prisma.$disconnect();
      await pool.end();
    }),
  };
}

/**
 * One dedicated connection: the engine's advisory lock lives and dies with it (`release` ends it), and the lock
 * is keyed by schema, so migrating one schema never waits for a migration of another.
 */
function openPostgresMigrationConnection(url: string, schema: string): MigrationConnection {
  const pool = new pg.Pool({ connectionString: url, options: `-c search_path="${schema}"`, max: 1 });
  return {
    adapterFactory: new SchemaKeyedLockAdapterFactory(new PrismaPg(pool, { schema }), schema),
    release: once(() => pool.end()),
  };
}

/** Closing twice (a test, then shutdown) must not fail. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= close();
    return closing;
  };
}

async function pingWith(query: () => Promise<unknown>): Promise<boolean> {
  try {
    await Promise.race([
      query(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}
