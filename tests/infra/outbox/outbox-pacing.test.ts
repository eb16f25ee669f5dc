import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { channel, OutboxWorld, second, start } from './outbox-test-kit.ts';

describeEachDatabase('pacing outbox messages per conversation', (db) => {
  let world: OutboxWorld;
  beforeEach(async () => {
    world = await OutboxWorld.create(db());
  });

  it('sends three Slack messages queued at once to one channel at least a second apart', async () => {
    for (const key of ['a', 'b', 'c']) await world.queue(key, { target: channel('noord') });

    await world.runFor(world.runner(), 5 * second);
    const [first, middle, last] = world.slack.offsets(start);
    expect(world.slack.calls).toHaveLength(3);
    expect(first).toBe(0);
    expect(middle! - first!).toBeGreaterThanOrEqual(second);
    expect(last! - middle!).toBeGreaterThanOrEqual(second);
    // Paced, not merely delayed: the third goes as soon as its place frees up.
    expect(last).toBeLessThanOrEqual(2 * second + 200);
    const rows = await db().prisma.outboxMessage.findMany({ orderBy: { sentAt: 'asc' } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
      ['sent', 1],
    ]);
  });

  it('does not hold up a Slack channel for another channel’s messages', async () => {
    await world.queue('noord-1', { target: channel('noord') });
    await world.queue('noord-2', { target: channel('noord') });
    await world.queue('zuid-1', { target: channel('zuid') });

    await world.runFor(world.runner(), 3 * second);
    const sentAt = (key: string) => world.slack.callsFor(key)[0]!.at.getTime() - start.getTime();
    expect(sentAt('zuid-1')).toBe(0);
    expect([sentAt('noord-1'), sentAt('noord-2')].sort((a, b) => a - b)).toEqual([0, second]);
  });

  it('holds the 8th Teams message within one second until the second is over', async () => {
    for (let i = 1; i <= 8; i += 1)
      await world.queue(`teams-${i}`, { platform: 'teams', target: 'channel:overleg' });

    await world.runFor(world.runner(), 3 * second);
    const offsets = world.teams.offsets(start);
    expect(offsets.filter((at) => at < second)).toHaveLength(7);
    expect(offsets.filter((at) => at >= second)).toHaveLength(1);
  });

  it('keeps a Teams conversation to 60 messages in any 30 seconds', async () => {
    for (let i = 1; i <= 61; i += 1)
      await world.queue(`teams-${i}`, { platform: 'teams', target: 'user:p1' });

    await world.runFor(world.runner(), 35 * second, 250);
    const offsets = world.teams.offsets(start).sort((a, b) => a - b);
    expect(offsets).toHaveLength(61);
    for (const [index, at] of offsets.entries()) {
      expect(offsets.filter((other) => other >= at && other < at + second).length).toBeLessThanOrEqual(7);
      if (index >= 60) expect(at - offsets[index - 60]!).toBeGreaterThanOrEqual(30 * second);
    }
  });

  it('does not pace the try-out page', async () => {
    for (let i = 1; i <= 10; i += 1)
      await world.queue(`tryout-${i}`, { platform: 'tryout', target: 'user:demo' });

    await world.drain(world.runner());
    expect(world.tryout.offsets(start)).toEqual(Array(10).fill(0));
  });

  it('counts a send in flight toward the window, so two runners do not both take the last place', async () => {
    world.slack.failNext('hang');
    await world.queue('first', { target: channel('noord') });
    await world.queue('second', { target: channel('noord') });
    const stuck = world.runner({ concurrency: 1, instanceId: 'stuck' });
    void stuck.runDueJobsOnce();
    await expect.poll(() => world.slack.calls.length).toBe(1);

    await world.drain(world.runner({ instanceId: 'other' }));
    expect(world.slack.calls).toHaveLength(1);
    await stuck.stop({ graceMs: 0 });
  });
});
