import { type Activity, TurnContext } from 'botbuilder';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { Mention } from '../../app/router.ts';
import { tenantIdOf } from './teams-activity.ts';

/** A Teams account mentioned in a message, under the handle casus wrote for it in the text. */
export interface MentionedAccount {
  handle: string;
  /** The ids a roster may use for it, Entra object id first (when Teams sent one), then the `29:…` id. */
  userIds: string[];
  name?: string;
}

/**
 * A message's mentions of people as platform-neutral words: each `<at>Sanne de Vries</at>` that is not casus
 * becomes `@teams-1` (one handle per account, in order of appearance), so a name with spaces stays one word.
 * Teams may split one mention over several tags (`<at>Sanne</at> <at>de Vries</at>`, one entity each, the
 * same account): side by side they become one word. casus's own mention goes, as teams-ai already does.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations#work-with-mentions
 */
export function neutralTeamsMentions(activity: Activity): { text: string; accounts: MentionedAccount[] } {
  const botId = activity.recipient?.id;
  const accounts: MentionedAccount[] = [];
  const original = activity.text ?? '';
  let text = original;
  for (const mention of TurnContext.getMentions(activity)) {
    const tag = typeof mention.text === 'string' ? mention.text : '';
    const id = mention.mentioned?.id;
    if (tag === '' || !text.includes(tag)) continue;
    if (!id || id === botId) {
      text = text.replace(tag, ' ');
      continue;
    }
    let account = accounts.find((known) => known.userIds.includes(id));
    if (!account) {
      const aadObjectId = (mention.mentioned as { aadObjectId?: unknown }).aadObjectId;
      const name = mention.mentioned.name?.trim();
      account = {
        handle: `teams-${accounts.length + 1}`,
        userIds: [typeof aadObjectId === 'string' ? aadObjectId : '', id].filter((userId) => userId !== ''),
        ...(name ? { name } : {}),
      };
      accounts.push(account);
    }
    text = text.replace(tag, `@${account.handle}`);
  }
  for (const { handle } of accounts) {
    const repeated = new RegExp(`@${handle}(\\s+@${handle})+(?![\\w-])`, 'g');
    text = text.replace(repeated, `@${handle}`);
  }
  // Spaces are tidied only where a mention went: otherwise the text stays as Teams sent it.
  return { text: text === original ? original : text.replace(/[ \t]+/g, ' ').trim(), accounts };
}

/**
 * The message's text and mentions as the router reads them: each mentioned account with the professional
 * linked to it in the sender's tenant, found the way the sender is (teams-turn.ts), so never one of another
 * tenant.
 */
export async function typedRequest(
  activity: Activity,
  store: ChannelStore,
): Promise<{ text: string; mentions?: Mention[] }> {
  const { text, accounts } = neutralTeamsMentions(activity);
  if (accounts.length === 0) return { text };
  const tenantId = tenantIdOf(activity);
  const mentions: Mention[] = [];
  for (const account of accounts) {
    let professionalId: string | undefined;
    for (const userId of account.userIds) {
      professionalId = (await store.findProfessional('teams', tenantId, userId))?.id;
      if (professionalId) break;
    }
    mentions.push({
      handle: account.handle,
      ...(professionalId ? { professionalId } : {}),
      ...(account.name ? { displayName: account.name } : {}),
    });
  }
  return { text, mentions };
}
