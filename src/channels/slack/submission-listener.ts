import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { parseModalSubmission } from './block-kit.ts';
import { viewSubmissionKey } from './delivery-keys.ts';
import { type ListenerDeps, takeOn } from './listener-deps.ts';

/** A modal with one line of text. https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#responding_to_view_submissions */
function noteModal(note: string) {
  return {
    type: 'modal' as const,
    title: { type: 'plain_text' as const, text: 'casus' },
    close: { type: 'plain_text' as const, text: 'OK' },
    blocks: [{ type: 'section', text: { type: 'plain_text' as const, text: note } }],
  };
}

/**
 * A modal's submit: recorded, acked at once (which closes it), then routed by the form id that the renderer
 * put in callback_id and answered in the person's direct message with casus (answer-inbound.ts). A modal is
 * seen by its submitter alone, so the conversation is private.
 * https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
 */
export function submissionListener(deps: ListenerDeps) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    await takeOn(
      deps,
      [viewSubmissionKey(view.id, view.hash)],
      {
        kind: 'submission',
        teamId: body.team?.id ?? body.user.team_id,
        userId: body.user.id,
        formId: view.callback_id,
        values: { ...parseModalSubmission(view.state.values) },
      },
      // The modal stays open with the note instead of closing as if it were saved.
      (refusal) => (refusal ? ack({ response_action: 'update', view: noteModal(refusal) }) : ack()),
    );
  };
}
