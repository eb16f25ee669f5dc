import { Application, type TurnState } from '@microsoft/teams-ai';
import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';
import { translate } from '../../app/i18n/translate.ts';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { Router } from '../../app/router.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Logger } from '../../infra/logger.ts';
import { cardDataOf, parseCardSubmission } from './adaptive-card-submission.ts';
import { answerSubmission } from './answer-submission.ts';
import { rememberConversation, type TeamChannelDirectory } from './conversation-references.ts';
import { renderAdaptiveCard, renderTeamsMessage } from './render-adaptive-card.ts';
import { addsTheBot, conversationKindOf, conversationType, mentionsRecipient } from './teams-activity.ts';
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
  // Any verb: the data says which action it is. A RegExp (unlike a function) makes teams-ai check that
  // the invoke really is an Action.Execute before calling us.
  app.adaptiveCards.actionExecute(/^/, (context) => onActionExecute(context, deps));
  app.activity(ActivityTypes.Message, (context) => onMessage(context, deps));
  return app;
}

/** Universal Actions' error response: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards#error-response */
const refreshNotSupported = {
  type: ActivityTypes.InvokeResponse,
  value: {
    status: 200,
    body: {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: 'This card cannot be refreshed.' },
    },
  },
};

/** Returns the card that replaces the pressed one in place (teams-ai wraps it in the invoke response). */
async function onActionExecute(context: TurnContext, deps: TeamsBotDeps) {
  const activity = context.activity;
  const submission = parseCardSubmission(cardDataOf(activity));
  if (submission?.kind === 'refresh') {
    // No view asks for a refresh yet, so there is nothing to rebuild; an error answer keeps the card as is.
    await context.sendActivity(refreshNotSupported);
    return ''; // Ignored: teams-ai keeps an invoke response that the handler already sent.
  }
  const speaker = await identifySpeaker(activity, deps.store, deps.defaultLocale);
  if (!(await claimActivity(activity, deps.store))) {
    deps.logger.info('teams invoke already handled', { activityId: activity.id });
    return translate(speaker.locale, 'answer.already-handled');
  }
  await rememberQuietly(activity, speaker, deps);
  const verb = String((activity.value as { action?: { verb?: unknown } }).action?.verb ?? '');
  const view = await answerSubmission(deps.router, submission, verb, speaker, conversationKindOf(activity));
  return renderAdaptiveCard(view, speaker.locale);
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
      text: activity.text ?? '',
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
