import type { View } from '../../views/view-model.ts';

/**
 * How the outbox reaches a platform. One Messenger per platform (Slack, Teams, try-out); the outbox decides
 * when to send and retries, the messenger only renders the view and makes the one call.
 */
export type MessagePlatform = 'slack' | 'teams' | 'tryout';

/**
 * Where a message goes, as stored in OutboxMessage.target and ConversationReference.key:
 * `user:<professionalId>` for a direct message, `channel:<teamChannelId>` for a team channel.
 */
export type ConversationKey = `user:${string}` | `channel:${string}`;

export interface OutgoingMessage {
  target: ConversationKey;
  view: View;
  /** Decided before the first attempt; the same on every retry of this message. */
  idempotencyKey: string;
}

export interface SentMessage {
  /** Slack `channel:ts`, Teams activity id, try-out message id: enough to update or redact it later. */
  platformMessageId: string;
}

export interface Messenger {
  readonly platform: MessagePlatform;
  send(message: OutgoingMessage): Promise<SentMessage>;
}

/**
 * Why a send failed, so the outbox can decide: retry later (rate-limited, server, precondition, network) or
 * give up (permanent: no conversation reference, channel not found, token revoked…).
 */
export type DeliveryFailure = 'rate-limited' | 'server' | 'precondition' | 'network' | 'permanent';

export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    /** From the platform's Retry-After header, when it sent one. */
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DeliveryError';
  }
}
