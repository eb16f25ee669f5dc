import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { hasForm, openModal, respondPrivately } from './answer-view.ts';
import { commandKey } from './delivery-keys.ts';
import { isFirstDelivery, type ListenerDeps } from './listener-deps.ts';
import { findRequester } from './requester.ts';

/**
 * `/casus <text>`: ack at once (Slack shows an error after 3 seconds), then answer through response_url,
 * which stays valid for 30 minutes. https://docs.slack.dev/interactivity/implementing-slash-commands
 */
export function commandListener(deps: ListenerDeps) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    if (!(await isFirstDelivery(deps, [commandKey(command.trigger_id)]))) return;
    const { locale, actor } = await findRequester(deps.store, deps.defaultLocale, {
      teamId: command.team_id,
      userId: command.user_id,
      slackLocale: command.locale,
    });
    // Answered ephemerally or in a modal: only the person who typed it sees the answer.
    const view = await deps.router.handleText({
      text: command.text ?? '',
      locale,
      actor,
      conversation: 'private',
    });
    if (hasForm(view)) await openModal(client, command.trigger_id, view, locale);
    else await respondPrivately(respond, view, locale);
  };
}
