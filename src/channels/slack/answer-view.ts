import type { AllMiddlewareArgs, RespondFn } from '@slack/bolt';
import type { Locale } from '../../domain/locale.ts';
import { decodeActionValue, encodeActionValue } from '../../views/action-payload.ts';
import type { View } from '../../views/view-model.ts';
import { renderMessage, renderModal } from './block-kit.ts';

type WebClient = AllMiddlewareArgs['client'];

/**
 * The few ways a listener delivers the router's answer. A view with a form opens as a modal when Slack gave
 * us a trigger_id (valid for 3 seconds: https://docs.slack.dev/interactivity/handling-user-interaction#modal_responses).
 */
export function hasForm(view: View): boolean {
  return view.blocks.some((block) => block.type === 'form');
}

export async function openModal(client: WebClient, triggerId: string, view: View, locale: Locale) {
  await client.views.open({ trigger_id: triggerId, view: renderModal(view, locale) });
}

/** Only the person who typed the command sees it: care teams should not have answers echoed to a channel. */
export async function respondPrivately(respond: RespondFn, view: View, locale: Locale) {
  await respond({ response_type: 'ephemeral', ...renderMessage(view, locale) });
}

/** The message whose button was pressed becomes the answer, so old buttons cannot be pressed again. */
export async function replaceOriginal(respond: RespondFn, view: View, locale: Locale) {
  await respond({ replace_original: true, ...renderMessage(view, locale) });
}

/**
 * Posts the answer. `typedText` is what the person wrote to get it: a form in the answer then becomes an
 * "Open form" button that runs the text again and opens the form in a modal (messages hold no inputs).
 */
export async function postMessage(
  client: WebClient,
  target: { channel: string; threadTs?: string },
  view: View,
  locale: Locale,
  typedText?: string,
) {
  const openFormValue = typedText === undefined || !hasForm(view) ? undefined : formOpenValue(typedText);
  await client.chat.postMessage({
    channel: target.channel,
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    ...renderMessage(view, locale, { openFormValue }),
  });
}

/**
 * The `form.open` payload for this text, or undefined when the text cannot ride on a button: too long, or
 * over Slack's 2,000 characters once JSON-escaped (control characters). The form note shows instead.
 */
export function formOpenValue(text: string): string | undefined {
  const payload = { text };
  // What decodes is within the schema and the length limit, so encoding it cannot throw.
  return decodeActionValue('form.open', JSON.stringify(payload)).ok
    ? encodeActionValue('form.open', payload)
    : undefined;
}
