import type { Locale } from '../../domain/locale.ts';
import type { ConversationKey, MessagePlatform } from './messenger.ts';

/** Who is talking to casus on a platform, as far as the roster knows. */
export interface KnownProfessional {
  id: string;
  name: string;
  /** The professional's own language, when the roster has one. */
  locale: Locale | undefined;
}

/** What the channels need from storage, whatever the platform. */
export interface ChannelStore {
  /** The professional linked to a platform account (PlatformIdentity), or undefined for strangers. */
  findProfessional(
    platform: MessagePlatform,
    workspace: string,
    externalUserId: string,
  ): Promise<KnownProfessional | undefined>;
  /**
   * Records that a platform delivery (Slack event_id, a button press, a Teams activity id) is being handled.
   * True the first time; false for a retry or a double click, on any instance, across restarts.
   */
  claimDelivery(key: string): Promise<boolean>;
  /** Stores what a platform needs to message a person or channel later on our own initiative. */
  saveConversationReference(
    platform: MessagePlatform,
    key: ConversationKey,
    reference: unknown,
  ): Promise<void>;
  findConversationReference(platform: MessagePlatform, key: ConversationKey): Promise<unknown | undefined>;
}
