import type { ConversationKind } from '../../app/feature.ts';
import type { Router } from '../../app/router.ts';
import type { View } from '../../views/view-model.ts';
import type { CardSubmission } from './adaptive-card-submission.ts';
import type { Speaker } from './teams-turn.ts';

/**
 * A pressed button or submitted form as a router call. Anything that is not one of our submissions goes to
 * the router as an unknown action, so the user gets the router's "I don't know this button" in their
 * language instead of silence.
 */
export function answerSubmission(
  router: Router,
  submission: CardSubmission | undefined,
  fallbackActionId: string,
  { locale, actor }: Speaker,
  conversation: ConversationKind,
): Promise<View> {
  if (submission?.kind === 'action') {
    // Renderers may suffix ids to keep them unique on a card (see toPlatformActionId); the router wants none.
    const actionId = submission.actionId.split('#', 1)[0] ?? '';
    return router.handleAction({ actionId, value: submission.value, locale, actor, conversation });
  }
  if (submission?.kind === 'form') {
    const { formId, fields } = submission;
    return router.handleForm({ formId, values: fields, locale, actor, conversation });
  }
  return router.handleAction({ actionId: fallbackActionId, value: undefined, locale, actor, conversation });
}
