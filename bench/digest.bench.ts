// Weekly digest (issue 12): a team with 1,000 households and 10 actions each. The digest — every section read,
// built and rendered as the team channel's view — takes at most 1 s, in a number of database queries that does not
// grow with the households: counted by a wrapper around Prisma's raw-query calls (the digest store makes no other
// kind), for a team of 100 and one of 1,000 in the same database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeDigest, noRotations } from '../src/app/digest/compose-digest.ts';
import { teamDigestView } from '../src/app/digest/digest-views.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import type { DatabaseTarget } from '../src/infra/db/database.ts';
import { createDigestStore } from '../src/infra/db/repositories/digest-repository.ts';
import { openTestDatabase, uniqueSchemaName } from '../tests/support/databases.ts';
import { seedDigestWorld } from './digest-world.ts';

/** Monday 7 December 2026, 08:30 in Amsterdam. */
const NOW = new Date('2026-12-07T07:30:00Z');
const WEEK_OF = '2026-12-07';
const ZONE = 'Europe/Amsterdam';
const TARGET_MS = 1_000;
const RUNS = 5;
const SIZES = [100, 1_000] as const;

export interface DigestBenchRow {
  database: 'embedded' | 'postgres';
  households: number;
  /** Best of RUNS, and the first (cold) run. */
  bestMs: number;
  firstMs: number;
  queries: number;
  due: number;
  overdue: number;
  conferences: number;
  targetMs: number;
}

/** Prisma with every raw-query call counted. */
function counting(prisma: PrismaClient): { client: PrismaClient; count: () => number } {
  let calls = 0;
  const client = new Proxy(prisma, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value === 'function' && String(property).startsWith('$queryRaw')) {
        return (...args: unknown[]) => {
          calls += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client, count: () => calls };
}

async function measure(label: DigestBenchRow['database'], target: DatabaseTarget): Promise<DigestBenchRow[]> {
  const db = await openTestDatabase(target);
  try {
    for (const households of SIZES) {
      await seedDigestWorld(db.prisma, { team: `t${households}`, households, weekOf: WEEK_OF });
    }
    const rows: DigestBenchRow[] = [];
    for (const households of SIZES) {
      const { client, count } = counting(db.prisma);
      const store = createDigestStore(client);
      const team = await store.teamBySlug(`t${households}`);
      if (!team) throw new Error('the benchmark team is missing');
      const deps = { store, readRotation: noRotations, timeZone: ZONE };
      const times: number[] = [];
      let queries = 0;
      let digest: Awaited<ReturnType<typeof composeDigest>>;
      for (let i = 0; i < RUNS; i++) {
        const before = count();
        const start = performance.now();
        digest = await composeDigest(deps, team, NOW);
        if (!digest) throw new Error('no digest');
        teamDigestView(digest, { locale: 'nl', timeZone: ZONE, blockedDays: 5 });
        times.push(performance.now() - start);
        queries = count() - before;
      }
      const sections = digest!.sections;
      rows.push({
        database: label,
        households,
        bestMs: Math.min(...times),
        firstMs: times[0] ?? 0,
        queries,
        due: sections.due.reduce((sum, o) => sum + o.actions.length, 0),
        overdue: sections.overdue.reduce((sum, o) => sum + o.actions.length, 0),
        conferences: sections.conferences.length,
        targetMs: TARGET_MS,
      });
    }
    return rows;
  } finally {
    await db.dispose();
  }
}

export async function benchDigest(postgresUrl: string | undefined): Promise<DigestBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'casus-bench-digest-'));
  try {
    const rows = await measure('embedded', { kind: 'embedded', dataDir: join(dir, 'pglite') });
    if (postgresUrl) {
      rows.push(
        ...(await measure('postgres', { kind: 'postgres', url: postgresUrl, schema: uniqueSchemaName() })),
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printDigestBench(rows: DigestBenchRow[]): void {
  console.log('\nWeekly digest: one team, 10 actions per household, read + built + rendered (best of 5)');
  for (const r of rows) {
    const verdict = r.bestMs <= r.targetMs ? 'within' : 'OVER';
    console.log(
      `  ${r.database.padEnd(9)} ${String(r.households).padStart(5)} households: ${Math.round(r.bestMs)} ms ` +
        `(first ${Math.round(r.firstMs)} ms; ${verdict} ${r.targetMs} ms), ${r.queries} queries; ` +
        `${r.due} due, ${r.overdue} overdue, ${r.conferences} conferences this week`,
    );
  }
}
