import { translator } from '../../i18n/translate.ts';
import { type AccessMessageKey, en } from './en.ts';
import { nl } from './nl.ts';

/** The household door's messages in the user's language. */
export const accessText = translator<AccessMessageKey>({ nl, en: { ...en } });
