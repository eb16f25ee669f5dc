import type { Locale } from '../../domain/locale.ts';
import { type Catalogue, en, type MessageKey } from './en.ts';
import { nl } from './nl.ts';

export type { Locale, MessageKey };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Matches `{name}` placeholders; exported so tests check both catalogues with the same rule. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * `template` with its `{name}` placeholders filled from `params`. A placeholder without a value stays
 * visible as `{name}`: an odd message beats a silently wrong one.
 */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/**
 * A translate function over one pair of catalogues. The chat, the CLI and the roster import each have
 * their own pair, typed so Dutch has exactly the keys of English.
 */
export function translator<Key extends string>(catalogues: Readonly<Record<Locale, Record<Key, string>>>) {
  return (locale: Locale, key: Key, params: MessageParams = {}): string =>
    interpolate(catalogues[locale][key], params);
}

const catalogues: Record<Locale, Catalogue> = { nl, en };

/** The chat's message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export const translate: (locale: Locale, key: MessageKey, params?: MessageParams) => string =
  translator(catalogues);
