import { closestCommand, commandWord } from '../../domain/commands.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import { button, buttons, context, createView, text, type View } from '../../views/view-model.ts';
import { translate } from '../i18n/translate.ts';

/** Long enough for any typo, short enough that a pasted paragraph is not echoed back in full. */
const MAX_ECHO = 40;

export interface SuggestCommandInput {
  word: string;
  locale: Locale;
}

/** Answers a word that is no command: "Did you mean 'plan'?", or else a pointer to the help. */
export function suggestCommand({ word, locale }: SuggestCommandInput): View {
  const typed = word.length > MAX_ECHO ? `${word.slice(0, MAX_ECHO)}…` : word;
  const suggestion = closestCommand(word, locale);

  if (suggestion) {
    const question = translate(locale, 'unknown.did-you-mean', { word: typed, suggestion: suggestion.word });
    return createView(question, [
      text(question),
      buttons([
        button(
          ActionIds.helpCommand,
          translate(locale, 'unknown.run-suggestion', { suggestion: suggestion.word }),
          {
            value: encodeActionValue(ActionIds.helpCommand, { command: suggestion.command }),
            style: 'primary',
          },
        ),
      ]),
    ]);
  }

  const message = translate(locale, 'error.unknown-command', { word: typed });
  const hint = translate(locale, 'hint.help', { help: commandWord('help', locale) });
  return createView(`${message} ${hint}`, [
    text(message),
    context(hint),
    buttons([button(ActionIds.helpShow, translate(locale, 'help.button'))]),
  ]);
}
