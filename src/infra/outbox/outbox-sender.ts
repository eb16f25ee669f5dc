import { type Clock, systemClock } from '../../app/ports/clock.ts';
import type { ConversationKey, MessagePlatform, Messenger, SentMessage } from '../../app/ports/messenger.ts';
import type { View } from '../../views/view-model.ts';
import { CodedError } from '../coded-error.ts';
import type { Database } from '../db/database.ts';
import { type Backoff, exponentialBackoff } from '../jobs/backoff.ts';
import type { Job, JobHandler } from '../jobs/job-runner.ts';
import { type Logger, silentLogger } from '../logger.ts';
import { decideAfterFailure } from './delivery-policy.ts';
import { parseOutboxJobPayload } from './outbox-job.ts';
import {
  enqueueLink,
  findMessage,
  jobExists,
  markFailed,
  markSent,
  reserveSend,
  type StoredMessage,
  scheduleRetry,
} from './outbox-store.ts';
import { type Pacing, platformPacing } from './pacing.ts';

export interface OutboxSenderOptions {
  db: Pick<Database, 'prisma'>;
  /** One per platform this instance can reach; a message for a platform without one fails permanently. */
  messengers: readonly Messenger[];
  clock?: Clock;
  logger?: Logger;
  /** Per-conversation limits; defaults to what Slack and Teams publish. */
  pacing?: Pacing;
  /** Wait after failed delivery attempt n (1-based); defaults to 2 s, 4 s, 8 s … capped at an hour. */
  backoff?: Backoff;
  /** Delivery attempts before a message is marked failed. 12 at the default backoff spans about 70 minutes. */
  maxAttempts?: number;
}

/**
 * The `outbox.send` job handler. Sends one pending message at most once per run, and never once it is sent:
 * at-least-once toward the platform (a worker that dies between the platform's answer and our write leaves
 * the message pending, and the next run sends it again), with the idempotency key passed along so a platform
 * that can deduplicate does. Delivery failures are settled here, by rescheduling the message's next job link
 * (see outbox-job.ts), not by throwing: what escapes is a database problem the runner retries.
 */
export function createOutboxSender(options: OutboxSenderOptions): JobHandler {
  const { clock = systemClock, logger = silentLogger, pacing = platformPacing } = options;
  const { backoff = exponentialBackoff(), maxAttempts = 12 } = options;
  const prisma = options.db.prisma;
  const messengers = messengersByPlatform(options.messengers);
  validatePacing(pacing);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw invalid('maxAttempts must be ≥ 1');

  return async (job: Job) => {
    const link = parseOutboxJobPayload(job.payload);
    const next = { idempotencyKey: link.idempotencyKey, link: link.link + 1 };
    // A successor exists: this run repeats a link whose work was already carried on (its worker died late).
    if (await jobExists(prisma, next)) return;
    const message = await findMessage(prisma, link.idempotencyKey);
    if (message?.status !== 'pending') return;
    const fields = { messageId: message.id, platform: message.platform, jobId: job.id };

    const messenger = messengers.get(message.platform);
    const view = isView(message.view) ? message.view : undefined;
    const target = isConversationKey(message.target) ? message.target : undefined;
    if (!messenger || !view || !target) {
      const reason = !messenger
        ? `no messenger for platform ${message.platform}`
        : 'stored view or target unusable';
      await markFailed(prisma, message.id, `permanent: ${reason}`);
      logger.error('outbox message failed for good', { ...fields, reason });
      return;
    }
    if (job.signal.aborted) return;

    const reservation = await reserveSend(prisma, message, pacing[message.platform], clock.now(), job.claim);
    if (reservation.kind === 'settled') return;
    if (reservation.kind === 'lease-lost') {
      // Not a success: the runner's completion would otherwise close a job nobody sent. Failing it is fenced
      // too, so the instance that holds the job now is unaffected; a lapsed lease nobody took is retried.
      logger.warn('outbox job lost its lease before sending; not sent by this run', fields);
      throw new CodedError('job-lease-lost', 'The job was taken over before the message was sent');
    }
    if (reservation.kind === 'wait') {
      await enqueueLink(prisma, next, reservation.until);
      logger.debug('outbox message paced', { ...fields, until: reservation.until.toISOString() });
      return;
    }

    let sent: SentMessage;
    try {
      sent = await messenger.send({ target, view, idempotencyKey: link.idempotencyKey });
    } catch (error) {
      await settleFailure(message, error, reservation.attempt, next, fields);
      return;
    }
    if (!(await markSent(prisma, message.id, sent.platformMessageId, clock.now())))
      logger.warn('outbox message was settled by another run while this one sent it', fields);
  };

  async function settleFailure(
    message: StoredMessage,
    error: unknown,
    attempt: number,
    next: { idempotencyKey: string; link: number },
    fields: Record<string, string>,
  ): Promise<void> {
    const decision = decideAfterFailure(error, { attempt, maxAttempts, now: clock.now(), backoff });
    const logged = { ...fields, attempt, failure: decision.kind };
    if (decision.retryAt) {
      await scheduleRetry(prisma, message.id, decision.lastError, next, decision.retryAt);
      logger.warn('outbox send failed, will retry', { ...logged, retryAt: decision.retryAt.toISOString() });
    } else {
      await markFailed(prisma, message.id, decision.lastError);
      logger.error('outbox message failed for good', logged);
    }
  }
}

function messengersByPlatform(list: readonly Messenger[]): ReadonlyMap<MessagePlatform, Messenger> {
  const map = new Map<MessagePlatform, Messenger>();
  for (const messenger of list) {
    if (map.has(messenger.platform)) throw invalid(`two messengers for platform ${messenger.platform}`);
    map.set(messenger.platform, messenger);
  }
  return map;
}

function validatePacing(pacing: Pacing): void {
  for (const [platform, rules] of Object.entries(pacing)) {
    for (const { limit, windowMs } of rules) {
      if (!Number.isInteger(limit) || limit < 1 || !(windowMs > 0))
        throw invalid(`pacing for ${platform} needs limit ≥ 1 and windowMs > 0`);
    }
  }
}

function invalid(message: string): CodedError {
  return new CodedError('outbox-sender-invalid', message);
}

/** The row was written from a View by queueMessage; this only guards against hand-edited rows. */
function isView(value: unknown): value is View {
  if (typeof value !== 'object' || value === null) return false;
  const { fallbackText, blocks } = value as Record<string, unknown>;
  return typeof fallbackText === 'string' && Array.isArray(blocks);
}

function isConversationKey(value: string): value is ConversationKey {
  return /^(user|channel):.+/.test(value);
}
