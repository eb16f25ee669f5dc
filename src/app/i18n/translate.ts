import type { Locale } from '../../domain/locale.ts';
import { type Catalogue, en, type MessageKey } from './en.ts';
import { nl } from './nl.ts';

export type { Locale, MessageKey };

export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Record<Locale, Catalogue> = { nl, en };

/** Matches `{name}` placeholders; exported so tests check both catalogues with the same rule. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `params`. A placeholder
 * without a value stays visible as `{name}`: an odd message beats a silently wrong one.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[locale][key].replace(PLACEHOLDER, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}
