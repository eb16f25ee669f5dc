import type { Router } from '../../app/router.ts';
import type { View } from '../../views/view-model.ts';
import type { CardSubmission } from './adaptive-card-submission.ts';
import type { Speaker } from './teams-turn.ts';

/**
 * A pressed button (or submitted form) as a router call. Anything that is not one of our submissions goes to
 * the router as an unknown action, so the user gets the router's "I don't know this button" in their
 * language instead of silence.
 */
export function answerSubmission(
  router: Router,
  submission: CardSubmission | undefined,
  fallbackActionId: string,
  { locale, actor }: Speaker,
): Promise<View> {
  if (submission?.kind === 'action') {
    // Renderers may suffix ids to keep them unique on a card (see toPlatformActionId); the router wants none.
    const actionId = submission.actionId.split('#', 1)[0] ?? '';
    return router.handleAction({ actionId, value: submission.value, locale, actor });
  }
  // The router has no form handling yet: until it does, a form id is answered as an unknown action.
  const actionId = submission?.kind === 'form' ? submission.formId : fallbackActionId;
  return router.handleAction({ actionId, value: undefined, locale, actor });
}
