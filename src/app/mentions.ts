/**
 * A person named in a request, platform-neutral. The channel rewrites its platform's mention in the text to
 * `@<handle>` (Slack `<@U0ABC>` → `@U0ABC`, Teams `<at>Sanne</at>` → `@teams-1`) and hands the account it
 * resolved along as a Mention; a name typed after '@' (the try-out page, or typed by hand) has none and is
 * resolved in the app (src/app/people/resolve-person.ts).
 */
export interface Mention {
  /** The word as it stands in the request's text after '@' (Slack user id, a Teams handle the channel made, or a typed name). */
  handle: string;
  /** The professional the channel already resolved the platform account to; absent for a typed name or an unlinked account. */
  professionalId?: string;
  /** The platform's display name of the mentioned account, for messages. */
  displayName?: string;
}

/** The channel's mention for a word of the request ('@U0ABC', 'U0ABC,'), if the word is one. */
export function mentionOf(word: string, mentions: readonly Mention[] | undefined): Mention | undefined {
  if (!mentions || mentions.length === 0) return undefined;
  const handle = handleOf(word);
  return mentions.find((mention) => mention.handle === handle);
}

/** The word without its leading '@' and any punctuation after it: '@sanne,' → 'sanne'. */
export function handleOf(word: string): string {
  return word
    .trim()
    .replace(/^@/, '')
    .replace(/[,;:!?)]+$/, '')
    .replace(/\.+$/, '');
}
