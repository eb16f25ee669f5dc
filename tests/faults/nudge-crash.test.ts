import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedNudgeWorld } from '../../bench/nudge-world.ts';
import { NUDGE_SWEEP, nudgeSweepKey } from '../../src/app/actions/send-nudges.ts';
import { dutchHolidaysAround } from '../../src/domain/actions/working-day.ts';
import type { Database } from '../../src/infra/db/database.ts';
import { enqueue } from '../../src/infra/jobs/job-queue.ts';
import { outboxSendJobName } from '../../src/infra/outbox/outbox-job.ts';
import { openTestDatabase, uniqueSchemaName } from '../support/databases.ts';
import { FakeSlackApi } from '../support/fake-slack-api.ts';
import {
  countNudgeCrash,
  type KillMoment,
  type NudgeCrashFigures,
  nudgeFiguresTable,
  postedUnconfirmed,
  postsOf,
} from './nudge-crash-figures.ts';
import { NudgeFleet } from './nudge-fleet.ts';

// Issue 10: "With three instances on the real PostgreSQL and 2,000 nudges due, a worker killed with kill -9
// mid-batch: none missing after restart, duplicates counted (zero for messages not yet handed to the
// platform)." Three worker processes (nudge-worker.ts: job runner, nudge sweep, outbox sender, Slack through
// the real WebClient to a fake Slack that lives in this process) share one PostgreSQL schema. The sweep is
// queued once; the worker running it is killed while its units are being committed, and later a worker is
// killed twice more while the outbox is being delivered. Each dead worker is replaced by a new one. When the
// outbox has drained, every due action must have its record and be named in exactly one message posted to
// its owner; a message may be posted twice only when the killed worker had posted it and not yet marked it
// sent (Slack has no idempotency key for chat.postMessage). PostgreSQL only: the embedded database is one
// process's.
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const PEOPLE = 500;
const ACTIONS = 4_000;
const DUE = 2_000;
const WORKERS = 3;
/**
 * Short, so a dead worker's jobs are taken over within seconds, yet above the event-loop stalls the sweep's
 * deciding causes on a busy machine (up to about 2 s on two CPUs): a lease that lapses while its worker lives
 * lets a second worker run the same job at the same time (see the report of issue 10's crash test).
 */
const LEASE_MS = 5_000;
/** Items per unit of work: 50 units of 10 messages, so the first kill lands between two of them. */
const BATCH_SIZE = 40;
/** The delivery kills: once this share of the expected messages has been posted. */
const DELIVERY_KILLS_AT = [0.35, 0.7];
const QUIET_MS = 2_000;
const DRAIN_TIMEOUT_MS = 120_000;

const figures: NudgeCrashFigures[] = [];

afterAll(() => {
  for (const f of figures) {
    const path = join(tmpdir(), 'nudge-crash-report.json');
    writeFileSync(path, `${JSON.stringify(f, null, 2)}\n`);
    console.log(`\nnudge crash figures [postgres]\n${nudgeFiguresTable(f)}\nwritten to ${path}`);
  }
});

