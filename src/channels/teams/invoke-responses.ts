import { type Activity, ActivityTypes, type InvokeResponse } from 'botbuilder';
import type { AdaptiveCard } from './adaptive-card-types.ts';

/**
 * Answers to invoke activities. An invoke is answered in the HTTP response itself, and CloudAdapter takes
 * that answer from an `invokeResponse` activity sent during the turn; without one it answers 501, which
 * Teams shows as "Unable to reach app". Universal Actions (`adaptiveCard/action`) always get HTTP 200,
 * with the outcome in the body's own statusCode:
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards#response-format
 */

export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';
const ERROR = 'application/vnd.microsoft.error';

function invokeResponse(value: InvokeResponse): Partial<Activity> {
  return { type: ActivityTypes.InvokeResponse, value };
}

/** The card that replaces the pressed one (for the person who pressed it), or a short message instead. */
export function cardActionAnswer(result: AdaptiveCard | string): Partial<Activity> {
  const body =
    typeof result === 'string'
      ? { statusCode: 200, type: MESSAGE, value: result }
      : { statusCode: 200, type: ADAPTIVE_CARD, value: result };
  return invokeResponse({ status: 200, body });
}

/** An error the client shows next to the card, which stays as it is. */
export function cardActionError(
  statusCode: 400 | 500,
  code: 'BadRequest' | 'InternalError',
  message: string,
): Partial<Activity> {
  return invokeResponse({ status: 200, body: { statusCode, type: ERROR, value: { code, message } } });
}

/**
 * For an invoke casus has no handler for (the manifest declares no message extension or dialog, so Teams
 * only sends these when something is off). A dialog (`task/fetch`, `task/submit`) can show a message to the
 * person waiting for it; other invokes are acknowledged with a plain 200, the Bot Framework's "handled".
 * Task module responses: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/task-modules/task-modules-bots#the-flexibility-of-taskfetch
 */
export function unhandledInvokeAnswer(name: string | undefined, message: string): Partial<Activity> {
  if (name === CARD_ACTION_INVOKE) return cardActionError(400, 'BadRequest', message);
  if (name?.startsWith('task/'))
    return invokeResponse({ status: 200, body: { task: { type: 'message', value: message } } });
  return invokeResponse({ status: 200 });
}
