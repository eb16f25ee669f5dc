import type { Locale } from '../../../domain/locale.ts';
import { translator } from '../../i18n/translate.ts';
import { type FeatureMessageKey, featureEn } from './feature-en.ts';
import { featureNl } from './feature-nl.ts';

/** The chat feature's texts (actions-feature.ts, action-views.ts, minutes-form.ts) in the user's language. */
export const featureText = translator<FeatureMessageKey>({ nl: featureNl, en: featureEn });

/** "2 decisions, 3 actions" (parts with a count of 0 left out, unless both are 0). */
export function countsText(locale: Locale, counts: { decisions: number; actions: number }): string {
  const part = (kind: 'decision' | 'action', count: number) =>
    featureText(locale, count === 1 ? `count.${kind}.one` : `count.${kind}.many`, { count });
  const parts = [
    counts.decisions > 0 ? part('decision', counts.decisions) : undefined,
    counts.actions > 0 || counts.decisions === 0 ? part('action', counts.actions) : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.join(', ');
}
