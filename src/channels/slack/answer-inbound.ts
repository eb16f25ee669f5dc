import type { WebClient } from '@slack/web-api';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { Clock } from '../../app/ports/clock.ts';
import type { InboundStore } from '../../app/ports/inbound-store.ts';
import type { Mention, Router } from '../../app/router.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Logger } from '../../infra/logger.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { decodeActionValue } from '../../views/action-payload.ts';
import type { View } from '../../views/view-model.ts';
import { formOpenValue, hasForm, openModal, postMessage } from './answer-view.ts';
import { renderMessage } from './block-kit.ts';
import { neutralUserMentions } from './mention-text.ts';
import { findRequester, type Requester } from './requester.ts';
import { postToResponseUrl } from './response-url.ts';
import { type SlackInbound, slackInboundSchema } from './slack-inbound.ts';

export interface AnswerInboundDeps {
  router: Router;
  store: ChannelStore;
  inbound: InboundStore;
  client: WebClient;
  logger: Logger;
  defaultLocale: Locale;
  clock: Clock;
}

/**
 * A trigger_id opens a modal for 3 seconds after the click (https://docs.slack.dev/interactivity/handling-user-interaction#modal_responses);
 * later, the answer with a form goes out as a message with an "Open form" button instead.
 */
const TRIGGER_VALID_MS = 2_500;

/**
 * Answers one inbound Slack request that casus acknowledged: the job `inbound.slack` runs this, at once after
 * the ack or after a restart. Each step is recorded, so a re-run continues where the last one stopped: the
 * use case runs until its answer is stored (and gets the entry key as its request key), the reply goes out
 * until it is marked sent. A crash between a send and its mark sends that one reply again: Slack gives
 * response_url and chat.postMessage no idempotency key.
 */
export async function answerInbound(deps: AnswerInboundDeps, key: string): Promise<void> {
  const entry = await deps.inbound.find(key);
  if (!entry || entry.replied) return;
  const parsed = slackInboundSchema.safeParse(entry.request);
  if (!parsed.success) {
    deps.logger.error('slack: recorded request unreadable, not answered', { kind: 'inbound' });
    return deps.inbound.markReplied(key);
  }
  const request = parsed.data;
  const requester = await findRequester(deps.store, deps.defaultLocale, {
    teamId: request.teamId,
    userId: request.userId,
    slackLocale: request.slackLocale,
  });
  const answer =
    entry.answer ?? (await deps.inbound.saveAnswer(key, await ask(deps, request, requester, key)));
  const fresh = deps.clock.now().getTime() - entry.receivedAt.getTime() < TRIGGER_VALID_MS;
  await deliver(deps, request, answer, requester.locale, fresh);
  await deps.inbound.markReplied(key);
}

/**
 * Typed text as the router reads it: each `<@U…>` becomes `@U…` with a Mention of the professional linked to
 * that Slack account in the requester's workspace, found the way the requester is (so never an account of
 * another workspace). The bot's own mention was stripped by the listener.
 */
async function typed(
  store: ChannelStore,
  teamId: string | undefined,
  original: string,
): Promise<{ text: string; mentions?: Mention[] }> {
  const { text, users } = neutralUserMentions(original);
  if (users.length === 0) return { text };
  const mentions: Mention[] = [];
  for (const { userId, label } of users) {
    const professional = await store.findProfessional('slack', teamId ?? '', userId);
    const displayName = label ?? professional?.name;
    mentions.push({
      handle: userId,
      ...(professional ? { professionalId: professional.id } : {}),
      ...(displayName ? { displayName } : {}),
    });
  }
  return { text, mentions };
}

async function ask(
  deps: AnswerInboundDeps,
  request: SlackInbound,
  { locale, actor }: Requester,
  requestKey: string,
) {
  const { router } = deps;
  switch (request.kind) {
    case 'command':
      // Answered ephemerally or in a modal: only the person who typed it sees the answer.
      return router.handleText({
        ...(await typed(deps.store, request.teamId, request.text)),
        locale,
        actor,
        conversation: 'private',
        requestKey,
      });
    case 'message':
      return router.handleText({
        ...(await typed(deps.store, request.teamId, request.text)),
        locale,
        actor,
        conversation: request.conversation,
        requestKey,
      });
    case 'submission':
      return router.handleForm({
        formId: request.formId,
        values: request.values,
        locale,
        actor,
        conversation: 'private',
        requestKey,
      });
    case 'press': {
      // "Open form" runs the text the person typed again, as them and privately (the modal is theirs alone).
      const decoded =
        request.actionId === ActionIds.formOpen
          ? decodeActionValue(ActionIds.formOpen, request.value)
          : undefined;
      if (decoded?.ok) {
        return router.handleText({
          ...(await typed(deps.store, request.teamId, decoded.payload.text)),
          locale,
          actor,
          conversation: 'private',
          requestKey,
        });
      }
      // A tampered form.open value is answered like any button the router does not know.
      return router.handleAction({
        actionId: request.actionId,
        value: request.value,
        locale,
        actor,
        conversation: request.actionId === ActionIds.formOpen ? 'private' : request.conversation,
        requestKey,
      });
    }
  }
}

async function deliver(
  deps: AnswerInboundDeps,
  request: SlackInbound,
  view: View,
  locale: Locale,
  fresh: boolean,
) {
  const { client } = deps;
  const direct = { channel: request.userId };
  switch (request.kind) {
    case 'command': {
      if (hasForm(view) && fresh && (await tryModal(deps, request.triggerId, view, locale))) return;
      // Later than the trigger allows, the form rides on an "Open form" button that runs the text again.
      const openFormValue = hasForm(view) ? formOpenValue(request.text) : undefined;
      const message = { response_type: 'ephemeral', ...renderMessage(view, locale, { openFormValue }) };
      if (request.responseUrl && (await postToResponseUrl(deps.logger, request.responseUrl, message))) return;
      return postMessage(client, direct, view, locale, request.text);
    }
    case 'message':
      // A message holds no inputs: a form in the answer becomes a button that opens it (see button-listener).
      return postMessage(
        client,
        { channel: request.channel, threadTs: request.threadTs },
        view,
        locale,
        request.text,
      );
    case 'submission':
      return postMessage(client, direct, view, locale);
    case 'press': {
      if (hasForm(view) && fresh && (await tryModal(deps, request.triggerId, view, locale))) return;
      if (request.responseUrl) {
        // The message whose button was pressed becomes the answer, so old buttons cannot be pressed again;
        // an "Open form" press leaves its message for others in the channel and answers the presser alone.
        // So does a failure on a shared message: the others in the channel keep the message they see.
        const formOpen = request.actionId === ActionIds.formOpen;
        const privately = formOpen || (view.kind === 'error' && request.conversation === 'shared');
        const message = privately
          ? { response_type: 'ephemeral', ...renderMessage(view, locale) }
          : { replace_original: true, ...renderMessage(view, locale) };
        if (await postToResponseUrl(deps.logger, request.responseUrl, message)) return;
      }
      return postMessage(client, direct, view, locale);
    }
  }
}

async function tryModal(
  deps: AnswerInboundDeps,
  triggerId: string,
  view: View,
  locale: Locale,
): Promise<boolean> {
  try {
    await openModal(deps.client, triggerId, view, locale);
    return true;
  } catch (error) {
    // expired_trigger_id and the like: fall back to a message.
    deps.logger.warn('slack: modal could not open, answering with a message', {
      error: (error as { data?: { error?: string } }).data?.error ?? 'unknown',
    });
    return false;
  }
}
