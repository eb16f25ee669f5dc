import type { AccessRecord } from '../../src/app/ports/access-log.ts';
import type { ConversationKey, MessagePlatform } from '../../src/app/ports/messenger.ts';
import type { PersonMessage } from '../../src/app/ports/outbox.ts';
import type { UnitOfWork, WorkPorts } from '../../src/app/ports/unit-of-work.ts';
import type { View } from '../../src/views/view-model.ts';

export interface FakeMessage {
  idempotencyKey: string;
  platform: MessagePlatform;
  target: ConversationKey;
  view: View;
  notBefore?: Date;
}

export interface FakeJob {
  useCase: string;
  key: string;
  at: Date;
  input: unknown;
}

/**
 * The unit-of-work, outbox, scheduler and access-log ports in memory, for use-case tests. It keeps the
 * adapters' promises (tests/infra/work prove them on both databases): what a failed `run` queued, scheduled
 * or logged is dropped; the first message or waiting job per key wins; a person is reached on each platform
 * in `platforms` under `<key>:<platform>`.
 */
export class FakeWork implements UnitOfWork {
  readonly messages: FakeMessage[] = [];
  readonly jobs: FakeJob[] = [];
  readonly accessLog: AccessRecord[] = [];
  /** Platforms per professional id; a person not listed has no chat account. */
  constructor(private readonly platforms: Record<string, MessagePlatform[]> = {}) {}

  async run<T>(work: (ports: WorkPorts) => Promise<T>): Promise<T> {
    const messages = [...this.messages];
    const jobs = [...this.jobs];
    const log = [...this.accessLog];
    const queue = (message: FakeMessage): boolean => {
      if (messages.some((m) => m.idempotencyKey === message.idempotencyKey)) return false;
      messages.push(message);
      return true;
    };
    const toPerson = async ({ professionalId, view, idempotencyKey, notBefore }: PersonMessage) =>
      (this.platforms[professionalId] ?? []).filter((platform) =>
        queue({
          idempotencyKey: `${idempotencyKey}:${platform}`,
          platform,
          target: `user:${professionalId}`,
          view,
          ...(notBefore ? { notBefore } : {}),
        }),
      ).length;
    const result = await work({
      outbox: {
        toPerson,
        toPeople: async (list) => {
          let created = 0;
          for (const message of list) created += await toPerson(message);
          return created;
        },
        toConversation: async ({ platform, target, view, idempotencyKey, notBefore }) =>
          queue({ idempotencyKey, platform, target, view, ...(notBefore ? { notBefore } : {}) }),
      },
      scheduler: {
        schedule: async (job) => {
          if (jobs.some((j) => j.key === job.key)) return false;
          jobs.push(job);
          return true;
        },
        cancel: async (key) => {
          const index = jobs.findIndex((j) => j.key === key);
          if (index < 0) return false;
          jobs.splice(index, 1);
          return true;
        },
      },
      accessLog: { record: async (entry) => void log.push(entry) },
    });
    // Committed: only now does the outside see it.
    this.messages.splice(0, this.messages.length, ...messages);
    this.jobs.splice(0, this.jobs.length, ...jobs);
    this.accessLog.splice(0, this.accessLog.length, ...log);
    return result;
  }
}
