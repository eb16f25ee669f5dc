import { isLocale, type Locale } from '../../domain/locale.ts';

/**
 * The language of a Teams activity: `nl-NL`, `nl-BE` → nl, `en-US`, `en-GB` → en; anything else (or no
 * locale, as in proactive continuations) gives undefined so the caller falls back to the default.
 * Teams sets `locale` on messages and invokes from the user's client language:
 * https://learn.microsoft.com/microsoftteams/platform/resources/bot-v3/bot-conversations/bots-conv-format#localization
 */
export function localeOfTag(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const language = tag.split(/[-_]/, 1)[0]?.toLowerCase();
  return isLocale(language) ? language : undefined;
}

/** The professional's own language wins over the client's, which wins over the installation default. */
export function chooseLocale(
  professionalLocale: Locale | undefined,
  activityLocale: unknown,
  defaultLocale: Locale,
): Locale {
  return professionalLocale ?? localeOfTag(activityLocale) ?? defaultLocale;
}