describe('the nudge sweep and its outbox across three workers, one killed with kill -9 [postgres]', () => {
  it(
    `misses none of ${DUE} due nudges and posts twice only what Slack had before a kill`,
    async () => {
      const result = await crashWhileNudging();
      figures.push(result.figures);
      const f = result.figures;
      try {
        const [sweepKill, ...deliveryKills] = f.kills;
        expect(sweepKill?.phase).toBe('sweep');
        expect(sweepKill?.heldSweep, 'the first kill hit the worker running the sweep').toBe(true);
        expect(sweepKill?.nudgesCommitted, 'killed mid-sweep: some units committed').toBeGreaterThan(0);
        expect(sweepKill?.nudgesCommitted, 'killed mid-sweep: not all units committed').toBeLessThan(DUE);
        expect(deliveryKills.map((k) => k.phase)).toEqual(DELIVERY_KILLS_AT.map(() => 'delivery'));
        expect(
          deliveryKills.every((k) => k.posts < f.messagesExpected),
          'the delivery kills came before the last post',
        ).toBe(true);
        expect(f.sweepAttempts, 'the sweep ran again after the kill').toBeGreaterThanOrEqual(2);

        expect(f.dueActions).toBe(DUE);
        expect(f.actionsRecordedOnce, 'due actions with exactly one nudge record').toBe(DUE);
        expect(f.nudgeRecords).toBe(DUE);
        expect(result.stillDue, 'due actions the sweep left due').toBe(0);
        expect(f.messagesQueued).toBe(f.messagesExpected);
        expect(f.messagesSent).toBe(f.messagesExpected);
        expect(f.messagesUnsent).toBe(0);
        expect(f.missing, 'messages never posted').toBe(0);
        expect(f.delivered).toBe(f.messagesExpected);
        expect(f.actionsMissing, 'due actions in no message to their owner').toBe(0);
        expect(f.actionsInTwoMessages, 'due actions in two messages').toBe(0);
        expect(f.unexpectedPosts, 'posts nobody expected').toBe(0);
        expect(f.duplicatedUnexplained, 'posted twice without being handed to Slack before a kill').toEqual(
          [],
        );
        expect(f.duplicated).toBe(f.duplicatedAfterKill);
        expect(f.jobsFailed).toBe(0);
        expect(f.jobsRunning).toBe(0);
      } catch (error) {
        console.log(
          `the data is kept for a look: schema ${result.schema} on ${DATABASE_URL}\n${result.logs}`,
        );
        throw error;
      }
      await result.remove();
    },
    5 * 60_000,
  );
});

interface CrashResult {
  figures: NudgeCrashFigures;
  /** Due actions whose next nudge time was not moved past the sweep: must be 0. */
  stillDue: number;
  schema: string;
  logs: string;
  remove(): Promise<void>;
}

async function crashWhileNudging(): Promise<CrashResult> {
  const began = Date.now();
  const fake = await FakeSlackApi.start();
  const schema = uniqueSchemaName();
  const db = await openTestDatabase({ kind: 'postgres', url: DATABASE_URL, schema });
  const moment = sweepMoment(new Date());
  const today = moment.toISOString().slice(0, 10);
  // From now on the workers' clocks read `moment` (plus the time passed): a working-day morning.
  const clockOffsetMs = moment.getTime() - Date.now();
  const fleet = new NudgeFleet({
    databaseUrl: DATABASE_URL,
    schema,
    slackApiUrl: fake.apiUrl,
    clockOffsetMs,
    leaseMs: LEASE_MS,
    batchSize: BATCH_SIZE,
  });
  try {
    await seedNudgeWorld(db.prisma, { people: PEOPLE, actions: ACTIONS, due: DUE, now: moment, today });
    const expected = (
      await db.prisma.action.groupBy({ by: ['ownerId'], where: { dueOn: new Date(`${today}T00:00:00Z`) } })
    ).length;
    await Promise.all(Array.from({ length: WORKERS }, () => fleet.startOne()));

    // The slot's sweep, as scheduleNudgeSweep queues it; one of the three claims it.
    await enqueue(db.prisma, { name: NUDGE_SWEEP, key: nudgeSweepKey(moment), runAt: moment });
    const kills: KillMoment[] = [];
    const killAndReplace = async (phase: KillMoment['phase'], worker: string) => {
      await fleet.kill(worker);
      // A post the dead worker had fully written may still be read by the fake just after its exit.
      await pause(200);
      const held = await db.prisma.job.findMany({
        where: { lockedBy: worker, status: 'running' },
        select: { name: true },
      });
      const outbox = await outboxCounts(db);
      kills.push({
        phase,
        worker,
        replacement: '',
        nudgesCommitted: await db.prisma.nudge.count(),
        messagesQueued: outbox.queued,
        messagesSent: outbox.sent,
        posts: postsOf(fake.calls).length,
        atCall: fake.calls.length,
        heldSweep: held.some((job) => job.name === NUDGE_SWEEP),
        outboxJobsHeld: held.filter((job) => job.name === outboxSendJobName).length,
        postedUnconfirmed: await postedUnconfirmed(db, fake.calls, worker),
      });
      const replacement = await fleet.startOne();
      const kill = kills.at(-1);
      if (kill) kill.replacement = replacement;
    };

    // Kill 1: the worker holding the sweep, once a quarter of its units have committed and not all.
    const seen: string[] = [];
    const sweeper = await waitFor('the sweep to be part-way', 60_000, async () => {
      const job = await db.prisma.job.findUnique({ where: { key: nudgeSweepKey(moment) } });
      const committed = await db.prisma.nudge.count();
      seen.push(`${Date.now() - began} ms: ${job?.status} ${job?.lockedBy} ${committed}`);
      if (committed >= DUE)
        throw new Error(`the sweep finished before it could be killed:\n${seen.slice(-20).join('\n')}`);
      return job?.status === 'running' && committed >= DUE / 4 ? job.lockedBy : null;
    });
    await killAndReplace('sweep', sweeper);

    // Kills 2 and 3: a worker in the middle of delivering, the one holding the most outbox.send jobs.
    for (const share of DELIVERY_KILLS_AT) {
      const deliverer = await waitFor(`${share * 100}% of the messages posted`, 60_000, async () => {
        if (postsOf(fake.calls).length < Math.ceil(share * expected)) return null;
        const running = await db.prisma.job.groupBy({
          by: ['lockedBy'],
          where: { name: outboxSendJobName, status: 'running', lockedBy: { in: fleet.ids } },
          _count: true,
          orderBy: { _count: { lockedBy: 'desc' } },
        });
        return running[0]?.lockedBy ?? null;
      });
      await killAndReplace('delivery', deliverer);
    }

    await drained(db, fake, () => new Date(Date.now() + clockOffsetMs));
    await fleet.stopAll();
    const stillDue = await db.prisma.action.count({
      where: { dueOn: new Date(`${today}T00:00:00Z`), nextNudgeAt: { lte: moment } },
    });
    const figures = await countNudgeCrash(db, {
      today,
      calls: fake.calls,
      kills,
      durationSeconds: Math.round((Date.now() - began) / 1000),
      leasesLost: fleet.leasesLost,
      maxStallMs: fleet.maxStallMs,
    });
    return {
      figures,
      stillDue,
      schema,
      logs: fleet.logs(),
      remove: () => db.dispose(),
    };
  } catch (error) {
    console.log(`worker logs:\n${fleet.logs()}`);
    throw error;
  } finally {
    fleet.killAll();
    await fake.close();
  }
}

