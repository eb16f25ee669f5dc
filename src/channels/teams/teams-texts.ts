import type { Locale } from '../../domain/locale.ts';

/**
 * The few sentences only the Teams channel says. They belong in src/app/i18n once another channel needs
 * them; until then they live next to their one user.
 */
const texts = {
  nl: { alreadyHandled: 'Dit is al verwerkt.' },
  en: { alreadyHandled: 'This has already been handled.' },
} satisfies Record<Locale, Record<string, string>>;

export function teamsText(locale: Locale, key: keyof (typeof texts)['en']): string {
  return texts[locale][key];
}
