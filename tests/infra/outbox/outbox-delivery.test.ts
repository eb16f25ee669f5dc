import { beforeEach, expect, it } from 'vitest';
import { DeliveryError, type DeliveryFailure } from '../../../src/app/ports/messenger.ts';
import { outboxJobKey } from '../../../src/infra/outbox/outbox-job.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { OutboxWorld, second, start } from './outbox-test-kit.ts';

describeEachDatabase('delivering an outbox message', (db) => {
  let world: OutboxWorld;
  beforeEach(async () => {
    world = await OutboxWorld.create(db());
  });

  it('waits out a 429 Retry-After of 30 s before the next attempt, then sends', async () => {
    world.slack.failNext(new DeliveryError('rate-limited', 'Slack answered 429', 30 * second));
    await world.queue('nudge:a1');
    const runner = world.runner();

    await world.runFor(runner, 30 * second - 100);
    expect(world.slack.offsets(start)).toEqual([0]);
    expect(await world.message('nudge:a1')).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'rate-limited: Slack answered 429',
      sentAt: null,
    });

    await world.runFor(runner, 100);
    expect(world.slack.offsets(start)).toEqual([0, 30 * second]);
    expect(await world.message('nudge:a1')).toMatchObject({
      status: 'sent',
      attempts: 2,
      platformMessageId: 'slack-message-2',
      lastError: null,
    });
  });

  it.each<DeliveryFailure>(['server', 'precondition', 'network'])(
    'retries a %s failure with growing backoff, then sends',
    async (failure) => {
      world.teams.failNext(
        new DeliveryError(failure, `${failure} trouble`),
        new DeliveryError(failure, `${failure} trouble`),
      );
      await world.queue('nudge:a1', { platform: 'teams', target: 'user:p1' });

      await world.runFor(world.runner(), 20 * second);
      // Default backoff: 2 s after the first attempt, 4 s after the second.
      expect(world.teams.offsets(start)).toEqual([0, 2 * second, 6 * second]);
      expect(await world.message('nudge:a1')).toMatchObject({ status: 'sent', attempts: 3 });
    },
  );

  it('treats an unclassified messenger error as retryable and records only its class', async () => {
    world.slack.failNext(new TypeError('fetch failed for household Jansen'));
    await world.queue('nudge:a1');
    const runner = world.runner();

    await world.drain(runner);
    expect((await world.message('nudge:a1')).lastError).toBe('unexpected: TypeError');
    await world.runFor(runner, 5 * second);
    expect(world.slack.calls).toHaveLength(2);
    expect((await world.message('nudge:a1')).status).toBe('sent');
  });

  it('marks a permanent failure failed with its kind and message and never tries again', async () => {
    world.slack.failNext(new DeliveryError('permanent', 'channel_not_found'));
    await world.queue('nudge:a1');

    await world.runFor(world.runner(), 3_600 * second, 60 * second);
    expect(world.slack.calls).toHaveLength(1);
    expect(await world.message('nudge:a1')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'permanent: channel_not_found',
      platformMessageId: null,
      sentAt: null,
    });
    expect(await db().prisma.job.count({ where: { status: { in: ['queued', 'running'] } } })).toBe(0);
  });

  it('gives up after maxAttempts retryable failures', async () => {
    const outage = new DeliveryError('server', 'Slack answered 503');
    world.slack.failNext(outage, outage, outage, outage);
    await world.queue('nudge:a1');

    await world.runFor(world.runner({ maxAttempts: 3 }), 600 * second, second);
    expect(world.slack.calls).toHaveLength(3);
    expect(await world.message('nudge:a1')).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastError: 'server: Slack answered 503',
    });
  });

  it('fails a message for a platform this instance has no messenger for, without calling any', async () => {
    await world.queue('nudge:a1', { platform: 'teams', target: 'user:p1' });

    await world.drain(world.runner({ messengers: [world.slack] }));
    expect(world.teams.calls).toHaveLength(0);
    expect(await world.message('nudge:a1')).toMatchObject({
      status: 'failed',
      lastError: 'permanent: no messenger for platform teams',
    });
  });

  it('does not send a message again when its job runs again after it was sent', async () => {
    await world.queue('nudge:a1');
    const runner = world.runner();
    await world.drain(runner);

    await requeueJob(outboxJobKey({ idempotencyKey: 'nudge:a1', link: 0 }));
    world.clock.advance(second);
    await world.drain(runner);
    expect(world.slack.calls).toHaveLength(1);
    expect((await world.message('nudge:a1')).platformMessageId).toBe('slack-message-1');
  });

  it('does not send a message that was marked sent before its job ran', async () => {
    const { id } = await world.queue('nudge:a1');
    await db().prisma.outboxMessage.update({
      where: { id },
      data: { status: 'sent', sentAt: start, platformMessageId: 'sent-elsewhere' },
    });

    await world.drain(world.runner());
    expect(world.slack.calls).toHaveLength(0);
    expect((await world.message('nudge:a1')).platformMessageId).toBe('sent-elsewhere');
  });

  it('ignores a job re-run whose retry was already scheduled, so the retry is the only next send', async () => {
    world.slack.failNext(new DeliveryError('server', 'Slack answered 500'));
    await world.queue('nudge:a1');
    const runner = world.runner();
    await world.drain(runner);

    // As if the first job's worker died after scheduling the retry but before marking its job completed.
    await requeueJob(outboxJobKey({ idempotencyKey: 'nudge:a1', link: 0 }));
    await world.drain(runner);
    expect(world.slack.calls).toHaveLength(1);
    await world.runFor(runner, 5 * second);
    expect(world.slack.calls).toHaveLength(2);
    expect(await world.message('nudge:a1')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  async function requeueJob(key: string): Promise<void> {
    await db().prisma.job.update({
      where: { key },
      data: { status: 'queued', runAt: world.clock.now(), completedAt: null },
    });
  }
});
