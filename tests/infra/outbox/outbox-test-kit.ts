import type { ConversationKey } from '../../../src/app/ports/messenger.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { createJobRunner, type JobRunner } from '../../../src/infra/jobs/job-runner.ts';
import type { SqlTarget } from '../../../src/infra/jobs/sql-client.ts';
import { outboxSendJobName } from '../../../src/infra/outbox/outbox-job.ts';
import { createOutboxSender, type OutboxSenderOptions } from '../../../src/infra/outbox/outbox-sender.ts';
import { type NewOutboxMessage, queueMessage } from '../../../src/infra/outbox/queue-message.ts';
import { createView, text } from '../../../src/views/view-model.ts';
import { truncateAll } from '../../support/databases.ts';
import { ManualClock } from '../jobs/job-test-helpers.ts';
import { FakeMessenger } from './fake-messenger.ts';

export const start = new Date('2030-03-04T09:00:00.000Z');
export const second = 1000;

export interface RunnerOptions extends Partial<Omit<OutboxSenderOptions, 'db' | 'clock'>> {
  concurrency?: number;
  leaseMs?: number;
  instanceId?: string;
}

/** A clean database, a manual clock, one fake messenger per platform, and real job runners to drive. */
export class OutboxWorld {
  readonly clock = new ManualClock(start);
  readonly slack = new FakeMessenger('slack', this.clock);
  readonly teams = new FakeMessenger('teams', this.clock);
  readonly tryout = new FakeMessenger('tryout', this.clock);

  private constructor(readonly db: Database) {}

  static async create(db: Database): Promise<OutboxWorld> {
    await truncateAll(db);
    return new OutboxWorld(db);
  }

  /** Several workers by default, so pacing has to hold between jobs running side by side. */
  runner({ concurrency = 4, leaseMs, instanceId, ...sender }: RunnerOptions = {}): JobRunner {
    const handler = createOutboxSender({
      db: this.db,
      clock: this.clock,
      messengers: [this.slack, this.teams, this.tryout],
      ...sender,
    });
    return createJobRunner({
      db: this.db,
      clock: this.clock,
      handlers: { [outboxSendJobName]: handler },
      concurrency,
      pollIntervalMs: 10,
      ...(leaseMs ? { leaseMs } : {}),
      ...(instanceId ? { instanceId } : {}),
    });
  }

  /** Runs everything due at the clock's current time, including jobs that became due while running. */
  async drain(runner: JobRunner): Promise<void> {
    for (let round = 0; round < 1000; round += 1) {
      if ((await runner.runDueJobsOnce()) === 0) return;
    }
    throw new Error('jobs kept becoming due without the clock moving');
  }

  /** Moves the clock forward in steps, running what is due at each one. */
  async runFor(runner: JobRunner, ms: number, stepMs = 100): Promise<void> {
    await this.drain(runner);
    for (let elapsed = 0; elapsed < ms; elapsed += stepMs) {
      this.clock.advance(stepMs);
      await this.drain(runner);
    }
  }

  queue(
    idempotencyKey: string,
    options: Partial<Omit<NewOutboxMessage, 'idempotencyKey'>> = {},
    target: SqlTarget = this.db,
  ) {
    return queueMessage(target, {
      idempotencyKey,
      platform: 'slack',
      target: 'channel:team-noord',
      view: reminderView(idempotencyKey),
      ...options,
    });
  }

  message(idempotencyKey: string) {
    return this.db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey } });
  }
}

export function reminderView(key: string) {
  return createView(`Herinnering ${key}`, [text('Er staat een actie voor je open.')]);
}

export function channel(id: string): ConversationKey {
  return `channel:${id}`;
}
