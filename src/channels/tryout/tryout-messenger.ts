import { randomUUID } from 'node:crypto';
import type { ConversationKey, Messenger, OutgoingMessage, SentMessage } from '../../app/ports/messenger.ts';
import type { View } from '../../views/view-model.ts';
import { type HubListener, type HubSubscription, MessageHub } from './message-hub.ts';
import { renderViewHtml } from './render-html.ts';

/** Idempotency keys remembered; far more than the outbox ever retries at once. */
const REMEMBERED_SENDS = 1000;

/**
 * The try-out page as a messaging platform: `send` renders the view once and hands it to the hub, which
 * pushes it to open pages (GET /tryout/events) and keeps it for pages that open later.
 */
export class TryoutMessenger implements Messenger {
  readonly platform = 'tryout' as const;
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly hub: MessageHub = new MessageHub(),
    private readonly newId: () => string = () => `tryout-${randomUUID()}`,
  ) {}

  async send({ target, view, idempotencyKey }: OutgoingMessage): Promise<SentMessage> {
    // The outbox retries with the same key after a crash between send and bookkeeping; the page must
    // not show the message twice, so a repeat answers with the first id and publishes nothing.
    const earlier = this.sent.get(idempotencyKey);
    if (earlier !== undefined) return { platformMessageId: earlier };
    const id = this.newId();
    this.sent.set(idempotencyKey, id);
    if (this.sent.size > REMEMBERED_SENDS) {
      const oldest = this.sent.keys().next().value;
      if (oldest !== undefined) this.sent.delete(oldest);
    }
    this.hub.publish({ id, target, html: renderViewHtml(view), fallbackText: view.fallbackText });
    return { platformMessageId: id };
  }

  /** A pressed message's new state, like Slack's replace_original: kept for pages that open later. */
  update(target: ConversationKey, id: string, view: View): boolean {
    return this.hub.replace(target, id, { html: renderViewHtml(view), fallbackText: view.fallbackText });
  }

  subscribe(keys: readonly ConversationKey[], listener: HubListener): HubSubscription {
    return this.hub.subscribe(keys, listener);
  }

  /** How many open pages listen to a conversation; lets tests check a closed page was cleaned up. */
  listenerCount(key: ConversationKey): number {
    return this.hub.listenerCount(key);
  }
}
