import { type CommandId, commandWord, languageOfWord, parseCommand } from '../domain/commands.ts';
import { DomainError } from '../domain/errors.ts';
import type { Locale } from '../domain/locale.ts';
import { type ActionId, isActionId } from '../views/action-ids.ts';
import { decodeActionValue } from '../views/action-payload.ts';
import type { View } from '../views/view-model.ts';
import type { Actor } from './actor.ts';
import {
  type ActionHandlers,
  type Answer,
  type CommandHandler,
  type ConversationKind,
  type Feature,
  type FormHandler,
  type FormValues,
  type HomeSection,
  splitFormId,
  type UseCaseContext,
} from './feature.ts';
import type { Mention } from './mentions.ts';
import type { AgendaStore } from './ports/agenda-store.ts';
import { type Clock, systemClock } from './ports/clock.ts';
import { safeAnswer } from './safe-answer.ts';
import { showHome, showMyActions } from './use-cases/show-agenda.ts';
import { showHelp } from './use-cases/show-help.ts';
import { suggestCommand } from './use-cases/suggest-command.ts';

/** Channels fill in mentions (src/app/mentions.ts) through the router's request type. */
export type { Mention };

export interface TextRequest {
  /** What the user typed, with the bot mention already stripped by the channel. */
  text: string;
  locale: Locale;
  actor: Actor;
  /** Where the answer will be seen; see ConversationKind. Unknown counts as 'shared'. */
  conversation?: ConversationKind;
  /** The channel's idempotency key for this request, when it has one (see UseCaseContext.requestKey). */
  requestKey?: string;
  /** The people the channel found mentioned in `text` (written there as `@<handle>`); see src/app/mentions.ts. */
  mentions?: readonly Mention[];
}

export interface ActionRequest {
  /** The platform's action id with any renderer suffix stripped; checked here, so any string is fine. */
  actionId: string;
  /** The button's value as the platform delivered it. */
  value: unknown;
  locale: Locale;
  actor: Actor;
  conversation?: ConversationKind;
  /** The channel's idempotency key for this request, when it has one (see UseCaseContext.requestKey). */
  requestKey?: string;
}

export interface FormRequest {
  /** The form's id as the renderer put it on the platform (see splitFormId). */
  formId: string;
  values: FormValues;
  locale: Locale;
  actor: Actor;
  conversation?: ConversationKind;
  /** The channel's idempotency key for this request, when it has one (see UseCaseContext.requestKey). */
  requestKey?: string;
}

export interface Router {
  handleText(request: TextRequest): Promise<View>;
  handleAction(request: ActionRequest): Promise<View>;
  handleForm(request: FormRequest): Promise<View>;
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
  /** The product's areas (households, planning…), composed in server.ts. Later features win on clashes. */
  features?: readonly Feature[];
}

const emptyAgenda: AgendaStore = { upcomingConferences: async () => [], openActions: async () => [] };

interface Handlers {
  commands: Partial<Record<CommandId, CommandHandler>>;
  actions: ActionHandlers;
  forms: Record<string, FormHandler>;
  home?: HomeSection;
  teamHome?: HomeSection;
}

/** The built-in handlers (help and the agenda) plus every feature's. */
function collectHandlers(agenda: AgendaStore, features: readonly Feature[]): Handlers {
  const handlers: Handlers = { commands: {}, actions: {}, forms: {} };
  const available = (): ReadonlySet<CommandId> => new Set(Object.keys(handlers.commands) as CommandId[]);
  const builtIn: Feature = {
    commands: {
      help: (_args, { locale }) => showHelp({ locale, available: available() }),
      actions: (_args, context) => showMyActions({ ...context, agenda }),
    },
    actions: {
      'help.show': (_payload, { locale }) => showHelp({ locale, available: available() }),
      'help.command': ({ command }, context) => runCommand(handlers, command, [], context),
    },
  };
  for (const feature of [builtIn, ...features]) {
    Object.assign(handlers.commands, feature.commands);
    Object.assign(handlers.actions, feature.actions);
    Object.assign(handlers.forms, feature.forms);
    if (feature.home) handlers.home = feature.home;
    if (feature.teamHome) handlers.teamHome = feature.teamHome;
  }
  return handlers;
}

