/** The languages casus speaks. Dutch first: it is the language of the teams that use it. */
export const LOCALES = ['nl', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
