import type { View } from '../../views/view-model.ts';
import type { ConversationKey, MessagePlatform } from './messenger.ts';

/** A direct message to one professional (see Outbox.toPerson). */
export interface PersonMessage {
  professionalId: string;
  view: View;
  idempotencyKey: string;
  notBefore?: Date;
}

/**
 * Sends a view later, reliably: the message is stored with the current unit of work (see unit-of-work.ts) and
 * sent after it commits, retried until delivered; a rolled-back change sends nothing. The first message queued
 * under an idempotency key wins; queueing it again changes nothing, so a use case that runs twice (a retried
 * job, a re-answered request) sends once.
 */
export interface Outbox {
  /**
   * A direct message to a professional on every platform they use (one message per platform, each under
   * `<idempotencyKey>:<platform>`). Resolves to how many platforms got a new message (0 when already queued
   * or when the person has no chat account).
   */
  toPerson(message: PersonMessage): Promise<number>;
  /**
   * Many direct messages at once, as `toPerson` each (a sweep sends hundreds; one write instead of one per
   * person). Resolves to how many platform messages were new.
   */
  toPeople(messages: readonly PersonMessage[]): Promise<number>;
  /** A message to one conversation on one platform. Resolves to false when the key was queued before. */
  toConversation(message: {
    platform: MessagePlatform;
    target: ConversationKey;
    view: View;
    idempotencyKey: string;
    notBefore?: Date;
  }): Promise<boolean>;
}
