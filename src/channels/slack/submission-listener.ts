import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { postMessage } from './answer-view.ts';
import { parseModalSubmission } from './block-kit.ts';
import { viewSubmissionKey } from './delivery-keys.ts';
import { isFirstDelivery, type ListenerDeps } from './listener-deps.ts';
import { findRequester } from './requester.ts';

/**
 * A modal's submit: ack at once (which closes it), then route the parsed values by the form id that the
 * renderer put in callback_id, and answer in the person's direct message with casus. A modal is seen by
 * its submitter alone, so the conversation is private.
 * https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
 */
export function submissionListener(deps: ListenerDeps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    await ack();
    if (!(await isFirstDelivery(deps, [viewSubmissionKey(view.id, view.hash)]))) return;
    const { locale, actor } = await findRequester(deps.store, deps.defaultLocale, {
      teamId: body.team?.id ?? body.user.team_id,
      userId: body.user.id,
    });
    const values = parseModalSubmission(view.state.values);
    const answer = await deps.router.handleForm({
      formId: view.callback_id,
      values,
      locale,
      actor,
      conversation: 'private',
    });
    await postMessage(client, { channel: body.user.id }, answer, locale);
  };
}
