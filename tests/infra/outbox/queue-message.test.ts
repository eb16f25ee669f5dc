import { beforeEach, expect, it } from 'vitest';
import { outboxSendJobName } from '../../../src/infra/outbox/outbox-job.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { OutboxWorld, second, start } from './outbox-test-kit.ts';

describeEachDatabase('queueing an outbox message', (db) => {
  let world: OutboxWorld;
  beforeEach(async () => {
    world = await OutboxWorld.create(db());
  });

  it('never sends a message queued inside a transaction that rolled back', async () => {
    const rollback = new Error('the nudge could not be recorded');
    await expect(
      db().prisma.$transaction(async (tx) => {
        await world.queue('nudge:a1', {}, tx);
        throw rollback;
      }),
    ).rejects.toBe(rollback);

    await world.runFor(world.runner(), 10 * second);
    expect(world.slack.calls).toHaveLength(0);
    expect(await db().prisma.outboxMessage.count()).toBe(0);
    expect(await db().prisma.job.count()).toBe(0);
  });

  it('sends a message queued in a committed transaction once and records the platform id', async () => {
    await db().prisma.$transaction((tx) => world.queue('nudge:a1', {}, tx));

    await world.runFor(world.runner(), 10 * second);
    expect(world.slack.calls).toHaveLength(1);
    expect(world.slack.calls[0]?.message).toMatchObject({
      target: 'channel:team-noord',
      idempotencyKey: 'nudge:a1',
      view: { fallbackText: 'Herinnering nudge:a1' },
    });
    const row = await world.message('nudge:a1');
    expect(row).toMatchObject({
      status: 'sent',
      platformMessageId: 'slack-message-1',
      attempts: 1,
      lastError: null,
    });
    expect(row.sentAt).toEqual(start);
  });

  it('gives one message, one job and one send for the same idempotency key queued twice', async () => {
    const first = await db().prisma.$transaction((tx) => world.queue('digest:t1:2030-03-04', {}, tx));
    const again = await world.queue('digest:t1:2030-03-04', { target: 'channel:elsewhere' });

    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(await db().prisma.outboxMessage.count()).toBe(1);
    expect(await db().prisma.job.count({ where: { name: outboxSendJobName } })).toBe(1);
    await world.runFor(world.runner(), 10 * second);
    expect(world.slack.calls.map((call) => call.message.target)).toEqual(['channel:team-noord']);
  });

  it('holds a message until its notBefore', async () => {
    await world.queue('reminder:m1', { notBefore: new Date(start.getTime() + 60 * second) });
    const runner = world.runner();

    await world.runFor(runner, 60 * second - 100);
    expect(world.slack.calls).toHaveLength(0);
    await world.runFor(runner, 100);
    expect(world.slack.offsets(start)).toEqual([60 * second]);
  });

  it('refuses a message without an idempotency key or with a malformed target', async () => {
    await expect(world.queue('')).rejects.toMatchObject({ code: 'outbox-message-invalid' });
    await expect(world.queue('k', { target: 'team-noord' as 'channel:x' })).rejects.toMatchObject({
      code: 'outbox-message-invalid',
    });
    expect(await db().prisma.outboxMessage.count()).toBe(0);
  });
});
