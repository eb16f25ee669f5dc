import { COMMAND_IDS, type CommandId, commandWord } from '../../domain/commands.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  bold,
  button,
  buttons,
  context,
  createView,
  header,
  list,
  text,
  type View,
} from '../../views/view-model.ts';
import { translate } from '../i18n/translate.ts';

/** The commands people need most, as buttons. Labels are the command words so people learn them. */
const MAIN_COMMANDS: readonly CommandId[] = ['plan', 'actions', 'digest'];

export interface ShowHelpInput {
  locale: Locale;
  /** Commands that work today; the others are listed as "coming soon". */
  available: ReadonlySet<CommandId>;
}

export function showHelp({ locale, available }: ShowHelpInput): View {
  const title = translate(locale, 'help.title');
  const items = COMMAND_IDS.map((id) => ({
    text: `${bold(commandWord(id, locale))} — ${translate(locale, `command.${id}.description`)}`,
    meta: available.has(id) ? undefined : translate(locale, 'help.soon'),
  }));
  const mainButtons = MAIN_COMMANDS.map((id, index) =>
    button(ActionIds.helpCommand, commandWord(id, locale), {
      value: encodeActionValue(ActionIds.helpCommand, { command: id }),
      style: index === 0 ? 'primary' : undefined,
    }),
  );
  const words = COMMAND_IDS.map((id) => commandWord(id, locale)).join(', ');

  return createView(`${title} ${translate(locale, 'help.fallback', { commands: words })}`, [
    header(title),
    text(translate(locale, 'help.intro')),
    list(items, translate(locale, 'help.commands')),
    buttons(mainButtons),
    context(translate(locale, 'help.privacy')),
  ]);
}
