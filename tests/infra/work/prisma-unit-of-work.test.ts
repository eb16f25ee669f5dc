import { beforeEach, expect, it } from 'vitest';
import { createUnitOfWork } from '../../../src/infra/work/prisma-unit-of-work.ts';
import type { View } from '../../../src/views/view-model.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { type DemoWorld, freshDemo, outboxRows } from '../conferences/conference-fixture.ts';

const view: View = { fallbackText: 'Herinnering', blocks: [] };
const at = new Date('2030-03-04T09:00:00.000Z');

describeEachDatabase('the unit of work behind the outbox, scheduler and access-log ports', (db) => {
  let world: DemoWorld;
  beforeEach(async () => {
    world = await freshDemo(db());
  }, 60_000);
  const unitOfWork = () => createUnitOfWork(db().prisma);
  const jobs = () => db().prisma.job.findMany({ where: { name: 'test.timed' }, orderBy: { key: 'asc' } });
  const logRows = () => db().prisma.accessLogEntry.count({ where: { onBehalfOf: 'job:test.timed' } });

  it('queues, schedules and logs nothing when the work fails', async () => {
    const failure = new Error('the change that caused it failed');
    await expect(
      unitOfWork().run(async ({ outbox, scheduler, accessLog }) => {
        await outbox.toPerson({
          professionalId: world.people.sander as string,
          view,
          idempotencyKey: 'uow:a',
        });
        await outbox.toConversation({
          platform: 'tryout',
          target: `channel:${world.channelId}`,
          view,
          idempotencyKey: 'uow:b',
        });
        await scheduler.schedule({ useCase: 'test.timed', key: 'uow:c', at, input: { n: 1 } });
        await accessLog.record({
          actorId: null,
          onBehalfOf: 'job:test.timed',
          householdId: world.households['HH-2041'] ?? null,
          kind: 'conference',
          action: 'view',
          channel: 'job',
          outcome: 'ok',
        });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await outboxRows(db(), 'uow:')).toEqual([]);
    expect(await jobs()).toEqual([]);
    expect(await logRows()).toBe(0);
  });

  it('commits what it queued, scheduled and logged together', async () => {
    const result = await unitOfWork().run(async ({ outbox, scheduler, accessLog }) => {
      await outbox.toConversation({
        platform: 'tryout',
        target: `channel:${world.channelId}`,
        view,
        idempotencyKey: 'uow:b',
      });
      await scheduler.schedule({ useCase: 'test.timed', key: 'uow:c', at, input: { n: 1 } });
      await accessLog.record({
        actorId: null,
        onBehalfOf: 'job:test.timed',
        kind: 'conference',
        action: 'view',
        channel: 'job',
        outcome: 'ok',
      });
      return 'done';
    });
    expect(result).toBe('done');
    expect((await outboxRows(db(), 'uow:')).map((m) => m.target)).toEqual([`channel:${world.channelId}`]);
    expect(await jobs()).toMatchObject([{ key: 'uow:c', payload: { n: 1 }, runAt: at, status: 'queued' }]);
    expect(await logRows()).toBe(1);
  });

  it('sends a person one message on each platform they use, once however often it is queued', async () => {
    const sander = world.people.sander as string;
    const queue = () =>
      unitOfWork().run(({ outbox }) =>
        outbox.toPerson({ professionalId: sander, view, idempotencyKey: 'uow:p' }),
      );
    expect(await queue()).toBe(2);
    expect(await queue()).toBe(0);
    const rows = await outboxRows(db(), 'uow:p');
    expect(rows.map((m) => `${m.idempotencyKey} ${m.platform} ${m.target}`)).toEqual([
      `uow:p:slack slack user:${sander}`,
      `uow:p:tryout tryout user:${sander}`,
    ]);
  });

  it('queues many people at once as it queues each, each message with its send job, once per key', async () => {
    const sander = world.people.sander as string;
    const yara = world.people.yara as string;
    const esra = world.people.esra as string;
    const other: View = { fallbackText: 'Andere herinnering', blocks: [] };
    const queue = () =>
      unitOfWork().run(({ outbox }) =>
        outbox.toPeople([
          { professionalId: sander, view, idempotencyKey: 'uow:many:s' },
          { professionalId: esra, view, idempotencyKey: 'uow:many:e' },
          { professionalId: yara, view: other, idempotencyKey: 'uow:many:y', notBefore: at },
        ]),
      );
    const yaraPlatforms = await db().prisma.platformIdentity.count({ where: { professionalId: yara } });
    expect(await queue()).toBe(2 + yaraPlatforms);
    expect(await queue()).toBe(0);
    const rows = await outboxRows(db(), 'uow:many:');
    expect(rows.filter((m) => m.target === `user:${sander}`).map((m) => m.idempotencyKey)).toEqual([
      'uow:many:s:slack',
      'uow:many:s:tryout',
    ]);
    expect(rows.filter((m) => m.target === `user:${yara}`).map((m) => m.view)).toEqual(
      Array(yaraPlatforms).fill(other),
    );
    const sendJobs = await db().prisma.job.findMany({
      where: { name: 'outbox.send', key: { startsWith: 'outbox.send:uow:many:' } },
      orderBy: { key: 'asc' },
    });
    expect(sendJobs.map((job) => job.key)).toEqual(rows.map((m) => `outbox.send:${m.idempotencyKey}`));
    expect(sendJobs.filter((job) => job.runAt.getTime() === at.getTime())).toHaveLength(yaraPlatforms);
  });

  it('sends nothing to a person without a chat account', async () => {
    const esra = world.people.esra as string;
    const queued = await unitOfWork().run(({ outbox }) =>
      outbox.toPerson({ professionalId: esra, view, idempotencyKey: 'uow:e' }),
    );
    expect(queued).toBe(0);
    expect(await outboxRows(db(), 'uow:e')).toEqual([]);
  });

  it('queues a conversation message once per key', async () => {
    const queue = () =>
      unitOfWork().run(({ outbox }) =>
        outbox.toConversation({
          platform: 'tryout',
          target: `channel:${world.channelId}`,
          view,
          idempotencyKey: 'uow:c1',
        }),
      );
    expect([await queue(), await queue()]).toEqual([true, false]);
    expect(await outboxRows(db(), 'uow:c1')).toHaveLength(1);
  });

  it('keeps one job when the same key is scheduled twice', async () => {
    const schedule = (n: number) =>
      unitOfWork().run(({ scheduler }) =>
        scheduler.schedule({ useCase: 'test.timed', key: 'uow:once', at, input: { n } }),
      );
    expect([await schedule(1), await schedule(2)]).toEqual([true, false]);
    expect(await jobs()).toMatchObject([{ key: 'uow:once', payload: { n: 1 } }]);
  });

  it('cancels a waiting job by its key, after which the key can be scheduled again', async () => {
    const later = new Date(at.getTime() + 86_400_000);
    await unitOfWork().run(({ scheduler }) =>
      scheduler.schedule({ useCase: 'test.timed', key: 'uow:move', at, input: {} }),
    );
    expect(await unitOfWork().run(({ scheduler }) => scheduler.cancel('uow:move'))).toBe(true);
    expect(await jobs()).toEqual([]);
    expect(await unitOfWork().run(({ scheduler }) => scheduler.cancel('uow:move'))).toBe(false);
    await unitOfWork().run(({ scheduler }) =>
      scheduler.schedule({ useCase: 'test.timed', key: 'uow:move', at: later, input: {} }),
    );
    expect(await jobs()).toMatchObject([{ key: 'uow:move', runAt: later, status: 'queued' }]);
  });

  it('leaves a job that is running or done when asked to cancel it', async () => {
    await unitOfWork().run(async ({ scheduler }) => {
      await scheduler.schedule({ useCase: 'test.timed', key: 'uow:running', at, input: {} });
      await scheduler.schedule({ useCase: 'test.timed', key: 'uow:done', at, input: {} });
    });
    await db().prisma.job.update({ where: { key: 'uow:running' }, data: { status: 'running' } });
    await db().prisma.job.update({ where: { key: 'uow:done' }, data: { status: 'completed' } });
    const cancelled = await unitOfWork().run(async ({ scheduler }) => [
      await scheduler.cancel('uow:running'),
      await scheduler.cancel('uow:done'),
    ]);
    expect(cancelled).toEqual([false, false]);
    expect((await jobs()).map((j) => `${j.key} ${j.status}`)).toEqual([
      'uow:done completed',
      'uow:running running',
    ]);
  });

  it('keeps a cancelled job when the cancelling work rolls back', async () => {
    await unitOfWork().run(({ scheduler }) =>
      scheduler.schedule({ useCase: 'test.timed', key: 'uow:kept', at, input: {} }),
    );
    await expect(
      unitOfWork().run(async ({ scheduler }) => {
        await scheduler.cancel('uow:kept');
        throw new Error('renewal failed');
      }),
    ).rejects.toThrow('renewal failed');
    expect(await jobs()).toMatchObject([{ key: 'uow:kept', status: 'queued' }]);
  });
});
