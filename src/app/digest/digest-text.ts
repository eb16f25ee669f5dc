import { translator } from '../i18n/translate.ts';
import { type DigestMessageKey, en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';

/** The weekly digest's texts in the reader's language. */
export const digestText = translator<DigestMessageKey>({ nl, en });
