import type { LifeDomain } from '../../../domain/life-domains.ts';
import type { Locale } from '../../../domain/locale.ts';
import { translator } from '../../i18n/translate.ts';
import { en, type HouseholdMessageKey } from './en.ts';
import { nl } from './nl.ts';

/** The household feature's messages in the user's language. */
export const householdText = translator<HouseholdMessageKey>({ nl, en });

/** "Financiën" / "Finances". */
export function domainName(locale: Locale, domain: LifeDomain): string {
  return householdText(locale, `domain.${domain}`);
}
