import { commandWord } from '../domain/commands.ts';
import type { DomainError } from '../domain/errors.ts';
import type { Locale } from '../domain/locale.ts';
import { context, createView, text, type View } from '../views/view-model.ts';
import { translate } from './i18n/translate.ts';

/** A coded domain error as a message the user can act on, with a pointer to the help. */
export function errorView(locale: Locale, error: DomainError): View {
  const message = translate(locale, `error.${error.code}`, error.params);
  const hint = translate(locale, 'hint.help', { help: commandWord('help', locale) });
  return { ...createView(`${message} ${hint}`, [text(message), context(hint)]), kind: 'error' };
}

/** For failures we did not expect: no details, those go to the log. */
export function unexpectedErrorView(locale: Locale): View {
  const message = translate(locale, 'error.unexpected');
  return { ...createView(message, [text(message)]), kind: 'error' };
}
