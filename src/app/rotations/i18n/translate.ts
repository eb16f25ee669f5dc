import type { Locale } from '../../../domain/locale.ts';
import { type MessageParams, translator } from '../../i18n/translate.ts';
import { en, type RotationMessageKey } from './en.ts';
import { nl } from './nl.ts';

const translate = translator<RotationMessageKey>({ nl, en });

/** A rotation message in one language. */
export function rotationText(locale: Locale, key: RotationMessageKey, params?: MessageParams): string {
  return translate(locale, key, params);
}

export const rotationCatalogues = { nl, en };
export type { RotationMessageKey };
