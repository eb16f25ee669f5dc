import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { Clock } from '../../app/ports/clock.ts';
import {
  DeliveryError,
  type Messenger,
  type OutgoingMessage,
  type SentMessage,
} from '../../app/ports/messenger.ts';
import type { Locale } from '../../domain/locale.ts';
import { toDeliveryError } from './connector-failure.ts';
import { renderTeamsMessage } from './render-adaptive-card.ts';
import { localeOfTag } from './teams-locale.ts';

export interface TeamsMessengerDeps {
  adapter: CloudAdapter;
  /** The bot's app id; undefined for local, unauthenticated use (Emulator, Agents Playground). */
  appId: string | undefined;
  store: ChannelStore;
  clock: Clock;
  defaultLocale: Locale;
}

/**
 * Proactive messages (nudges, digests) through a stored conversation reference:
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 * The Bot Connector has no idempotency key, so `idempotencyKey` protects nothing here: the outbox must
 * record a send before it could repeat it.
 */
export class TeamsMessenger implements Messenger {
  readonly platform = 'teams' as const;

  constructor(private readonly deps: TeamsMessengerDeps) {}

  async send({ target, view }: OutgoingMessage): Promise<SentMessage> {
    const { adapter, appId, store, clock, defaultLocale } = this.deps;
    const reference = await store.findConversationReference('teams', target);
    if (!isConversationReference(reference)) {
      throw new DeliveryError(
        'permanent',
        `no Teams conversation for ${target}: casus was never installed there`,
      );
    }
    const locale = localeOfTag(reference.locale) ?? defaultLocale;
    let id: string | undefined;
    // Errors are caught inside the callback: continueConversationAsync runs it as a turn, and a turn's
    // errors go to adapter.onTurnError (which logs them) instead of rejecting the call.
    let failure: unknown;
    try {
      await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
        withoutSdkRetries(context);
        try {
          id = (await context.sendActivity(renderTeamsMessage(view, locale)))?.id;
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined) throw toDeliveryError(failure, clock.now().getTime());
    if (!id) throw new DeliveryError('server', 'Teams accepted the message but returned no activity id');
    return { platformMessageId: id };
  }
}

function isConversationReference(value: unknown): value is ConversationReference {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<ConversationReference>;
  return typeof r.serviceUrl === 'string' && typeof r.conversation?.id === 'string';
}

/**
 * The connector client retries 429 and 5xx itself (core-rest-pipeline's defaultRetryPolicy: up to 3 times,
 * waiting out Retry-After), which would hold an outbox job for minutes and hide the Retry-After from it.
 * The outbox retries with its own backoff, so the Retry-phase policies are removed for proactive sends.
 * The client keeps its ServiceClient in a private field, hence the structural access.
 */
function withoutSdkRetries(context: TurnContext): void {
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as unknown;
  const pipeline = (connector as { client?: { pipeline?: { removePolicy?: unknown } } } | undefined)?.client
    ?.pipeline;
  if (typeof pipeline?.removePolicy === 'function') pipeline.removePolicy({ phase: 'Retry' });
}
