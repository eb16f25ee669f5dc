import type { KnownBlock } from '@slack/types';
import { translate } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';
import type { View } from '../../views/view-model.ts';
import { FALLBACK_TEXT_LENGTH, MAX_BLOCKS_PER_MESSAGE, MESSAGE_TEXT_BUDGET } from './block-kit-limits.ts';
import { formNote, renderSurfaceBlocks } from './render-surface.ts';
import { truncatePlain } from './render-text.ts';

export interface SlackMessage {
  /** Notification and screen-reader text; escaped like all text, never empty. */
  text: string;
  blocks: KnownBlock[];
}

/** A view as the body of chat.postMessage, chat.update or respond(). Pure; fits Slack's limits. */
export function renderMessage(view: View, locale: Locale): SlackMessage {
  return {
    text: fallbackText(view, locale),
    blocks: renderSurfaceBlocks(view, locale, {
      maxBlocks: MAX_BLOCKS_PER_MESSAGE,
      maxText: MESSAGE_TEXT_BUDGET,
      renderForm: formNote(locale),
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
