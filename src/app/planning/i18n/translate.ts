import { translator } from '../../i18n/translate.ts';
import { en, type PlanningMessageKey } from './en.ts';
import { nl } from './nl.ts';

/** A planning message in the user's language. */
export const translatePlanning = translator<PlanningMessageKey>({ nl, en });
