import { beforeEach, expect, it } from 'vitest';
import { CodedError } from '../../../src/infra/coded-error.ts';
import { exponentialBackoff } from '../../../src/infra/jobs/backoff.ts';
import { enqueue } from '../../../src/infra/jobs/job-queue.ts';
import { createJobRunner, type Job, type JobRunnerOptions } from '../../../src/infra/jobs/job-runner.ts';
import { describeEachDatabase, postgresTestUrl, truncateAll } from '../../support/databases.ts';
import { describeAcrossInstances } from './across-instances.ts';
import { countCalls, gate, jobByKey, ManualClock, waitFor } from './job-test-helpers.ts';

const start = '2030-03-04T09:00:00.000Z';
const second = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDatabase('the job runner', (db) => {
  let clock: ManualClock;
  const runner = (options: Omit<JobRunnerOptions, 'db' | 'clock'>) =>
    createJobRunner({ db: db(), clock, ...options });

  beforeEach(async () => {
    await truncateAll(db());
    clock = new ManualClock(start);
  });

  it('runs a due job once and marks it completed', async () => {
    const seen: Job[] = [];
    const jobs = runner({ handlers: { digest: async (job) => void seen.push(job) } });
    await enqueue(db(), { name: 'digest', key: 'digest:t1', payload: { teamId: 't1' }, runAt: clock.now() });

    expect(await jobs.runDueJobsOnce()).toBe(1);
    expect(await jobs.runDueJobsOnce()).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      name: 'digest',
      key: 'digest:t1',
      payload: { teamId: 't1' },
      attempt: 1,
    });
    const row = await jobByKey(db(), 'digest:t1');
    expect(row).toMatchObject({ status: 'completed', attempts: 1, lockedBy: null, lockedUntil: null });
    expect(row.completedAt).toEqual(clock.now());
  });

  it('leaves a job scheduled in the future until the clock passes its runAt', async () => {
    const calls = countCalls();
    const jobs = runner({ handlers: { reminder: async (job) => calls.record(job.id) } });
    await enqueue(db(), {
      name: 'reminder',
      key: 'reminder:m1',
      runAt: new Date(clock.now().getTime() + 600 * second),
    });

    expect(await jobs.runDueJobsOnce()).toBe(0);
    clock.advance(600 * second - 1);
    expect(await jobs.runDueJobsOnce()).toBe(0);
    expect(calls.total()).toBe(0);
    clock.advance(1);
    expect(await jobs.runDueJobsOnce()).toBe(1);
    expect((await jobByKey(db(), 'reminder:m1')).status).toBe('completed');
  });

  it('retries a failing job with exponential backoff and marks it failed after maxAttempts', async () => {
    let calls = 0;
    const jobs = runner({
      backoff: exponentialBackoff({ baseMs: second }),
      handlers: {
        send: async () => {
          calls += 1;
          throw new CodedError('slack-unavailable', `Slack answered 503 (call ${calls})`);
        },
      },
    });
    await enqueue(db(), { name: 'send', key: 'send:1', runAt: clock.now(), maxAttempts: 3 });

    expect(await jobs.runDueJobsOnce()).toBe(1);
    let row = await jobByKey(db(), 'send:1');
    expect(row).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'slack-unavailable: Slack answered 503 (call 1)',
    });
    expect(row.runAt).toEqual(new Date(clock.now().getTime() + 2 * second));

    clock.advance(2 * second - 1);
    expect(await jobs.runDueJobsOnce()).toBe(0);
    clock.advance(1);
    expect(await jobs.runDueJobsOnce()).toBe(1);
    row = await jobByKey(db(), 'send:1');
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });
    expect(row.runAt).toEqual(new Date(clock.now().getTime() + 4 * second));

    clock.advance(4 * second);
    expect(await jobs.runDueJobsOnce()).toBe(1);
    row = await jobByKey(db(), 'send:1');
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lockedBy: null, completedAt: null });
    expect(row.lastError).toBe('slack-unavailable: Slack answered 503 (call 3)');

    clock.advance(3600 * second);
    expect(await jobs.runDueJobsOnce()).toBe(0);
    expect(calls).toBe(3);
  });

  it('keeps a truncated message of what a handler threw, and survives throws that are not Errors', async () => {
    const jobs = runner({
      handlers: {
        long: async () => {
          throw new Error('x'.repeat(5000));
        },
        // Not async: the throw happens while calling, before any promise exists.
        odd: (() => {
          throw { household: 'Jansen' };
        }) as () => Promise<void>,
      },
    });
    await enqueue(db(), { name: 'long', key: 'long', runAt: clock.now() });
    await enqueue(db(), { name: 'odd', key: 'odd', runAt: clock.now() });

    expect(await jobs.runDueJobsOnce()).toBe(2);
    const long = await jobByKey(db(), 'long');
    expect(long.lastError?.length).toBe(1000);
    const odd = await jobByKey(db(), 'odd');
    expect(odd).toMatchObject({ status: 'queued', lastError: 'non-Error value thrown (object)' });
  });

  it('fails a job with no registered handler at once, saying so', async () => {
    const jobs = runner({ handlers: {} });
    await enqueue(db(), { name: 'renamed-job', key: 'r1', runAt: clock.now(), maxAttempts: 5 });

    expect(await jobs.runDueJobsOnce()).toBe(1);
    expect(await jobByKey(db(), 'r1')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'job-handler-missing: No handler registered for job name "renamed-job"',
    });
  });

  it('polls on its own once started, and stops', async () => {
    const calls = countCalls();
    const jobs = runner({ pollIntervalMs: 10, handlers: { nudge: async (job) => calls.record(job.id) } });
    jobs.start();
    for (let i = 0; i < 5; i += 1)
      await enqueue(db(), { name: 'nudge', key: `nudge:${i}`, runAt: clock.now() });

    await waitFor(
      'five completed jobs',
      async () => (await db().prisma.job.count({ where: { status: 'completed' } })) === 5,
    );
    expect(await jobs.stop({ graceMs: 1000 })).toEqual({ unfinished: 0 });
    expect([...calls.calls.values()]).toEqual([1, 1, 1, 1, 1]);
    expect(() => jobs.start()).toThrow(/starts once/);
  });

  it('extends the lease of a slow job, so another instance does not run it too', async () => {
    const release = gate();
    const calls = countCalls();
    const handlers = {
      slow: async (job: Job) => {
        calls.record(job.id);
        await release.opened;
      },
    };
    const a = runner({ instanceId: 'a', leaseMs: 60 * second, heartbeatMs: 10, handlers });
    const b = runner({ instanceId: 'b', leaseMs: 60 * second, handlers });
    await enqueue(db(), { name: 'slow', key: 'slow', runAt: clock.now() });
    const running = a.runDueJobsOnce();
    await waitFor('the slow job to start', () => calls.total() === 1);

    clock.advance(50 * second);
    const extended = new Date(clock.now().getTime() + 60 * second);
    await waitFor(
      'a heartbeat',
      async () => (await jobByKey(db(), 'slow')).lockedUntil?.getTime() === extended.getTime(),
    );
    clock.advance(30 * second); // past the first lease, within the extended one
    expect(await b.runDueJobsOnce()).toBe(0);

    release.open();
    expect(await running).toBe(1);
    expect(calls.total()).toBe(1);
    expect(await jobByKey(db(), 'slow')).toMatchObject({ status: 'completed', attempts: 1 });
  });

  it('leaves a job that outlives the grace period leased, for another instance to rerun after the lease', async () => {
    const firstAttempt = gate();
    const secondAttempt = gate();
    const calls = countCalls();
    let abortedWith: unknown;
    const handlers = {
      stuck: async (job: Job) => {
        calls.record(job.id);
        if (job.attempt === 1) {
          job.signal.addEventListener('abort', () => {
            abortedWith = job.signal.reason;
          });
          await firstAttempt.opened;
        } else {
          await secondAttempt.opened;
        }
      },
    };
    const a = runner({
      instanceId: 'a',
      pollIntervalMs: 10,
      leaseMs: 60 * second,
      heartbeatMs: 10,
      handlers,
    });
    const b = runner({ instanceId: 'b', leaseMs: 60 * second, handlers });
    await enqueue(db(), { name: 'stuck', key: 'stuck', runAt: clock.now() });
    a.start();
    await waitFor('the first attempt to start', () => calls.total() === 1);

    expect(await a.stop({ graceMs: 50 })).toEqual({ unfinished: 1 });
    expect(abortedWith).toBeInstanceOf(CodedError);
    expect(await jobByKey(db(), 'stuck')).toMatchObject({ status: 'running', lockedBy: 'a', attempts: 1 });
    expect(await b.runDueJobsOnce()).toBe(0);

    clock.advance(60 * second + 1);
    await sleep(50); // a heartbeat, were one still running, would renew the lease now
    const rerun = b.runDueJobsOnce();
    await waitFor('the second attempt to start', () => calls.total() === 2);

    // The first worker finishing late must not overwrite the state of the attempt that replaced it.
    firstAttempt.open();
    await a.waitUntilIdle();
    expect(await jobByKey(db(), 'stuck')).toMatchObject({ status: 'running', lockedBy: 'b', attempts: 2 });

    secondAttempt.open();
    expect(await rerun).toBe(1);
    expect(await jobByKey(db(), 'stuck')).toMatchObject({ status: 'completed', attempts: 2, lockedBy: null });
  });

  it('fails a job whose lease expired on its last attempt instead of running it again', async () => {
    const calls = countCalls();
    const handlers = { crashy: async (job: Job) => calls.record(job.id) };
    await enqueue(db(), { name: 'crashy', key: 'crashy', runAt: clock.now(), maxAttempts: 1 });
    // As a worker that died mid-job leaves it: running, leased, on its one attempt.
    await db().prisma.job.update({
      where: { key: 'crashy' },
      data: { status: 'running', attempts: 1, lockedBy: 'dead', lockedUntil: clock.now() },
    });
    clock.advance(1);

    expect(await runner({ handlers }).runDueJobsOnce()).toBe(0);
    expect(calls.total()).toBe(0);
    expect(await jobByKey(db(), 'crashy')).toMatchObject({ status: 'failed', lockedBy: null });
    expect((await jobByKey(db(), 'crashy')).lastError).toMatch(/lease expired/);
  });
});

// Registered only with a real PostgreSQL, so a run without one reports nothing skipped.
const postgresUrl = postgresTestUrl();
if (postgresUrl) describeAcrossInstances(postgresUrl);
