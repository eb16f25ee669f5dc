import { type Activity, type ConversationReference, TurnContext } from 'botbuilder';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { ConversationKey } from '../../app/ports/messenger.ts';
import { conversationType, teamChannelIdOf, tenantIdOf } from './teams-activity.ts';

/**
 * Which TeamChannel a Teams channel is, as registered by the roster. Implemented by
 * src/infra/db/repositories/teams-identity-repository.ts.
 */
export interface TeamChannelDirectory {
  findTeamChannelId(tenantId: string, channelId: string): Promise<string | undefined>;
}

export interface RememberDeps {
  store: ChannelStore;
  teamChannels: TeamChannelDirectory;
}

/**
 * Stores what TeamsMessenger needs to write to this person or channel later, on our own initiative
 * (nudges, digests). Saved on install and again whenever someone talks to casus, because the serviceUrl of a
 * conversation can change: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 * Only people the roster knows and channels it registered are kept; nothing is stored for strangers.
 */
export async function rememberConversation(
  activity: Activity,
  professionalId: string | undefined,
  { store, teamChannels }: RememberDeps,
): Promise<ConversationKey | undefined> {
  const reference = TurnContext.getConversationReference(activity);
  // Without activityId a proactive message starts a new post instead of replying to an old one.
  delete reference.activityId;

  const type = conversationType(activity);
  if (type === 'personal' && professionalId) {
    const key: ConversationKey = `user:${professionalId}`;
    await store.saveConversationReference('teams', key, asJson(reference));
    return key;
  }
  const channelId = teamChannelIdOf(activity);
  if (type !== 'channel' || !channelId) return undefined;
  const teamChannelId = await teamChannels.findTeamChannelId(tenantIdOf(activity), channelId);
  if (!teamChannelId) return undefined;
  const key: ConversationKey = `channel:${teamChannelId}`;
  const forChannel: Partial<ConversationReference> = {
    ...reference,
    // The channel itself, not the thread this activity was in; and no person: a channel post addresses all.
    conversation: { ...reference.conversation, id: channelId } as ConversationReference['conversation'],
    user: undefined,
  };
  await store.saveConversationReference('teams', key, asJson(forChannel));
  return key;
}

/** Plain JSON, without the undefined fields the SDK leaves in, as it will read back from the database. */
function asJson(reference: Partial<ConversationReference>): unknown {
  return JSON.parse(JSON.stringify(reference));
}
