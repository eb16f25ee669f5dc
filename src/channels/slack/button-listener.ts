import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { fromPlatformActionId } from '../../views/action-ids.ts';
import { hasForm, openModal, postMessage, replaceOriginal } from './answer-view.ts';
import { buttonPressKeys } from './delivery-keys.ts';
import { isFirstDelivery, type ListenerDeps } from './listener-deps.ts';
import { findRequester } from './requester.ts';

/** The parts of a block_actions payload we rely on; Bolt types them but does not check them. */
const pressSchema = z.object({
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable().optional(),
  container: z.object({
    type: z.string(),
    message_ts: z.string().optional(),
    view_id: z.string().optional(),
  }),
  response_url: z.string().url().optional(),
  actions: z
    .array(z.object({ action_id: z.string().min(1), action_ts: z.string(), value: z.string().optional() }))
    .min(1),
});

/**
 * A button press: ack at once, then one router call with the action id recovered from Slack's unique
 * per-block id. A message's answer replaces that message; a press on the Home tab or in a modal is answered
 * in the person's direct message with casus.
 * https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
export function buttonListener(deps: ListenerDeps) {
  return async ({
    ack,
    body,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const parsed = pressSchema.safeParse(body);
    if (!parsed.success) return void deps.logger.warn('slack: unexpected block_actions payload');
    const press = parsed.data;
    const action = press.actions[0]!;
    const container = press.container.message_ts ?? press.container.view_id ?? press.trigger_id;
    const keys = buttonPressKeys({
      container,
      actionId: action.action_id,
      value: action.value,
      actionTs: action.action_ts,
    });
    if (!(await isFirstDelivery(deps, keys))) return;

    const { locale, actor } = await findRequester(deps.store, deps.defaultLocale, {
      teamId: press.team?.id ?? press.user.team_id,
      userId: press.user.id,
      slackLocale: (body as { user?: { locale?: unknown } }).user?.locale,
    });
    const actionId = fromPlatformActionId(action.action_id) ?? action.action_id;
    const view = await deps.router.handleAction({ actionId, value: action.value, locale, actor });
    if (hasForm(view)) await openModal(client, press.trigger_id, view, locale);
    else if (press.container.type === 'message' && press.response_url)
      await replaceOriginal(respond, view, locale);
    else await postMessage(client, { channel: press.user.id }, view, locale);
  };
}
