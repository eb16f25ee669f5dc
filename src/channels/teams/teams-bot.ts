import { Application, type TurnState } from '@microsoft/teams-ai';
import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { translate } from '../../app/i18n/translate.ts';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { Router } from '../../app/router.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Logger } from '../../infra/logger.ts';
import { cardDataOf, parseCardSubmission } from './adaptive-card-submission.ts';
import { answerSubmission } from './answer-submission.ts';
import { rememberConversation, type TeamChannelDirectory } from './conversation-references.ts';
import {
  CARD_ACTION_INVOKE,
  cardActionAnswer,
  cardActionError,
  unhandledInvokeAnswer,
} from './invoke-responses.ts';
import { renderAdaptiveCard, renderTeamsMessage } from './render-adaptive-card.ts';
import { addsTheBot, conversationKindOf, conversationType, mentionsRecipient } from './teams-activity.ts';
import { localeOfTag } from './teams-locale.ts';
import { typedRequest } from './teams-mentions.ts';
import { claimActivity, identifySpeaker, type Speaker } from './teams-turn.ts';

export interface TeamsBotDeps {
  router: Router;
  store: ChannelStore;
  teamChannels: TeamChannelDirectory;
  logger: Logger;
  defaultLocale: Locale;
}

/** The turn logic that every adapter runs: CloudAdapter over HTTP, botbuilder's TestAdapter in tests. */
export type TeamsBot = Application<TurnState>;

/**
 * casus in Teams, as a teams-ai Application. It gets no adapter of its own: the channel runs it with
 * `adapter.process(…, (context) => bot.run(context))`, which is also how TestAdapter drives it.
 * The typing indicator is off: teams-ai keeps its timer on the Application, shared by concurrent turns, and
 * our answers come fast. Mention stripping (`removeRecipientMention`, on by default) removes `<at>casus</at>`.
 */
export function createTeamsBot(deps: TeamsBotDeps): TeamsBot {
  const app = new Application<TurnState>({ startTypingTimer: false, removeRecipientMention: true });

  app.conversationUpdate('membersAdded', async (context) => {
    if (addsTheBot(context.activity)) await remember(context.activity, deps);
  });
  // Sent next to conversationUpdate when the app is installed; action is 'add' or 'add-upgrade'.
  // https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events#install-update-event
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    if (String(context.activity.action ?? '').startsWith('add')) await remember(context.activity, deps);
  });
  // Every `adaptiveCard/action` invoke, with or without a verb (optional in Action.Execute; the data
  // says which action it is): teams-ai's actionExecute() matches string verbs only, and an unmatched
  // invoke is answered 501.
  app.addRoute(isCardAction, (context) => onCardAction(context, deps), true);
  app.activity(ActivityTypes.Message, (context) => onMessage(context, deps));
  // Last: invokes no route above took (teams-ai offers them to the ordinary routes after its invoke routes).
  app.activity(ActivityTypes.Invoke, (context) => onUnhandledInvoke(context, deps));
  return app;
}

const isCardAction = async (context: TurnContext) =>
  context.activity.type === ActivityTypes.Invoke && context.activity.name === CARD_ACTION_INVOKE;

/** Action.Execute is what our cards send; anything else in a card action is not from them. */
const executeAction = z.object({ action: z.object({ type: z.literal('Action.Execute') }).passthrough() });

async function onCardAction(context: TurnContext, deps: TeamsBotDeps): Promise<void> {
  if (!executeAction.safeParse(context.activity.value).success) {
    deps.logger.warn('teams card action refused', { activityId: context.activity.id });
    const locale = localeOfTag(context.activity.locale) ?? deps.defaultLocale;
    await context.sendActivity(
      cardActionError(400, 'BadRequest', translate(locale, 'error.invalid-action-payload')),
    );
    return;
  }
  await context.sendActivity(await onActionExecute(context, deps));
}

async function onUnhandledInvoke(context: TurnContext, deps: TeamsBotDeps): Promise<void> {
  const { name } = context.activity;
  deps.logger.info('teams invoke not handled', {
    invoke: name && /^[\w/.-]{1,64}$/.test(name) ? name : 'other',
  });
  const locale = localeOfTag(context.activity.locale) ?? deps.defaultLocale;
  await context.sendActivity(unhandledInvokeAnswer(name, translate(locale, 'error.unknown-action')));
}

/** The invoke response: the card that replaces the pressed one, or a message or error next to it. */
async function onActionExecute(context: TurnContext, deps: TeamsBotDeps): Promise<Partial<Activity>> {
  const activity = context.activity;
  const submission = parseCardSubmission(cardDataOf(activity));
  if (submission?.kind === 'refresh') {
    // No view asks for a refresh yet, so there is nothing to rebuild; an error answer keeps the card as is.
    // https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards#error-response
    return cardActionError(400, 'BadRequest', 'This card cannot be refreshed.');
  }
  const speaker = await identifySpeaker(activity, deps.store, deps.defaultLocale);
  if (!(await claimActivity(activity, deps.store))) {
    deps.logger.info('teams invoke already handled', { activityId: activity.id });
    return cardActionAnswer(translate(speaker.locale, 'answer.already-handled'));
  }
  await rememberQuietly(activity, speaker, deps);
  const verb = String((activity.value as { action?: { verb?: unknown } }).action?.verb ?? '');
  const view = await answerSubmission(deps.router, submission, verb, speaker, conversationKindOf(activity));
  return cardActionAnswer(renderAdaptiveCard(view, speaker.locale));
}

async function onMessage(context: TurnContext, deps: TeamsBotDeps): Promise<void> {
  const activity = context.activity;
  const cardData = activity.text ? undefined : cardDataOf(activity);
  // In channels and group chats casus only answers when addressed (card submits carry no mention).
  if (cardData === undefined && conversationType(activity) !== 'personal' && !mentionsRecipient(activity))
    return;
  if (!(await claimActivity(activity, deps.store))) {
    deps.logger.info('teams message already handled', { activityId: activity.id });
    return;
  }
  const speaker = await identifySpeaker(activity, deps.store, deps.defaultLocale);
  await rememberQuietly(activity, speaker, deps);

  if (cardData === undefined) {
    const view = await deps.router.handleText({
      ...(await typedRequest(activity, deps.store)),
      locale: speaker.locale,
      actor: speaker.actor,
      conversation: conversationKindOf(activity),
    });
    await context.sendActivity(renderTeamsMessage(view, speaker.locale));
    return;
  }
  // Action.Submit, from clients without Universal Actions: replace the card that was pressed, as
  // Action.Execute would. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/update-and-delete-bot-messages
  const submission = parseCardSubmission(cardData);
  const view = await answerSubmission(deps.router, submission, '', speaker, conversationKindOf(activity));
  const message = renderTeamsMessage(view, speaker.locale);
  if (activity.replyToId) await context.updateActivity({ ...message, id: activity.replyToId });
  else await context.sendActivity(message);
}

async function remember(activity: Activity, deps: TeamsBotDeps): Promise<void> {
  const speaker = await identifySpeaker(activity, deps.store, deps.defaultLocale);
  const key = await rememberConversation(activity, speaker.professional?.id, deps);
  deps.logger.info('teams installed', { conversationType: conversationType(activity), stored: key ?? null });
}

/** A reference that cannot be stored must not cost the person their answer. */
async function rememberQuietly(activity: Activity, speaker: Speaker, deps: TeamsBotDeps): Promise<void> {
  try {
    await rememberConversation(activity, speaker.professional?.id, deps);
  } catch (error) {
    deps.logger.warn('teams conversation reference not stored', {
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
}
