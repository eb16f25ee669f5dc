import { translator } from '../../i18n/translate.ts';
import { en, type PeopleMessageKey } from './en.ts';
import { nl } from './nl.ts';

/** Messages about naming a person, in the user's language. */
export const peopleText = translator<PeopleMessageKey>({ nl, en });
