// PGlite (embedded, data on disk) vs PostgreSQL: cost of one simple write and one simple read through Prisma.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseTarget } from '../src/infra/db/database.ts';
import { openTestDatabase, uniqueSchemaName } from '../tests/support/databases.ts';
import { ms, percentile, timeEach } from './stats.ts';

const COUNT = 1000;
const WARMUP = 50;

export interface DatabaseBenchRow {
  database: string;
  operation: 'write' | 'read';
  median: number;
  p95: number;
}

async function measure(label: string, target: DatabaseTarget): Promise<DatabaseBenchRow[]> {
  const db = await openTestDatabase(target);
  try {
    const org = await db.prisma.organisation.create({ data: { name: 'bench' } });
    await timeEach(WARMUP, (i) =>
      db.prisma.discipline.create({ data: { code: `w${i}`, nameNl: 'x', nameEn: 'x' } }),
    );
    await timeEach(WARMUP, () => db.prisma.organisation.findUnique({ where: { id: org.id } }));
    const writes = await timeEach(COUNT, (i) =>
      db.prisma.discipline.create({
        data: { code: `d${i}`, nameNl: `Discipline ${i}`, nameEn: `Discipline ${i}` },
      }),
    );
    const reads = await timeEach(COUNT, () => db.prisma.organisation.findUnique({ where: { id: org.id } }));
    return [
      { database: label, operation: 'write', median: percentile(writes, 50), p95: percentile(writes, 95) },
      { database: label, operation: 'read', median: percentile(reads, 50), p95: percentile(reads, 95) },
    ];
  } finally {
    await db.dispose();
  }
}

export async function benchDatabase(postgresUrl: string | undefined): Promise<DatabaseBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'casus-bench-'));
  try {
    const rows = await measure('PGlite (embedded, on disk)', {
      kind: 'embedded',
      dataDir: join(dir, 'pglite'),
    });
    if (postgresUrl)
      rows.push(
        ...(await measure('PostgreSQL 127.0.0.1', {
          kind: 'postgres',
          url: postgresUrl,
          schema: uniqueSchemaName(),
        })),
      );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printDatabaseBench(rows: DatabaseBenchRow[]): void {
  console.log(`\nPrisma simple write (insert one row) and read (find by primary key), ${COUNT} each:`);
  for (const r of rows)
    console.log(
      `  ${r.database.padEnd(28)} ${r.operation.padEnd(6)} median ${ms(r.median)}  p95 ${ms(r.p95)}`,
    );
}
