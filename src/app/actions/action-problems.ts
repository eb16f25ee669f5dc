import type { Locale } from '../../domain/locale.ts';
import { formatInstant } from '../format-when.ts';
import type { ActionProblem } from './action-book.ts';
import { actionText, dueDateProblemText } from './i18n/action-text.ts';

/** Actions, texts and absences longer than this are refused (text-too-long). */
export const MAX_ACTION_TEXT = 500;

/**
 * One problem in the person's language, for the chat feature and the CLI. Never echoes what was typed (it may be
 * care content): names of colleagues, references, dates and counts only.
 */
export function actionProblemText(
  problem: ActionProblem,
  locale: Locale,
  timeZone = 'Europe/Amsterdam',
): string {
  switch (problem.code) {
    case 'refused':
      return problem.message;
    case 'due-date':
      switch (problem.problem) {
        case 'no-date':
          return dueDateProblemText(locale, { ok: false, problem: 'no-date' });
        case 'ambiguous':
          return dueDateProblemText(locale, {
            ok: false,
            problem: 'ambiguous',
            candidates: problem.candidates ?? [],
          });
        case 'in-the-past':
        case 'too-far-ahead':
          return problem.dueOn
            ? dueDateProblemText(locale, {
                ok: false,
                problem: problem.problem,
                dueOn: problem.dueOn,
                matchedText: '',
              })
            : dueDateProblemText(locale, { ok: false, problem: 'no-date' });
      }
      return dueDateProblemText(locale, { ok: false, problem: 'no-date' });
    case 'owner-not-in-team':
    case 'not-an-attendee':
      return actionText(locale, `problem.${problem.code}`, { name: problem.person.name });
    case 'text-too-long':
      return actionText(locale, 'problem.text-too-long', { max: problem.max });
    case 'already-done': {
      const at = formatInstant(problem.at, locale, timeZone);
      return problem.by
        ? actionText(locale, 'problem.already-done', { name: problem.by.name, at })
        : actionText(locale, 'problem.already-done.nobody', { at });
    }
    case 'snooze-date':
      return actionText(locale, `problem.snooze-date.${problem.problem}`);
    case 'absence-dates':
      return actionText(locale, `problem.absence-dates.${problem.problem}`);
    case 'ambiguous-household':
    case 'household-not-in-conference':
      return actionText(locale, `problem.${problem.code}`, { reference: problem.reference });
    case 'unknown-decision':
      return actionText(locale, 'problem.unknown-decision', { index: problem.index + 1 });
    case 'unknown-person':
      return actionText(locale, 'problem.unknown-person', { key: problem.key });
    case 'empty-text':
    case 'unknown-action':
    case 'unknown-conference':
    case 'conflict':
    case 'not-blocked':
    case 'deputy-is-self':
    case 'absence-not-allowed':
    case 'same-owner':
    case 'already-cancelled':
      // The cancel reason is free text (possibly care content): not repeated here.
      return actionText(locale, `problem.${problem.code}`);
  }
}
