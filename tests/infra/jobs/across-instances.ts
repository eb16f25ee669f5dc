import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../src/infra/db/database.ts';
import { projectRoot } from '../../../src/infra/db/migrations.ts';
import { type EffectOutcome, runEffectOnce } from '../../../src/infra/jobs/effects.ts';
import { enqueue } from '../../../src/infra/jobs/job-queue.ts';
import { createJobRunner, type Job, type JobRunner } from '../../../src/infra/jobs/job-runner.ts';
import { openTestDatabase, truncateAll, uniqueSchemaName } from '../../support/databases.ts';
import { countCalls, effectCount, jobByKey, waitFor } from './job-test-helpers.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Several instances racing for the same rows, and a worker process killed mid-job: these need a real server
 * (PGlite is one connection in one process), so job-runner.test.ts registers them only when TEST_DATABASE_URL
 * is set, rather than reporting them skipped.
 */
export function describeAcrossInstances(url: string): void {
  describe('the job runner across instances [postgres]', () => {
    let db: Database & { dispose(): Promise<void> };
    const extraConnections: Database[] = [];

    /** Another pool on the same schema, as a second instance of the app would have. */
    async function connect(): Promise<Database> {
      const other = await openDatabase({ kind: 'postgres', url, schema: db.schema });
      extraConnections.push(other);
      return other;
    }

    async function completedCount(): Promise<number> {
      return db.prisma.job.count({ where: { status: 'completed' } });
    }

    async function enqueueMany(name: string, count: number): Promise<void> {
      await db.prisma.$transaction(async (tx) => {
        for (let i = 0; i < count; i += 1) await enqueue(tx, { name, key: `${name}:${i}` });
      });
    }

    beforeAll(async () => {
      db = await openTestDatabase({ kind: 'postgres', url, schema: uniqueSchemaName() });
    });
    afterAll(async () => {
      for (const other of extraConnections) await other.close();
      await db?.dispose();
    });
    beforeEach(() => truncateAll(db));

    it('runs each of 200 due jobs exactly once across three instances', async () => {
      const calls = countCalls();
      const ranBy = [0, 0, 0];
      const instances: JobRunner[] = [];
      for (const [index, connection] of [db, await connect(), await connect()].entries()) {
        const work = async (job: Job) => {
          calls.record(job.id);
          ranBy[index] = (ranBy[index] ?? 0) + 1;
          await runEffectOnce(connection, `effect:${job.key}`, async () => {});
          await sleep(1);
        };
        instances.push(
          createJobRunner({
            db: connection,
            instanceId: `i${index}`,
            concurrency: 4,
            pollIntervalMs: 10,
            handlers: { work },
          }),
        );
      }
      await enqueueMany('work', 200);

      for (const instance of instances) instance.start();
      await waitFor('200 completed jobs', async () => (await completedCount()) === 200, 15_000);
      for (const instance of instances)
        expect(await instance.stop({ graceMs: 1000 })).toEqual({ unfinished: 0 });

      expect(calls.calls.size).toBe(200);
      expect(new Set(calls.calls.values())).toEqual(new Set([1]));
      expect(await effectCount(db)).toBe(200);
      expect(await db.prisma.job.count({ where: { attempts: 1 } })).toBe(200);
      expect(ranBy.every((n) => n > 0)).toBe(true);
    });

    it('reruns the jobs of a worker killed mid-job after their lease, without repeating a committed effect', async () => {
      await enqueue(db, { name: 'kill-test.after-effect', key: 'after' });
      await enqueue(db, { name: 'kill-test.inside-effect', key: 'inside' });
      const child = spawnWorker(url, db.schema, 1000);
      try {
        const events = lines(child);
        await waitForEvents(events, ['after-effect', 'inside-effect'], 10_000);
        expect(await jobByKey(db, 'after')).toMatchObject({
          status: 'running',
          lockedBy: 'child-worker',
          attempts: 1,
        });
        expect(await jobByKey(db, 'inside')).toMatchObject({
          status: 'running',
          lockedBy: 'child-worker',
          attempts: 1,
        });
        expect(await effectCount(db, 'effect:after')).toBe(1);
      } finally {
        child.kill('SIGKILL');
      }
      await new Promise((resolve) => child.once('exit', resolve));

      const outcomes = new Map<string, EffectOutcome<void>>();
      const rerun = async (job: Job) => {
        outcomes.set(job.key, await runEffectOnce(db, `effect:${job.key}`, async () => {}));
      };
      const survivor = createJobRunner({
        db,
        instanceId: 'survivor',
        leaseMs: 1000,
        pollIntervalMs: 20,
        handlers: { 'kill-test.after-effect': rerun, 'kill-test.inside-effect': rerun },
      });
      survivor.start();
      await waitFor('both jobs completed', async () => (await completedCount()) === 2, 10_000);
      await survivor.stop({ graceMs: 1000 });

      // Ran twice (once in the killed child, once here); the effect happened once.
      expect(await jobByKey(db, 'after')).toMatchObject({ status: 'completed', attempts: 2, lockedBy: null });
      expect(await jobByKey(db, 'inside')).toMatchObject({
        status: 'completed',
        attempts: 2,
        lockedBy: null,
      });
      expect(outcomes.get('after')).toEqual({ ran: false });
      expect(outcomes.get('inside')).toEqual({ ran: true, value: undefined });
      expect(await effectCount(db, 'effect:after')).toBe(1);
      expect(await effectCount(db, 'effect:inside')).toBe(1);
    });

    it('loses nothing due across a restart: a stopped runner finishes what it holds and a new one runs the rest', async () => {
      const calls = countCalls();
      const ranBy = { before: 0, after: 0 };
      const handlersFor = (phase: 'before' | 'after') => ({
        work: async (job: Job) => {
          calls.record(job.id);
          ranBy[phase] += 1;
          await sleep(20);
        },
      });
      await enqueueMany('work', 30);
      const beforeConnection = await connect();
      const before = createJobRunner({
        db: beforeConnection,
        instanceId: 'before-restart',
        pollIntervalMs: 10,
        handlers: handlersFor('before'),
      });
      before.start();
      await waitFor('a third of the jobs', async () => (await completedCount()) >= 10);
      expect(await before.stop({ graceMs: 2000 })).toEqual({ unfinished: 0 });
      await beforeConnection.close();
      extraConnections.splice(extraConnections.indexOf(beforeConnection), 1);

      expect(await db.prisma.job.count({ where: { status: 'running' } })).toBe(0);
      expect(await db.prisma.job.count({ where: { status: 'queued' } })).toBeGreaterThan(0);

      const after = createJobRunner({
        db: await connect(),
        instanceId: 'after-restart',
        pollIntervalMs: 10,
        handlers: handlersFor('after'),
      });
      after.start();
      await waitFor('all 30 jobs', async () => (await completedCount()) === 30);
      await after.stop({ graceMs: 1000 });

      expect(calls.calls.size).toBe(30);
      expect(new Set(calls.calls.values())).toEqual(new Set([1]));
      expect(ranBy.before).toBeGreaterThanOrEqual(10);
      expect(ranBy.after).toBeGreaterThan(0);
    });
  });
}

function spawnWorker(url: string, schema: string, leaseMs: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'tests/support/job-worker.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      JOB_WORKER_DATABASE_URL: url,
      JOB_WORKER_SCHEMA: schema,
      JOB_WORKER_LEASE_MS: String(leaseMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The child's stdout events, plus its stderr, kept for the failure message. */
function lines(child: ChildProcess): { events: Set<string>; stderr: string[] } {
  const log = { events: new Set<string>(), stderr: [] as string[] };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed === 'object' && parsed && 'event' in parsed) log.events.add(String(parsed.event));
  });
  child.stderr!.on('data', (chunk: Buffer) => log.stderr.push(chunk.toString()));
  return log;
}

async function waitForEvents(
  log: { events: Set<string>; stderr: string[] },
  wanted: string[],
  timeoutMs: number,
) {
  try {
    await waitFor(
      `worker events ${wanted.join(', ')}`,
      () => wanted.every((e) => log.events.has(e)),
      timeoutMs,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; worker stderr: ${log.stderr.join('')}`);
  }
}
