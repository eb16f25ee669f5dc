import type { ConversationKey } from '../../app/ports/messenger.ts';

/** One message as the try-out delivers it: already rendered, so a late listener gets exactly what was sent. */
export interface HubMessage {
  /** Send order across all conversations, so two backlogs replay interleaved as they were sent. */
  seq: number;
  /** The platformMessageId the messenger returned. */
  id: string;
  target: ConversationKey;
  html: string;
  fallbackText: string;
}

export type HubListener = (message: HubMessage) => void;

export interface HubSubscription {
  /** What was kept for the subscribed conversations, oldest first. */
  backlog: HubMessage[];
  unsubscribe(): void;
}

export interface HubLimits {
  /** Messages kept per conversation for pages that connect later. */
  perConversation: number;
  /** Conversations kept at all; the least recently used one is forgotten first. */
  conversations: number;
}

export const DEFAULT_HUB_LIMITS: HubLimits = { perConversation: 50, conversations: 1000 };

/**
 * The try-out's in-process "platform": it keeps the last messages per conversation and hands new ones to
 * whoever listens. Memory only, bounded both ways: the try-out is a demo, and a message lost at a restart
 * costs nothing, but a page opened after a proactive message should still see it.
 */
export class MessageHub {
  private seq = 0;
  private readonly backlogs = new Map<ConversationKey, HubMessage[]>();
  private readonly listeners = new Map<ConversationKey, Set<HubListener>>();

  constructor(private readonly limits: HubLimits = DEFAULT_HUB_LIMITS) {}

  publish(message: Omit<HubMessage, 'seq'>): HubMessage {
    const published: HubMessage = { ...message, seq: ++this.seq };
    const backlog = this.backlogs.get(message.target) ?? [];
    // Delete and set again moves the conversation to the end, so the map's first key is the least recent.
    this.backlogs.delete(message.target);
    this.backlogs.set(message.target, [...backlog, published].slice(-this.limits.perConversation));
    while (this.backlogs.size > this.limits.conversations) {
      const oldest = this.backlogs.keys().next().value;
      if (oldest === undefined) break;
      this.backlogs.delete(oldest);
    }
    for (const listener of this.listeners.get(message.target) ?? []) listener(published);
    return published;
  }

  /**
   * The backlog and the live listener are taken in one synchronous step, so no message can fall between
   * "what was kept" and "what comes next".
   */
  subscribe(keys: readonly ConversationKey[], listener: HubListener): HubSubscription {
    const backlog = keys.flatMap((key) => this.backlogs.get(key) ?? []).sort((a, b) => a.seq - b.seq);
    for (const key of keys) {
      const set = this.listeners.get(key) ?? new Set();
      set.add(listener);
      this.listeners.set(key, set);
    }
    return {
      backlog,
      unsubscribe: () => {
        for (const key of keys) {
          const set = this.listeners.get(key);
          set?.delete(listener);
          if (set?.size === 0) this.listeners.delete(key);
        }
      },
    };
  }

  /**
   * Replaces a kept message of `target` with its new content (a pressed invitation now says "You accepted"),
   * so a page that opens later shows it as it is now. False when the message is not kept there.
   */
  replace(target: ConversationKey, id: string, content: Pick<HubMessage, 'html' | 'fallbackText'>): boolean {
    const backlog = this.backlogs.get(target);
    const index = backlog?.findIndex((message) => message.id === id) ?? -1;
    if (!backlog || index < 0) return false;
    backlog[index] = { ...backlog[index]!, ...content };
    return true;
  }

  /** How many listeners a conversation has; for tests that check a closed page is cleaned up. */
  listenerCount(key: ConversationKey): number {
    return this.listeners.get(key)?.size ?? 0;
  }
}
