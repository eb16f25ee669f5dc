import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { commandKey } from './delivery-keys.ts';
import { type ListenerDeps, takeOn } from './listener-deps.ts';

/**
 * `/casus <text>`: recorded, acked at once (Slack shows an error after 3 seconds), then answered through
 * response_url, which stays valid for 30 minutes (answer-inbound.ts).
 * https://docs.slack.dev/interactivity/implementing-slash-commands
 */
export function commandListener(deps: ListenerDeps) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await takeOn(
      deps,
      [commandKey(command.trigger_id)],
      {
        kind: 'command',
        teamId: command.team_id,
        userId: command.user_id,
        ...(typeof command.locale === 'string' ? { slackLocale: command.locale } : {}),
        text: command.text ?? '',
        triggerId: command.trigger_id,
        responseUrl: command.response_url,
      },
      // The text of a command's HTTP answer is shown to the person who typed it, and to them alone.
      (refusal) => (refusal ? ack({ response_type: 'ephemeral', text: refusal }) : ack()),
    );
  };
}
