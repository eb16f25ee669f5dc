// Nudges (issue 10): 100,000 open actions of which 10,000 are due. One sweep reads the due rows by the
// next-nudge index, asks the policy, and enqueues every bundled message with its nudge records; targets 2 s on
// the embedded database and 1 s on PostgreSQL. Beside it, the same selection of due rows as one raw SQL
// statement (the floor: what the database itself needs to find them), and the ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { NudgeStore, NudgeUnitOfWork } from '../src/app/actions/nudge-store.ts';
import { sweepNudges } from '../src/app/actions/send-nudges.ts';
import {
  createNudgeStore,
  createNudgeUnitOfWork,
  nudgeParallelUnits,
} from '../src/infra/actions/nudge-repository.ts';
import type { DatabaseTarget } from '../src/infra/db/database.ts';
import { openTestDatabase, uniqueSchemaName } from '../tests/support/databases.ts';
import { seedNudgeWorld } from './nudge-world.ts';

const ACTIONS = 100_000;
const DUE = 10_000;
const PEOPLE = 1_000;
/** Tuesday 8 December 2026, 10:00 in Amsterdam: a working day. */
const NOW = new Date('2026-12-08T09:00:00Z');
const TODAY = '2026-12-08';
const TARGET_MS = { embedded: 2_000, postgres: 1_000 } as const;
const RAW_RUNS = 5;

/** The due rows, as the sweep selects them (its index), with the household columns it joins. */
const DUE_ROWS_SQL = `
  SELECT a.id, a."ownerId", a."dueOn", a.status, a."snoozedUntil", a."blockedSince", a.version, a.description,
         h."teamId", h.reference, h."coordinatorId"
  FROM "Action" a JOIN "Household" h ON h.id = a."householdId"
  WHERE a."nextNudgeAt" <= $1
  ORDER BY a."nextNudgeAt"`;

export interface NudgeBenchRow {
  database: 'embedded' | 'postgres';
  sweepMs: number;
  /** Reading the due actions and everyone involved. */
  readMs: number;
  /** Writing: from the start to the end of each unit of work (units running side by side counted once). */
  writeMs: number;
  actionsRead: number;
  messages: number;
  outboxRows: number;
  nudgeRows: number;
  rawMs: number;
  rawRows: number;
  targetMs: number;
}

async function measure(label: NudgeBenchRow['database'], target: DatabaseTarget): Promise<NudgeBenchRow> {
  const db = await openTestDatabase(target);
  try {
    await seedNudgeWorld(db.prisma, { people: PEOPLE, actions: ACTIONS, due: DUE, now: NOW, today: TODAY });
    // The floor first, while every due row is still due (the sweep moves them on). Best of a few runs.
    const raw = await timeRawSelection(db.prisma, target);
    const spans = { read: new Spans(), write: new Spans() };
    const store = timedStore(createNudgeStore(db.prisma, { timeZone: 'Europe/Amsterdam' }), spans.read);
    const work = timedWork(
      createNudgeUnitOfWork(db.prisma, { parallelUnits: nudgeParallelUnits(db) }),
      spans.write,
    );
    const start = performance.now();
    const messages = await sweepNudges({ store, work, defaultLocale: 'nl', readLimit: DUE + 1_000 }, NOW);
    const sweepMs = performance.now() - start;
    const readMs = spans.read.totalMs();
    const writeMs = spans.write.totalMs();
    const actionsRead = new Set(messages.flatMap((m) => m.message.items.map((item) => item.actionId))).size;
    return {
      database: label,
      sweepMs,
      readMs,
      writeMs,
      actionsRead,
      messages: messages.length,
      outboxRows: await db.prisma.outboxMessage.count(),
      nudgeRows: await db.prisma.nudge.count(),
      rawMs: raw.ms,
      rawRows: raw.rows,
      targetMs: TARGET_MS[label],
    };
  } finally {
    await db.dispose();
  }
}

/** Time intervals, some of them overlapping; `totalMs` counts time covered by any of them once. */
class Spans {
  private readonly intervals: [number, number][] = [];

  async time<T>(work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.intervals.push([start, performance.now()]);
    }
  }

  totalMs(): number {
    let total = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const [from, to] of [...this.intervals].sort((a, b) => a[0] - b[0])) {
      if (to <= end) continue;
      total += to - Math.max(from, end);
      end = to;
    }
    return total;
  }
}

function timedStore(store: NudgeStore, spans: Spans): NudgeStore {
  return { dueActions: (now, limit) => spans.time(() => store.dueActions(now, limit)) };
}

function timedWork(work: NudgeUnitOfWork, spans: Spans): NudgeUnitOfWork {
  return { parallelUnits: work.parallelUnits, run: (unit) => spans.time(() => work.run(unit)) };
}

/**
 * The due rows in one statement: on PostgreSQL through a pg client of its own (the driver, no Prisma); on the
 * embedded database, which one process owns, through Prisma's raw query, which hands the SQL to PGlite as is.
 */
async function timeRawSelection(
  prisma: Awaited<ReturnType<typeof openTestDatabase>>['prisma'],
  target: DatabaseTarget,
): Promise<{ ms: number; rows: number }> {
  let run: () => Promise<number>;
  let close = async () => {};
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await client.query(`SET search_path TO "${target.schema ?? 'public'}"`);
    run = async () => (await client.query(DUE_ROWS_SQL, [NOW])).rowCount ?? 0;
    close = () => client.end();
  } else {
    run = async () => (await prisma.$queryRawUnsafe<unknown[]>(DUE_ROWS_SQL, NOW)).length;
  }
  try {
    let best = Number.POSITIVE_INFINITY;
    let rows = 0;
    for (let i = 0; i < RAW_RUNS; i++) {
      const start = performance.now();
      rows = await run();
      best = Math.min(best, performance.now() - start);
    }
    return { ms: best, rows };
  } finally {
    await close();
  }
}

export async function benchNudges(postgresUrl: string | undefined): Promise<NudgeBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'casus-bench-nudges-'));
  try {
    const rows = [await measure('embedded', { kind: 'embedded', dataDir: join(dir, 'pglite') })];
    if (postgresUrl)
      rows.push(
        await measure('postgres', { kind: 'postgres', url: postgresUrl, schema: uniqueSchemaName() }),
      );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printNudgeBench(rows: NudgeBenchRow[]): void {
  console.log(
    `\nNudge sweep: ${ACTIONS.toLocaleString('en')} open actions, ${DUE.toLocaleString('en')} due, ${PEOPLE} owners (bundled per person)`,
  );
  for (const r of rows) {
    const verdict = r.sweepMs <= r.targetMs ? 'within' : 'OVER';
    console.log(
      `  ${r.database.padEnd(9)} sweep ${Math.round(r.sweepMs)} ms (${verdict} ${r.targetMs} ms): ` +
        `${r.actionsRead} actions in ${r.messages} messages, ${r.outboxRows} outbox rows, ${r.nudgeRows} nudge records`,
    );
    const decideMs = r.sweepMs - r.readMs - r.writeMs;
    console.log(
      `  ${''.padEnd(9)} read ${Math.round(r.readMs)} ms, policy and views ${Math.round(decideMs)} ms, ` +
        `writes ${Math.round(r.writeMs)} ms`,
    );
    console.log(
      `  ${''.padEnd(9)} raw SQL selection of the due rows ${r.rawMs.toFixed(1)} ms (${r.rawRows} rows); ` +
        `sweep / floor = ${(r.sweepMs / r.rawMs).toFixed(1)}×`,
    );
  }
}
