import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ConversationKind } from '../../app/feature.ts';
import { eventKey } from './delivery-keys.ts';
import { type ListenerDeps, takeOn } from './listener-deps.ts';
import { stripBotMention } from './mention-text.ts';
import { EVENT_ACK_PROPERTY, EVENT_REFUSE_PROPERTY } from './slack-http-receiver.ts';

interface EventAck {
  accept(): Promise<void>;
  /** 503: Slack delivers the event again later. */
  refuse(): Promise<void>;
}

/**
 * Bolt acknowledges an event before any listener runs; our HTTP receiver holds that back and hands the real
 * acknowledgement over in the context (slack-http-receiver.ts), so an event too is recorded before its 200.
 * Socket Mode has none: Bolt acknowledged there already.
 */
function eventAck(context: Record<string, unknown>): EventAck | undefined {
  const accept = context[EVENT_ACK_PROPERTY];
  const refuse = context[EVENT_REFUSE_PROPERTY];
  if (typeof accept !== 'function' || typeof refuse !== 'function') return undefined;
  return { accept: accept as EventAck['accept'], refuse: refuse as EventAck['refuse'] };
}

interface Conversation {
  eventId: string;
  /** A direct message is 'private'; a channel where casus was mentioned is 'shared'. */
  kind: ConversationKind;
  teamId: string | undefined;
  userId: string | undefined;
  channel: string;
  threadTs: string | undefined;
  text: string;
}

/**
 * `@casus help` in a channel. Answered in a thread under the mention, so a team channel does not fill up
 * with bot answers. In a direct message the message listener answers instead: Slack can send both events
 * for one DM, and answering twice would be worse than not at all.
 */
export function mentionListener(deps: ListenerDeps) {
  return async ({ event, body, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    if (event.channel.startsWith('D')) return;
    await answer(
      deps,
      {
        eventId: body.event_id,
        kind: 'shared',
        teamId: body.team_id,
        userId: event.user,
        channel: event.channel,
        threadTs: event.thread_ts ?? event.ts,
        text: stripBotMention(event.text, context.botUserId),
      },
      eventAck(context),
    );
  };
}

/**
 * Direct messages to casus. Edits, joins and bot messages arrive as subtypes (or with bot_id) and are not
 * questions. https://docs.slack.dev/reference/events/message.im
 */
export function directMessageListener(deps: ListenerDeps) {
  return async ({ message, body, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id) return;
    await answer(
      deps,
      {
        eventId: body.event_id,
        kind: 'private',
        teamId: body.team_id,
        userId: message.user,
        channel: message.channel,
        threadTs: message.thread_ts,
        text: stripBotMention(message.text ?? '', context.botUserId),
      },
      eventAck(context),
    );
  };
}

/**
 * Events are acknowledged by the receiver before any listener runs (Bolt's HTTP ack for the Events API), so
 * recording the request here is the earliest point; Slack retries an event whose ack failed, and the event
 * key keeps that retry from being answered twice.
 */
async function answer(deps: ListenerDeps, conversation: Conversation, acknowledge: EventAck | undefined) {
  const { text, kind, channel, threadTs, userId, teamId } = conversation;
  if (!userId) return;
  await takeOn(
    deps,
    [eventKey(conversation.eventId)],
    {
      kind: 'message',
      ...(teamId ? { teamId } : {}),
      userId,
      conversation: kind,
      channel,
      ...(threadTs ? { threadTs } : {}),
      text,
    },
    async (refusal) => {
      await (refusal ? acknowledge?.refuse() : acknowledge?.accept());
    },
  );
}
