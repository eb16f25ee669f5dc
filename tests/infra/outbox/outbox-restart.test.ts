import { beforeEach, expect, it } from 'vitest';
import type { Job } from '../../../src/infra/jobs/job-runner.ts';
import { type ClaimedJob, claimDueJobs } from '../../../src/infra/jobs/job-store.ts';
import { createOutboxSender } from '../../../src/infra/outbox/outbox-sender.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { channel, OutboxWorld, second } from './outbox-test-kit.ts';

/** Claims the next due job as `instanceId` would, with a lease of one second, and hands it over as the runner does. */
async function claimWithOneSecondLease(world: OutboxWorld, instanceId: string): Promise<Job> {
  const [job] = await claimDueJobs(world.db.prisma, {
    now: world.clock.now(),
    instanceId,
    leaseMs: second,
    limit: 1,
  });
  if (!job) throw new Error(`${instanceId} found no job to claim`);
  return asRunBy(job, instanceId);
}

/** The job as the runner hands it to the handler, with the claim of `instanceId`. */
function asRunBy(job: ClaimedJob, instanceId: string): Job {
  return {
    id: job.id,
    name: job.name,
    key: job.key,
    payload: job.payload,
    attempt: job.attempts,
    maxAttempts: job.maxAttempts,
    signal: new AbortController().signal,
    claim: { id: job.id, instanceId, attempts: job.attempts },
  };
}

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

  it('does not post twice when a paused worker wakes up after another instance took its job over', async () => {
    await world.queue('nudge:1');
    const send = createOutboxSender({ db: db(), clock: world.clock, messengers: [world.slack] });
    const claim = (instanceId: string) => claimWithOneSecondLease(world, instanceId);
    const paused = await claim('paused');
    world.clock.advance(2 * second);
    const takenOver = await claim('awake');

    // The instance that took the job over is waiting for Slack when the paused one wakes up: the message is
    // still pending, so only the claim tells the paused worker it must not post it too.
    world.slack.failNext('hang');
    void send(takenOver);
    await expect.poll(() => world.slack.calls.length).toBe(1);
    await expect(send(paused)).rejects.toThrow(/taken over/);
    expect(world.slack.callsFor('nudge:1')).toHaveLength(1);
    expect(await world.message('nudge:1')).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('holds back a worker whose lease lapsed before it sent, and sends once when the job runs again', async () => {
    await world.queue('nudge:1');
    const send = createOutboxSender({ db: db(), clock: world.clock, messengers: [world.slack] });
    const slow = await claimWithOneSecondLease(world, 'slow');
    world.clock.advance(2 * second);
    await expect(send(slow)).rejects.toThrow(/taken over/);
    expect(world.slack.calls).toHaveLength(0);

    await world.runFor(world.runner({ instanceId: 'next' }), 10 * second);
    expect(world.slack.callsFor('nudge:1')).toHaveLength(1);
    expect(await world.message('nudge:1')).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
