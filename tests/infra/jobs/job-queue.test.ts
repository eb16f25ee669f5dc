import { beforeEach, expect, it } from 'vitest';
import { CodedError } from '../../../src/infra/coded-error.ts';
import { runEffectOnce } from '../../../src/infra/jobs/effects.ts';
import { countJobsByStatus, listFailedJobs } from '../../../src/infra/jobs/job-inspection.ts';
import { enqueue } from '../../../src/infra/jobs/job-queue.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { effectCount, jobByKey } from './job-test-helpers.ts';

const at = new Date('2030-03-04T09:00:00.000Z');

describeEachDatabase('the job queue', (db) => {
  beforeEach(() => truncateAll(db()));

  it('keeps one job when the same idempotency key is enqueued twice', async () => {
    const first = await enqueue(db(), { name: 'reminder', key: 'reminder:m1', payload: { n: 1 }, runAt: at });
    const second = await enqueue(db(), { name: 'reminder', key: 'reminder:m1', payload: { n: 2 } });
    expect([first, second]).toEqual([true, false]);
    expect(await db().prisma.job.count()).toBe(1);
    const job = await jobByKey(db(), 'reminder:m1');
    expect(job).toMatchObject({ name: 'reminder', payload: { n: 1 }, status: 'queued', attempts: 0 });
    expect(job.runAt).toEqual(at);
  });

  it('writes the job atomically with the transaction that caused it', async () => {
    await db().prisma.$transaction(async (tx) => {
      await enqueue(tx, { name: 'nudge', key: 'nudge:committed' });
    });
    await expect(
      db().prisma.$transaction(async (tx) => {
        await enqueue(tx, { name: 'nudge', key: 'nudge:rolled-back' });
        throw new Error('the change that caused it failed');
      }),
    ).rejects.toThrow('the change that caused it failed');
    const keys = (await db().prisma.job.findMany()).map((job) => job.key);
    expect(keys).toEqual(['nudge:committed']);
  });

  it('refuses a job without a key or with a payload JSON cannot hold', async () => {
    await expect(enqueue(db(), { name: 'nudge', key: '' })).rejects.toThrow(CodedError);
    await expect(enqueue(db(), { name: 'nudge', key: 'k', payload: () => 1 })).rejects.toThrow(/payload/);
    await expect(enqueue(db(), { name: 'nudge', key: 'k', maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
    expect(await db().prisma.job.count()).toBe(0);
  });

  it('carries out an effect once per key and skips it the second time', async () => {
    let runs = 0;
    const effect = async () => {
      runs += 1;
      return 'sent';
    };
    expect(await runEffectOnce(db(), 'send:j1', effect)).toEqual({ ran: true, value: 'sent' });
    expect(await runEffectOnce(db(), 'send:j1', effect)).toEqual({ ran: false });
    expect(runs).toBe(1);
    expect(await effectCount(db(), 'send:j1')).toBe(1);
  });

  it('forgets the effect key when the effect fails, so a retry carries it out', async () => {
    await expect(
      runEffectOnce(db(), 'digest:t1', async (tx) => {
        await enqueue(tx, { name: 'follow-up', key: 'follow-up:t1' });
        throw new Error('half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(await effectCount(db())).toBe(0);
    expect(await db().prisma.job.count()).toBe(0);

    const retry = await runEffectOnce(db(), 'digest:t1', (tx) =>
      enqueue(tx, { name: 'follow-up', key: 'follow-up:t1' }),
    );
    expect(retry).toEqual({ ran: true, value: true });
    expect(await effectCount(db())).toBe(1);
  });

  it("joins the caller's transaction when given one", async () => {
    await expect(
      db().prisma.$transaction(async (tx) => {
        await runEffectOnce(tx, 'joined', async () => 'done');
        throw new Error('outer rollback');
      }),
    ).rejects.toThrow('outer rollback');
    expect(await effectCount(db())).toBe(0);
  });

  it('counts jobs per status and lists failed ones without their payload', async () => {
    await enqueue(db(), { name: 'a', key: 'a1' });
    await enqueue(db(), { name: 'a', key: 'a2' });
    await enqueue(db(), { name: 'b', key: 'b1', payload: { household: 'Jansen' } });
    await db().prisma.job.update({
      where: { key: 'b1' },
      data: { status: 'failed', attempts: 5, lastError: 'smtp down' },
    });
    expect(await countJobsByStatus(db())).toEqual({ queued: 2, running: 0, completed: 0, failed: 1 });
    const failed = await listFailedJobs(db());
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ name: 'b', key: 'b1', attempts: 5, lastError: 'smtp down' });
    expect(JSON.stringify(failed)).not.toContain('Jansen');
  });
});