/**
 * Waits until no message is pending, no outbox job is due or running, and the fake Slack heard nothing for
 * QUIET_MS (a late duplicate would still show up). Gives up after DRAIN_TIMEOUT_MS and lets the counts tell.
 */
async function drained(db: Database, fake: FakeSlackApi, now: () => Date): Promise<void> {
  const began = Date.now();
  let seen = fake.calls.length;
  let lastNews = Date.now();
  while (Date.now() - began < DRAIN_TIMEOUT_MS) {
    if (fake.calls.length > seen) {
      seen = fake.calls.length;
      lastNews = Date.now();
    }
    const pending = await db.prisma.outboxMessage.count({ where: { status: 'pending' } });
    const busy = await db.prisma.job.count({
      where: {
        OR: [{ status: 'running' }, { status: 'queued', runAt: { lte: now() } }],
      },
    });
    if (pending === 0 && busy === 0 && Date.now() - lastNews >= QUIET_MS) return;
    await pause(100);
  }
}

async function outboxCounts(db: Database): Promise<{ queued: number; sent: number }> {
  const [queued, sent] = await Promise.all([
    db.prisma.outboxMessage.count(),
    db.prisma.outboxMessage.count({ where: { status: 'sent' } }),
  ]);
  return { queued, sent };
}

/**
 * The sweep's moment: 09:00 UTC (10:00 or 11:00 in Amsterdam) on the first Tuesday at least two days ahead
 * that is no Dutch public holiday. In the future, so the jobs queued at the database's own time are due by
 * the workers' clock, and on a working day whatever day the test runs.
 */
function sweepMoment(from: Date): Date {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 2, 9));
  for (;;) {
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() === 2 && !dutchHolidaysAround(iso).has(iso)) return day;
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

/** Polls `check` every 10 ms until it returns a value; fails with `what` after `timeoutMs`. */
async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(10);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
