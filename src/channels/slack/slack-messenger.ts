import { type Logger as BoltLogger, webApi } from '@slack/bolt';
import {
  type ConversationKey,
  DeliveryError,
  type Messenger,
  type OutgoingMessage,
  type SentMessage,
} from '../../app/ports/messenger.ts';
import type { Locale } from '../../domain/locale.ts';
import { renderMessage } from './block-kit.ts';
import { toDeliveryError } from './web-api-errors.ts';

/** Where casus reaches a professional or a team channel in Slack; implemented by a repository. */
export interface SlackDirectory {
  /** The professional's Slack user id, or undefined when the roster links no Slack account. */
  findSlackUserId(professionalId: string): Promise<string | undefined>;
  /** The Slack channel id of a TeamChannel row on Slack. */
  findSlackChannelId(teamChannelId: string): Promise<string | undefined>;
}

export interface SlackMessengerOptions {
  client: webApi.WebClient;
  directory: SlackDirectory;
  /** The language of outbox messages until views carry their own. */
  locale: Locale;
}

/**
 * The outbox's way into Slack: one chat.postMessage per message. The outbox owns retrying, so the WebClient
 * given here must not retry on its own (see createOutboxWebClient).
 */
export class SlackMessenger implements Messenger {
  readonly platform = 'slack' as const;

  constructor(private readonly options: SlackMessengerOptions) {}

  async send(message: OutgoingMessage): Promise<SentMessage> {
    const { client } = this.options;
    try {
      const channel = await this.channelFor(message.target);
      const sent = await client.chat.postMessage({
        channel,
        ...renderMessage(message.view, this.options.locale),
        // Slack has no idempotency key for posting; the outbox's key travels along as message metadata,
        // so a duplicate after a lost response can be recognised. https://docs.slack.dev/messaging/message-metadata
        metadata: { event_type: 'casus_message', event_payload: { idempotency_key: message.idempotencyKey } },
      });
      return { platformMessageId: `${sent.channel ?? channel}:${sent.ts}` };
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  private async channelFor(target: ConversationKey): Promise<string> {
    const [kind, id] = splitTarget(target);
    if (kind === 'channel') {
      const channel = await this.options.directory.findSlackChannelId(id);
      if (!channel) throw new DeliveryError('permanent', 'No Slack channel for this team channel');
      return channel;
    }
    const userId = await this.options.directory.findSlackUserId(id);
    if (!userId) throw new DeliveryError('permanent', 'No Slack account linked to this professional');
    // https://docs.slack.dev/reference/methods/conversations.open
    const opened = await this.options.client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) throw new DeliveryError('server', 'conversations.open returned no channel');
    return channel;
  }
}

function splitTarget(target: ConversationKey): ['user' | 'channel', string] {
  const at = target.indexOf(':');
  return [target.slice(0, at) as 'user' | 'channel', target.slice(at + 1)];
}

/** A WebClient for the outbox: no retries and no waiting out rate limits, both are the outbox's job. */
export function createOutboxWebClient(
  botToken: string,
  slackApiUrl: string | undefined,
  logger: BoltLogger,
): webApi.WebClient {
  return new webApi.WebClient(botToken, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  });
}
