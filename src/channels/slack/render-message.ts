import type { KnownBlock } from '@slack/types';
import { translate } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';
import type { View } from '../../views/view-model.ts';
import { FALLBACK_TEXT_LENGTH, MAX_BLOCKS_PER_MESSAGE, MESSAGE_TEXT_BUDGET } from './block-kit-limits.ts';
import { formNote, formOpenButton, renderSurfaceBlocks } from './render-surface.ts';
import { truncatePlain } from './render-text.ts';

export interface SlackMessage {
  /** Notification and screen-reader text; escaped like all text, never empty. */
  text: string;
  blocks: KnownBlock[];
}

export interface MessageOptions {
  /**
   * The encoded `form.open` payload (see ActionIds.formOpen): a form then becomes an "Open form" button
   * carrying it. Without it a form is its title and a note that it cannot be filled in here.
   */
  openFormValue?: string;
}

/** A view as the body of chat.postMessage, chat.update or respond(). Pure; fits Slack's limits. */
export function renderMessage(view: View, locale: Locale, options: MessageOptions = {}): SlackMessage {
  const { openFormValue } = options;
  return {
    text: fallbackText(view, locale),
    blocks: renderSurfaceBlocks(view, locale, {
      maxBlocks: MAX_BLOCKS_PER_MESSAGE,
      maxText: MESSAGE_TEXT_BUDGET,
      renderForm: openFormValue === undefined ? formNote(locale) : formOpenButton(locale, openFormValue),
    }),
  };
}

/**
 * Slack shows `text` in notifications and to screen readers when blocks are present:
 * https://docs.slack.dev/reference/methods/chat.postMessage#text_usage
 * `createView` refuses an empty fallback, but a hand-built view may still lack one.
 */
export function fallbackText(view: View, locale: Locale): string {
  const candidates = [
    view.fallbackText,
    ...view.blocks.map((block) => ('text' in block ? block.text : '')),
    translate(locale, 'slack.fallback'),
  ];
  const source = candidates.find((candidate) => candidate.trim() !== '') ?? 'casus';
  return truncatePlain(source.trim(), FALLBACK_TEXT_LENGTH);
}
