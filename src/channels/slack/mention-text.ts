/**
 * What someone asked casus, without the mention that addressed it: "<@U0BOT> help" → "help".
 * Slack writes mentions as <@U123> or, in older clients, <@U123|name>.
 * https://docs.slack.dev/messaging/formatting-message-text#mentioning-users
 */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g') : undefined;
  const withoutOwn = own ? text.replace(own, ' ') : text;
  // Without a known bot id, a leading mention is the one that addressed us.
  return withoutOwn
    .replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Slack user mentioned in a request: `<@U0ABC>` or `<@U0ABC|sanne>`. */
export interface SlackUserMention {
  userId: string;
  /** The name an older client put after the '|', when there is one. */
  label?: string;
}

/**
 * The request's user mentions as platform-neutral words (src/app/mentions.ts): "actie HH-2041 <@U0ABC|sanne>
 * vrijdag" → "actie HH-2041 @U0ABC vrijdag", with each user mentioned once in `users`, in order.
 */
export function neutralUserMentions(text: string): { text: string; users: SlackUserMention[] } {
  const users: SlackUserMention[] = [];
  const rewritten = text.replace(
    /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g,
    (_match, userId: string, label?: string) => {
      if (!users.some((user) => user.userId === userId))
        users.push({ userId, ...(label?.trim() ? { label: label.trim() } : {}) });
      return `@${userId}`;
    },
  );
  return { text: rewritten, users };
}
