import { translator } from '../i18n/translate.ts';
import { en, type WorkloadMessageKey } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';

/** The texts of `druk` / `overloaded` in the user's language. */
export const workloadText = translator<WorkloadMessageKey>({ nl, en });
