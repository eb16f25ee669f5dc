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
