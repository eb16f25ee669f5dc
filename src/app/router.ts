import { type CommandId, commandWord, languageOfWord, parseCommand } from '../domain/commands.ts';
import { DomainError } from '../domain/errors.ts';
import type { Locale } from '../domain/locale.ts';
import { type ActionId, isActionId } from '../views/action-ids.ts';
import { type ActionPayload, decodeActionValue } from '../views/action-payload.ts';
import type { View } from '../views/view-model.ts';
import type { Actor } from './actor.ts';
import type { AgendaStore } from './ports/agenda-store.ts';
import { type Clock, systemClock } from './ports/clock.ts';
import { safeAnswer } from './safe-answer.ts';
import { showHome, showMyActions } from './use-cases/show-agenda.ts';
import { showHelp } from './use-cases/show-help.ts';
import { suggestCommand } from './use-cases/suggest-command.ts';

export interface TextRequest {
  /** What the user typed, with the bot mention already stripped by the channel. */
  text: string;
  locale: Locale;
  actor: Actor;
}

export interface ActionRequest {
  /** The platform's action id with any renderer suffix stripped; checked here, so any string is fine. */
  actionId: string;
  /** The button's value as the platform delivered it. */
  value: unknown;
  locale: Locale;
  actor: Actor;
}

export interface Router {
  handleText(request: TextRequest): Promise<View>;
  handleAction(request: ActionRequest): Promise<View>;
  /** The person's own overview: upcoming conferences and open actions (Slack's App Home). */
  showHome(request: { locale: Locale; actor: Actor }): Promise<View>;
}

export interface RouterDeps {
  /** Called with failures that are not DomainErrors; the user only gets a generic message. */
  reportUnexpected?: (error: unknown) => void;
  /** The person's conferences and actions; without it (tests of other parts) the agenda is empty. */
  agenda?: AgendaStore;
  clock?: Clock;
  /** The zone conferences are scheduled and shown in (Config.scheduling.timeZone). */
  timeZone?: string;
}

interface UseCaseContext {
  locale: Locale;
  actor: Actor;
  agenda: AgendaInput;
}

/** What the agenda use cases need besides locale and actor. */
type AgendaInput = Omit<Parameters<typeof showHome>[0], 'locale' | 'actor'>;

const emptyAgenda: AgendaStore = { upcomingConferences: async () => [], openActions: async () => [] };

type CommandHandler = (args: readonly string[], context: UseCaseContext) => View | Promise<View>;
type ActionHandlers = {
  [A in ActionId]?: (payload: ActionPayload<A>, context: UseCaseContext) => View | Promise<View>;
};

/** Commands without a handler answer "not available yet"; the help marks them "coming soon". */
const commandHandlers: Partial<Record<CommandId, CommandHandler>> = {
  help: (_args, { locale }) => showHelp({ locale, available: availableCommands() }),
  actions: (_args, { locale, actor, agenda }) => showMyActions({ locale, actor, ...agenda }),
};

function availableCommands(): ReadonlySet<CommandId> {
  return new Set(Object.keys(commandHandlers) as CommandId[]);
}

function runCommand(
  command: CommandId,
  args: readonly string[],
  context: UseCaseContext,
): View | Promise<View> {
  const handler = commandHandlers[command];
  if (!handler) throw new DomainError('not-available-yet', { command: commandWord(command, context.locale) });
  return handler(args, context);
}

const actionHandlers: ActionHandlers = {
  'help.show': (_payload, { locale }) => showHelp({ locale, available: availableCommands() }),
  'help.command': ({ command }, context) => runCommand(command, [], context),
};

function runAction<A extends ActionId>(actionId: A, value: unknown, context: UseCaseContext) {
  const handler: ActionHandlers[A] = actionHandlers[actionId];
  if (!handler) throw new DomainError('unknown-action', { actionId });
  const decoded = decodeActionValue(actionId, value);
  if (!decoded.ok) throw decoded.error;
  return handler(decoded.payload, context);
}

export function createRouter(deps: RouterDeps = {}): Router {
  const answer = (locale: Locale, run: () => View | Promise<View>) =>
    safeAnswer(locale, run, deps.reportUnexpected);
  const clock = deps.clock ?? systemClock;
  const agenda = (): AgendaInput => ({
    agenda: deps.agenda ?? emptyAgenda,
    now: clock.now(),
    timeZone: deps.timeZone ?? 'Europe/Amsterdam',
  });

  return {
    handleText({ text, locale, actor }) {
      const { word, command, args } = parseCommand(text);
      if (word === '')
        return answer(locale, () => runCommand('help', [], { locale, actor, agenda: agenda() }));
      if (!command) return answer(locale, () => suggestCommand({ word, locale }));
      // Answer in the language of the command word when it belongs to one language only: someone who
      // types 'acties' reads Dutch, whatever locale their Slack or Teams client reports. Words used in
      // both languages ('plan', and 'help', which is Dutch too) keep the user's locale.
      const answerLocale = languageOfWord(word) ?? locale;
      return answer(answerLocale, () =>
        runCommand(command, args, { locale: answerLocale, actor, agenda: agenda() }),
      );
    },

    handleAction({ actionId, value, locale, actor }) {
      return answer(locale, () => {
        if (!isActionId(actionId)) throw new DomainError('unknown-action', { actionId });
        return runAction(actionId, value, { locale, actor, agenda: agenda() });
      });
    },

    showHome({ locale, actor }) {
      return answer(locale, () => showHome({ locale, actor, ...agenda() }));
    },
  };
}
