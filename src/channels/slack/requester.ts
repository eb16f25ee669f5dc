import type { Actor } from '../../app/actor.ts';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import { isLocale, type Locale } from '../../domain/locale.ts';

export interface Requester {
  locale: Locale;
  actor: Actor;
}

export interface RequesterSource {
  teamId: string | undefined;
  userId: string | undefined;
  /** A locale Slack sent with the request ("nl-NL"), when it sent one. */
  slackLocale?: unknown;
}

/**
 * Who asked, and in which language to answer: the professional's own language when the roster has one,
 * else the language Slack reports for the user, else the installation's default.
 */
export async function findRequester(
  store: ChannelStore,
  defaultLocale: Locale,
  { teamId, userId, slackLocale }: RequesterSource,
): Promise<Requester> {
  const professional = userId ? await store.findProfessional('slack', teamId ?? '', userId) : undefined;
  const locale = professional?.locale ?? localeFromSlack(slackLocale) ?? defaultLocale;
  const actor: Actor = professional
    ? { professionalId: professional.id, displayName: professional.name, channel: 'slack' }
    : { channel: 'slack' };
  return { locale, actor };
}

/** Slack locales are BCP 47 tags such as "en-US" and "nl-NL"; we speak the language part. */
export function localeFromSlack(value: unknown): Locale | undefined {
  if (typeof value !== 'string') return undefined;
  const language = value.split(/[-_]/, 1)[0]?.toLowerCase();
  return isLocale(language) ? language : undefined;
}
