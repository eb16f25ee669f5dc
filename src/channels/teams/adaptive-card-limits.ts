/**
 * Teams refuses a bot message over about 28 KB, card and text together:
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages
 * Long views are summarised while rendering, so every card fits whatever the view holds: each piece is
 * capped, and the body has a byte budget that leaves room for the fallback text (sent twice, in the card
 * and as the activity summary) and the Bot Framework envelope.
 */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28_000;
export const BODY_BUDGET_BYTES = 18_000;

/** Characters, before escaping. A notification preview shows far less than this anyway. */
export const MAX_FALLBACK_CHARS = 1_000;
export const MAX_TEXT_CHARS = 2_000;
export const MAX_TITLE_CHARS = 200;
export const MAX_LABEL_CHARS = 100;
export const MAX_ITEM_CHARS = 300;
export const MAX_FACT_VALUE_CHARS = 500;

export const MAX_LIST_ITEMS = 25;
export const MAX_FACTS = 20;
/** A dropdown longer than this is no help to anyone; Slack stops at 100 options too. */
export const MAX_CHOICES = 100;
/** Bytes one list or fact set may take, so a long list cannot crowd out the buttons after it. */
export const MAX_COLLECTION_BYTES = 8_000;

/** Teams refreshes a card automatically for at most 60 users: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views */
export const MAX_REFRESH_USERS = 60;

/** What a piece of the card adds to the JSON Teams receives. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/**
 * The leading items that fit both `maxCount` and `maxBytes` once rendered; the caller says how many were
 * left out ("And 12 more"). Stops at the first item that does not fit, so the order stays the view's.
 */
export function takeWithinBudget<T, R>(
  items: readonly T[],
  render: (item: T) => R,
  { maxCount, maxBytes }: { maxCount: number; maxBytes: number },
): { taken: R[]; leftOut: number } {
  const taken: R[] = [];
  let used = 0;
  for (const item of items) {
    if (taken.length === maxCount) break;
    const rendered = render(item);
    const size = jsonBytes(rendered) + 1;
    if (used + size > maxBytes) break;
    taken.push(rendered);
    used += size;
  }
  return { taken, leftOut: items.length - taken.length };
}
