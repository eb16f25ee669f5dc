import { type MessageParams, translator } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';
import { type CliMessageKey, en } from './en.ts';
import { nl } from './nl.ts';

export type { CliMessageKey, Locale, MessageParams };

/** A message of the `casus` command in one language: what a CliContext offers as `t`. */
export type CliTranslate = (key: CliMessageKey, params?: MessageParams) => string;

export const translateCli = translator<CliMessageKey>({ nl, en });

export function isCliMessageKey(key: string): key is CliMessageKey {
  return Object.hasOwn(en, key);
}

/** "the embedded database" / "de ingebouwde database": `kind` is Database['kind']. */
export function databaseName(t: CliTranslate, kind: string): string {
  const key = `database.${kind}`;
  return isCliMessageKey(key) ? t(key) : kind;
}
