import { type Activity, TurnContext, teamsGetChannelId, teamsGetTenant } from 'botbuilder';
import type { ConversationKind } from '../../app/feature.ts';

/**
 * What casus reads from a Teams activity, in one place. Shapes:
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages
 */

/** 'personal' (1:1 chat with the bot), 'groupChat' or 'channel'; Teams always sets it. */
export function conversationType(activity: Activity): string {
  return activity.conversation?.conversationType ?? 'personal';
}

/**
 * Who sees casus's answer: only a 1:1 chat with the bot ('personal') is private. A channel, a group chat,
 * and an activity that does not say, are shared.
 */
export function conversationKindOf(activity: Activity): ConversationKind {
  return activity.conversation?.conversationType === 'personal' ? 'private' : 'shared';
}

/** The tenant is the Teams "workspace": PlatformIdentity.workspace and TeamChannel.workspace hold it. */
export function tenantIdOf(activity: Activity): string {
  return activity.conversation?.tenantId ?? teamsGetTenant(activity)?.id ?? '';
}

/**
 * The ids a roster may use for a Teams user: the Entra object id (stable, and what admins can export), then
 * the Bot Framework id `29:…` (only known once the user has talked to a bot).
 */
export function userIdsOf(activity: Activity): string[] {
  const from = activity.from;
  if (!from) return [];
  return [from.aadObjectId, from.id].filter((id): id is string => typeof id === 'string' && id !== '');
}

/**
 * The channel an activity came from, without the `;messageid=…` that Teams appends to `conversation.id`
 * for a reply thread. Installing in a team sends no `channelData.channel`: the conversation is then the
 * team's General channel, whose id is the conversation id.
 */
export function teamChannelIdOf(activity: Activity): string | undefined {
  const fromChannelData = teamsGetChannelId(activity);
  if (fromChannelData) return fromChannelData;
  if (conversationType(activity) !== 'channel') return undefined;
  return activity.conversation?.id?.split(';', 1)[0] || undefined;
}

/** Whether the bot was @mentioned; in channels and group chats Teams only delivers those, unless RSC. */
export function mentionsRecipient(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((mention) => mention.mentioned?.id === botId);
}

/** True when a conversationUpdate adds the bot itself, i.e. casus was installed in a chat or team. */
export function addsTheBot(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return (activity.membersAdded ?? []).some((member) => member.id === botId);
}

/**
 * A key for InboundDelivery that survives Teams' retries. Message ids in Teams are timestamps unique only
 * within a conversation (two people can write in the same millisecond), so the conversation is part of it.
 */
export function deliveryKeyOf(activity: Activity): string | undefined {
  if (!activity.id) return undefined;
  return `teams:${activity.conversation?.id ?? ''}:${activity.id}`;
}
