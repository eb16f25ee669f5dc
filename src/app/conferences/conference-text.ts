import { translator } from '../i18n/translate.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';

/** Messages about case conference invitations, answers and follow-ups, in Dutch or English. */
export const conferenceText = translator({ nl, en });
