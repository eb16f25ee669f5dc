import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { channel, OutboxWorld, second } from './outbox-test-kit.ts';

describeEachDatabase('the outbox across restarts', (db) => {
  let world: OutboxWorld;
  beforeEach(async () => {
    world = await OutboxWorld.create(db());
  });

  it('sends everything still pending exactly once after a runner stops and a new one starts', async () => {
    const keys = ['nudge:1', 'nudge:2', 'nudge:3'];
    for (const key of keys) await world.queue(key, { target: channel(key) });
    const before = world.runner({ concurrency: 1, instanceId: 'before-restart' });
    await before.runDueJobsOnce();
    await before.stop();
    expect(world.slack.calls).toHaveLength(1);

    await world.runFor(world.runner({ instanceId: 'after-restart' }), 10 * second);
    for (const key of keys) expect(world.slack.callsFor(key)).toHaveLength(1);
    const statuses = await db().prisma.outboxMessage.findMany({ select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('sends again, with the same idempotency key, a message whose worker died waiting for the platform', async () => {
    world.slack.failNext('hang');
    await world.queue('nudge:1');
    const dying = world.runner({ concurrency: 1, leaseMs: 10 * second, instanceId: 'dying' });
    void dying.runDueJobsOnce();
    await expect.poll(() => world.slack.calls.length).toBe(1);
    await dying.stop({ graceMs: 0 });

    const survivor = world.runner({ leaseMs: 10 * second, instanceId: 'survivor' });
    await world.runFor(survivor, 10 * second - 100);
    expect(world.slack.calls).toHaveLength(1);
    await world.runFor(survivor, 200);
    expect(world.slack.callsFor('nudge:1')).toHaveLength(2);
    expect(await world.message('nudge:1')).toMatchObject({
      status: 'sent',
      attempts: 2,
      platformMessageId: 'slack-message-2',
    });
    await world.runFor(survivor, 60 * second, second);
    expect(world.slack.calls).toHaveLength(2);
  });
});
