import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/infra/db/database.ts';
import { applyMigrations } from '../../src/infra/db/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of an embedded database with every committed migration applied (see databases.ts). */
    embeddedTemplate: string;
  }
}

const MIGRATIONS_DIR = join(import.meta.dirname, '../../prisma/migrations');

/**
 * Creating an embedded PGlite runs initdb and then every migration: about three seconds of CPU for each of the
 * suite's many test databases. Done once here instead, and dumped; every test's embedded database starts
 * from that dump. Keyed by the migrations' content and PGlite's version, so either change makes a new one.
 */
export default async function setup(project: TestProject): Promise<void> {
  const path = join(tmpdir(), `casus-test-template-${migrationsHash()}.tar`);
  if (!existsSync(path)) {
    const db = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
    try {
      await applyMigrations(db);
      const dump = await db.dumpDataDir?.();
      if (!dump) throw new Error('the embedded database cannot be dumped');
      // Written aside and renamed, so a run that starts meanwhile never reads half a file.
      const partial = `${path}.${process.pid}`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, path);
    } finally {
      await db.close();
    }
  }
  project.provide('embeddedTemplate', path);
}

/** The migrations and the PGlite version: a dump is only read back by the PGlite that wrote it. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  const pglite = join(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json');
  hash.update(JSON.parse(readFileSync(pglite, 'utf8')).version);
  for (const name of readdirSync(MIGRATIONS_DIR).sort()) {
    const file = join(MIGRATIONS_DIR, name, 'migration.sql');
    if (existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
