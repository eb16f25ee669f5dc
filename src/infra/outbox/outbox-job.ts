import { z } from 'zod';
import { CodedError } from '../coded-error.ts';

/** The job handler name to register with the job runner: `{ [outboxSendJobName]: createOutboxSender(…) }`. */
export const outboxSendJobName = 'outbox.send';

/**
 * A message's jobs form a chain: link 0 is queued with the message, and every reschedule (a retry, or a wait
 * for the conversation's pacing) queues link n+1 and completes link n. The next key follows from the current
 * one alone, so a link re-run after a crash enqueues the same successor (ON CONFLICT DO NOTHING) instead of
 * starting a second chain, and a link whose successor already exists knows it is stale. We reschedule this
 * way rather than by throwing because the runner's backoff is one curve for all jobs and cannot honour a
 * platform's Retry-After.
 */
export interface OutboxJobPayload {
  idempotencyKey: string;
  link: number;
}

const payloadSchema = z.object({
  idempotencyKey: z.string().min(1),
  link: z.number().int().min(0),
});

/**
 * `outbox.send:<key>` for link 0 and `outbox.send#<n>:<key>` after it: the prefixes differ, so no idempotency
 * key (which may itself contain `#`) can produce another message's job key.
 */
export function outboxJobKey({ idempotencyKey, link }: OutboxJobPayload): string {
  return link === 0
    ? `${outboxSendJobName}:${idempotencyKey}`
    : `${outboxSendJobName}#${link}:${idempotencyKey}`;
}

export function parseOutboxJobPayload(payload: unknown): OutboxJobPayload {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success)
    throw new CodedError('outbox-job-invalid', 'An outbox.send job has an invalid payload');
  return parsed.data;
}

/**
 * Runner-level attempts of one link. The sender handles delivery failures itself; the runner only retries
 * what escapes it (the database being away), and a link that fails for good leaves its message pending.
 * 20 attempts at the runner's default backoff (2 s, 4 s … capped at an hour) ride out a long outage.
 */
export const outboxJobMaxAttempts = 20;
