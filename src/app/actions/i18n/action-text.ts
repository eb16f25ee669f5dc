import type { MovedDueDate } from '../../../domain/actions/working-day.ts';
import type { Locale } from '../../../domain/locale.ts';
import { formatDay } from '../../format-when.ts';
import { translator } from '../../i18n/translate.ts';
import type { DueDateNotRead } from '../read-due-date.ts';
import { type ActionMessageKey, en } from './en.ts';
import { nl } from './nl.ts';

/** The actions feature's messages in the user's language. */
export const actionText = translator<ActionMessageKey>({ nl, en });

/**
 * The note that goes with an answer whose due date moved off a day the owner does not work, e.g. "Due 24 Dec
 * 2026: 25 Dec 2026 is a public holiday, so the due date moved to the working day before." `owner` is the
 * owner's display name (used when the reason is their contract days).
 */
export function dueDateMovedNote(locale: Locale, moved: MovedDueDate, owner: string): string {
  return actionText(locale, `due.moved.${moved.direction}.${moved.reason}`, {
    dueOn: formatDay(moved.dueOn, locale),
    movedFrom: formatDay(moved.movedFrom, locale),
    owner,
  });
}

/** Why no due date could be read, in the user's language (never echoing the words typed). */
export function dueDateProblemText(locale: Locale, notRead: DueDateNotRead): string {
  switch (notRead.problem) {
    case 'no-date':
      return actionText(locale, 'due.problem.no-date');
    case 'ambiguous':
      return actionText(locale, 'due.problem.ambiguous', {
        dates: notRead.candidates.map((date) => formatDay(date, locale)).join(', '),
      });
    case 'in-the-past':
    case 'too-far-ahead':
      return actionText(locale, `due.problem.${notRead.problem}`, {
        dueOn: formatDay(notRead.dueOn, locale),
      });
  }
}