/** Commands without a handler answer "not available yet"; the help marks them "coming soon". */
function runCommand(
  handlers: Handlers,
  command: CommandId,
  args: readonly string[],
  context: UseCaseContext,
): Answer {
  const handler = handlers.commands[command];
  if (!handler) throw new DomainError('not-available-yet', { command: commandWord(command, context.locale) });
  return handler(args, context);
}

function runAction<A extends ActionId>(
  handlers: Handlers,
  actionId: A,
  value: unknown,
  context: UseCaseContext,
): Answer {
  const handler: ActionHandlers[A] = handlers.actions[actionId];
  if (!handler) throw new DomainError('unknown-action', { actionId });
  const decoded = decodeActionValue(actionId, value);
  if (!decoded.ok) throw decoded.error;
  return handler(decoded.payload, context);
}

export function createRouter(deps: RouterDeps = {}): Router {
  const answer = (locale: Locale, run: () => Answer) => safeAnswer(locale, run, deps.reportUnexpected);
  const clock = deps.clock ?? systemClock;
  const agenda = deps.agenda ?? emptyAgenda;
  const handlers = collectHandlers(agenda, deps.features ?? []);
  const contextFor = (
    locale: Locale,
    actor: Actor,
    conversation?: ConversationKind,
    requestKey?: string,
    mentions?: readonly Mention[],
  ): UseCaseContext => ({
    locale,
    actor,
    now: clock.now(),
    timeZone: deps.timeZone ?? 'Europe/Amsterdam',
    privateConversation: conversation === 'private',
    ...(requestKey ? { requestKey } : {}),
    ...(mentions && mentions.length > 0 ? { mentions } : {}),
  });

  return {
    handleText({ text, locale, actor, conversation, requestKey, mentions }) {
      const { word, command, args } = parseCommand(text);
      if (word === '')
        return answer(locale, () =>
          runCommand(handlers, 'help', [], contextFor(locale, actor, conversation, requestKey, mentions)),
        );
      if (!command) return answer(locale, () => suggestCommand({ word, locale }));
      // Answer in the language of the command word when it belongs to one language only: someone who
      // types 'acties' reads Dutch, whatever locale their Slack or Teams client reports. Words used in
      // both languages ('plan', and 'help', which is Dutch too) keep the user's locale.
      const answerLocale = languageOfWord(word) ?? locale;
      return answer(answerLocale, () =>
        runCommand(
          handlers,
          command,
          args,
          contextFor(answerLocale, actor, conversation, requestKey, mentions),
        ),
      );
    },

    handleAction({ actionId, value, locale, actor, conversation, requestKey }) {
      return answer(locale, () => {
        if (!isActionId(actionId)) throw new DomainError('unknown-action', { actionId });
        return runAction(handlers, actionId, value, contextFor(locale, actor, conversation, requestKey));
      });
    },

    handleForm({ formId, values, locale, actor, conversation, requestKey }) {
      return answer(locale, () => {
        const { kind, subject } = splitFormId(formId);
        const handler = Object.hasOwn(handlers.forms, kind) ? handlers.forms[kind] : undefined;
        if (!handler) throw new DomainError('unknown-action', { actionId: formId });
        return handler(values, subject, contextFor(locale, actor, conversation, requestKey));
      });
    },

    showHome({ locale, actor }) {
      return answer(locale, () => {
        const context = contextFor(locale, actor);
        const { home, teamHome } = handlers;
        return showHome({
          ...context,
          agenda,
          ...(home ? { actionsSection: () => home(context) } : {}),
          ...(teamHome ? { teamSection: () => teamHome(context) } : {}),
        });
      });
    },
  };
}
