import { translate } from '../../app/i18n/translate.ts';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { InboundStore } from '../../app/ports/inbound-store.ts';
import type { Router } from '../../app/router.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Logger } from '../../infra/logger.ts';
import { localeFromSlack } from './requester.ts';
import type { SlackInbound } from './slack-inbound.ts';

/** What every Slack listener needs: one router call, the store for identity and idempotency, a logger. */
export interface ListenerBasics {
  router: Router;
  store: ChannelStore;
  logger: Logger;
  defaultLocale: Locale;
}

/** Listeners of requests a person waits for an answer to: these are recorded before the ack (takeOn). */
export interface ListenerDeps extends ListenerBasics {
  /** Where acknowledged requests are recorded before the ack (see InboundStore). */
  inbound: InboundStore;
  /** Answers a recorded request now, in this process (the job runner's fast path); see answer-inbound.ts. */
  answerSoon(key: string): Promise<void>;
}

/**
 * Claims the delivery keys in order; false (and nothing left claimed beyond the first taken key) when any
 * was claimed before: a retry, a redelivery or a double click.
 */
export async function isFirstDelivery(deps: ListenerBasics, keys: readonly string[]): Promise<boolean> {
  for (const key of keys) {
    if (!(await deps.store.claimDelivery(key))) {
      logRepeat(deps, key);
      return false;
    }
  }
  return true;
}

/**
 * Thrown when an event could not be recorded: the receiver answers 503, so Slack delivers it again later
 * (https://docs.slack.dev/apis/events-api/#retries) instead of casus dropping what it never took on.
 */
export class NotTakenOn extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The request could not be recorded', options);
    this.name = 'NotTakenOn';
  }
}

/**
 * Acknowledges the request to Slack. With a refusal, the request was NOT taken on: the person is told so where
 * the platform lets us (an ephemeral text for a command, a note for a press or in a modal), or the event is
 * refused so that Slack retries it.
 */
export type Acknowledge = (refusal?: string) => Promise<void>;

/**
 * Takes on a request the way Slack must be able to trust: recorded durably (with the job that answers it)
 * BEFORE the ack, then acknowledged, then answered at once. A crash after the ack loses nothing: the job
 * answers after the restart. A repeat of an earlier delivery is acknowledged and otherwise ignored.
 * When the database cannot record it, the acknowledgement says that nothing was done: casus promises nothing
 * it cannot keep.
 */
export async function takeOn(
  deps: ListenerDeps,
  keys: readonly string[],
  request: SlackInbound,
  ack: Acknowledge,
): Promise<void> {
  let accepted: boolean;
  try {
    accepted = await deps.inbound.accept(keys, request);
  } catch (error) {
    deps.logger.error('slack: request could not be recorded, not taken on', {
      kind: request.kind,
      error: error instanceof Error ? error.name : 'unknown',
    });
    const locale = localeFromSlack(request.slackLocale) ?? deps.defaultLocale;
    return ack(translate(locale, 'error.not-taken-on'));
  }
  await ack();
  if (!accepted) return logRepeat(deps, keys[0] ?? '');
  await deps.answerSoon(keys[0] ?? '');
}

function logRepeat(deps: ListenerBasics, key: string): void {
  deps.logger.info('slack: repeated delivery ignored', { kind: key.split(':', 2)[1] });
}
