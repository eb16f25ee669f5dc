import { translator } from '../i18n/translate.ts';
import { en, type TeamViewMessageKey } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';

/** The texts of the team's own view in the user's language. */
export const teamViewText = translator<TeamViewMessageKey>({ nl, en });
