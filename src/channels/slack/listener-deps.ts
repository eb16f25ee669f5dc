import { translate } from '../../app/i18n/translate.ts';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import { type InboundStore, TooLateToRecord } from '../../app/ports/inbound-store.ts';
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
  /** RECORD_DEADLINE_MS unless a test shortens it. */
  recordDeadlineMs?: number;
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
 * Acknowledges the request to Slack. With a refusal, the request was NOT taken on: the person is told so where
 * the platform lets us (an ephemeral text for a command, a note for a press or in a modal), or the event is
 * refused with 503 so that Slack delivers it again (https://docs.slack.dev/apis/events-api/#retries).
 */
export type Acknowledge = (refusal?: string) => Promise<void>;

/**
 * How long recording may take before casus gives up on it: Slack shows the person an error after 3 seconds,
 * and the HTTP receiver answers for a listener at 2.5 s (slack-http-receiver.ts).
 */
export const RECORD_DEADLINE_MS = 2_000;

/**
 * Takes on a request the way Slack must be able to trust: recorded durably (with the job that answers it)
 * BEFORE the ack, then acknowledged, then answered at once. A crash after the ack loses nothing: the job
 * answers after the restart. A repeat of an earlier delivery is acknowledged and otherwise ignored.
 * When the database cannot record it, or not within the deadline, the acknowledgement says that nothing was
 * done, and a record still on its way is rolled back: casus never acknowledges what it has not recorded.
 */
export async function takeOn(
  deps: ListenerDeps,
  keys: readonly string[],
  request: SlackInbound,
  ack: Acknowledge,
): Promise<void> {
  let acknowledged = false;
  const refuse = (reason: string) => {
    if (acknowledged) return;
    acknowledged = true;
    deps.logger.error('slack: request not taken on', { kind: request.kind, reason });
    const locale = localeFromSlack(request.slackLocale) ?? deps.defaultLocale;
    return ack(translate(locale, 'error.not-taken-on')).catch(() => {
      deps.logger.warn('slack: refusal could not be sent', { kind: request.kind });
    });
  };
  const deadline = setTimeout(
    () => void refuse('recording took too long'),
    deps.recordDeadlineMs ?? RECORD_DEADLINE_MS,
  );
  let accepted: boolean;
  try {
    accepted = await deps.inbound.accept(keys, request, () => !acknowledged);
  } catch (error) {
    await refuse(error instanceof TooLateToRecord ? 'recording took too long' : errorName(error));
    return;
  } finally {
    clearTimeout(deadline);
  }
  // Recorded, but the refusal went out a moment before the commit: the answer follows anyway.
  if (!acknowledged) {
    acknowledged = true;
    await ack();
  }
  if (!accepted) return logRepeat(deps, keys[0] ?? '');
  await deps.answerSoon(keys[0] ?? '');
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

function logRepeat(deps: ListenerBasics, key: string): void {
  deps.logger.info('slack: repeated delivery ignored', { kind: key.split(':', 2)[1] });
}
