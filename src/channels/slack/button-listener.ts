import type { AllMiddlewareArgs, BlockAction, RespondFn, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ConversationKind } from '../../app/feature.ts';
import { ActionIds, fromPlatformActionId } from '../../views/action-ids.ts';
import { decodeActionValue } from '../../views/action-payload.ts';
import type { View } from '../../views/view-model.ts';
import { hasForm, openModal, postMessage, replaceOriginal, respondPrivately } from './answer-view.ts';
import { buttonPressKeys } from './delivery-keys.ts';
import { isFirstDelivery, type ListenerDeps } from './listener-deps.ts';
import { findRequester, type Requester } from './requester.ts';

/** The parts of a block_actions payload we rely on; Bolt types them but does not check them. */
const pressSchema = z.object({
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable().optional(),
  container: z.object({
    type: z.string(),
    message_ts: z.string().optional(),
    view_id: z.string().optional(),
    channel_id: z.string().optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  channel: z.object({ id: z.string() }).nullable().optional(),
  response_url: z.string().url().optional(),
  actions: z
    .array(z.object({ action_id: z.string().min(1), action_ts: z.string(), value: z.string().optional() }))
    .min(1),
});

type Press = z.infer<typeof pressSchema>;

/**
 * Who sees the answer to a press. Only a message in a channel or group is shared; a direct message with
 * casus (channel ids starting with 'D'), an ephemeral message, a modal and the Home tab are seen by the
 * presser alone. https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
function conversationOfPress(press: Press): ConversationKind {
  if (press.container.type !== 'message') return 'private';
  if (press.container.is_ephemeral === true) return 'private';
  const channel = press.container.channel_id ?? press.channel?.id ?? '';
  return channel.startsWith('D') ? 'private' : 'shared';
}

/**
 * A button press: ack at once, then one router call with the action id recovered from Slack's unique
 * per-block id. A message's answer replaces that message; a press on the Home tab or in a modal is answered
 * in the person's direct message with casus. `form.open` is Slack's own (see ActionIds.formOpen).
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

    const requester = await findRequester(deps.store, deps.defaultLocale, {
      teamId: press.team?.id ?? press.user.team_id,
      userId: press.user.id,
      slackLocale: (body as { user?: { locale?: unknown } }).user?.locale,
    });
    const { locale, actor } = requester;
    const actionId = fromPlatformActionId(action.action_id) ?? action.action_id;
    if (actionId === ActionIds.formOpen) {
      return openForm(deps, { press, value: action.value, requester, respond, client });
    }
    const conversation = conversationOfPress(press);
    const view = await deps.router.handleAction({
      actionId,
      value: action.value,
      locale,
      actor,
      conversation,
    });
    if (hasForm(view)) await openModal(client, press.trigger_id, view, locale);
    else if (press.container.type === 'message' && press.response_url)
      await replaceOriginal(respond, view, locale);
    else await postMessage(client, { channel: press.user.id }, view, locale);
  };
}

interface FormOpenPress {
  press: Press;
  value: string | undefined;
  requester: Requester;
  respond: RespondFn;
  client: AllMiddlewareArgs['client'];
}

/**
 * "Open form": runs the text the person typed again, as them and privately (the modal is theirs alone),
 * and opens the answer's form with this press's trigger_id. The message with the button stays, so others
 * in a channel can open the form too. When the answer has no form any more, only the presser sees it.
 */
async function openForm(deps: ListenerDeps, { press, value, requester, respond, client }: FormOpenPress) {
  const { locale, actor } = requester;
  const decoded = decodeActionValue(ActionIds.formOpen, value);
  const view: View = decoded.ok
    ? await deps.router.handleText({ text: decoded.payload.text, locale, actor, conversation: 'private' })
    : // A tampered value: the router answers it like any button it does not know.
      await deps.router.handleAction({
        actionId: ActionIds.formOpen,
        value,
        locale,
        actor,
        conversation: 'private',
      });
  if (hasForm(view)) await openModal(client, press.trigger_id, view, locale);
  else if (press.container.type === 'message' && press.response_url)
    await respondPrivately(respond, view, locale);
  else await postMessage(client, { channel: press.user.id }, view, locale);
}
