import { translate } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';
import type { View } from '../../views/view-model.ts';
import { blockElement, contextBlock } from './adaptive-card-blocks.ts';
import {
  BODY_BUDGET_BYTES,
  jsonBytes,
  MAX_FALLBACK_CHARS,
  MAX_REFRESH_USERS,
} from './adaptive-card-limits.ts';
import { REFRESH_VERB } from './adaptive-card-submission.ts';
import { escapeMarkdown, truncate } from './adaptive-card-text.ts';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  type AdaptiveCard,
  type CardElement,
  type CardRefresh,
} from './adaptive-card-types.ts';

export interface RenderCardOptions {
  /**
   * Teams users (their `aadObjectId` or 29: ids) whose client asks the bot for a fresh card when they
   * open this one: Universal Actions' user-specific views. At most 60 are kept, Teams' limit.
   */
  refreshUserIds?: readonly string[];
}

/**
 * The Teams renderer: one view → one Adaptive Card, pure and total like the Block Kit and try-out
 * renderers. Blocks are added in order while they fit the body budget; one that does not is left out
 * (later, smaller blocks such as the buttons still get in) and a note at the end says how many were.
 */
export function renderAdaptiveCard(
  view: View,
  locale: Locale,
  options: RenderCardOptions = {},
): AdaptiveCard {
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: fallbackOf(view),
    body: cardBody(view, locale),
  };
  const refresh = refreshOf(options.refreshUserIds ?? []);
  return refresh ? { ...card, refresh } : card;
}

export interface TeamsMessage {
  type: 'message';
  /**
   * The view's fallback text as the notification and chat-list preview; without it Teams says
   * "Sent a card". Not `text`: Teams would show text above the card, saying everything twice.
   */
  summary: string;
  attachments: [{ contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: AdaptiveCard }];
}

/** A whole Teams message for a view, ready for `context.sendActivity` or a proactive send. */
export function renderTeamsMessage(
  view: View,
  locale: Locale,
  options: RenderCardOptions = {},
): TeamsMessage {
  const card = renderAdaptiveCard(view, locale, options);
  return {
    type: 'message',
    summary: card.fallbackText,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}

function fallbackOf(view: View): string {
  return truncate(view.fallbackText, MAX_FALLBACK_CHARS);
}

function cardBody(view: View, locale: Locale): CardElement[] {
  const body: CardElement[] = [];
  let used = 0;
  let leftOut = 0;
  let separator = false;
  for (const block of view.blocks) {
    if (block.type === 'divider') {
      separator = body.length > 0;
      continue;
    }
    const rendered = blockElement(block, locale);
    if (!rendered) continue;
    const element = separator ? { ...rendered, separator: true } : rendered;
    const size = jsonBytes(element) + 1;
    if (used + size > BODY_BUDGET_BYTES) {
      leftOut += 1;
      continue;
    }
    body.push(element);
    used += size;
    separator = false;
  }
  if (leftOut > 0)
    body.push(contextBlock(escapeMarkdown(translate(locale, 'card.left-out', { count: leftOut }))));
  return body;
}

function refreshOf(userIds: readonly string[]): CardRefresh | undefined {
  if (userIds.length === 0) return undefined;
  return {
    action: { type: 'Action.Execute', verb: REFRESH_VERB, data: { refresh: true } },
    userIds: userIds.slice(0, MAX_REFRESH_USERS),
  };
}
