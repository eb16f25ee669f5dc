import { translator } from '../../i18n/translate.ts';
import { type CalendarMessageKey, en } from './en.ts';
import { nl } from './nl.ts';

export type { CalendarMessageKey };

/** The calendar feature's text for `key` in `locale`. */
export const calendarText = translator<CalendarMessageKey>({ nl, en });
