import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ConversationKind } from '../../app/feature.ts';
import { fromPlatformActionId } from '../../views/action-ids.ts';
import { buttonPressKeys } from './delivery-keys.ts';
import { type ListenerDeps, takeOn } from './listener-deps.ts';
import { postNote } from './response-url.ts';

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
 * A button press: recorded and acked at once, then one router call with the action id recovered from Slack's
 * unique per-block id (answer-inbound.ts). A message's answer replaces that message; a press on the Home tab or
 * in a modal is answered in the person's direct message with casus. `form.open` is Slack's own (see
 * ActionIds.formOpen): it runs the typed text again and opens its form for the presser alone.
 * https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
export function buttonListener(deps: ListenerDeps) {
  return async ({ ack, body }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    const parsed = pressSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      return void deps.logger.warn('slack: unexpected block_actions payload');
    }
    const press = parsed.data;
    const action = press.actions[0]!;
    const container = press.container.message_ts ?? press.container.view_id ?? press.trigger_id;
    const keys = buttonPressKeys({
      container,
      actionId: action.action_id,
      value: action.value,
      actionTs: action.action_ts,
    });
    const actionId = fromPlatformActionId(action.action_id) ?? action.action_id;
    const slackLocale = (body as { user?: { locale?: unknown } }).user?.locale;
    const onMessage = press.container.type === 'message' && press.response_url;
    await takeOn(
      deps,
      keys,
      {
        kind: 'press',
        teamId: press.team?.id ?? press.user.team_id,
        userId: press.user.id,
        ...(typeof slackLocale === 'string' ? { slackLocale } : {}),
        actionId,
        ...(action.value !== undefined ? { value: action.value } : {}),
        triggerId: press.trigger_id,
        conversation: conversationOfPress(press),
        ...(onMessage ? { responseUrl: press.response_url } : {}),
      },
      async (refusal) => {
        await ack();
        // A press's ack carries no message; the response_url can take a note for the presser alone.
        if (refusal && press.response_url) await postNote(deps, press.response_url, refusal);
      },
    );
  };
}
