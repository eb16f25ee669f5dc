import type { KnownBlock } from '@slack/types';
import type { Piece } from './render-content.ts';
import { SlackRenderError } from './render-error.ts';

/** The pieces of one view block. Pinned groups (form inputs) are never shortened. */
export interface Group {
  pieces: readonly Piece[];
  pinned?: boolean;
}

export interface Budget {
  maxBlocks: number;
  /** Total characters of all text objects; only messages have such a (soft) limit. */
  maxText?: number;
  /** The closing note when something was left out; `hidden` counts list items, buttons and the like. */
  summary: (hidden: number) => KnownBlock;
}

interface Kept {
  pieces: { piece: Piece; text: number }[];
  pinned: boolean;
}

/**
 * Fits the groups within the surface's limits. When they do not fit, the longest group loses pieces from
 * its end first (usually a long list or text), so a view's buttons and closing notes survive a 500-item
 * list; among equals the later group gives way, so the top of the view stays. One block is reserved for
 * the summary that says how much was left out.
 */
export function fitBlocks(groups: readonly Group[], budget: Budget): KnownBlock[] {
  const kept: Kept[] = groups.map((group) => ({
    pieces: group.pieces.map((piece) => ({ piece, text: textLength(piece.block) })),
    pinned: group.pinned === true,
  }));
  let blocks = sum(kept.map((group) => group.pieces.length));
  let text = sum(kept.map(groupText));
  const maxText = budget.maxText ?? Number.POSITIVE_INFINITY;
  if (blocks <= budget.maxBlocks && text <= maxText) return flatten(kept);

  const allItems = sum(groups.flatMap((group) => group.pieces.map((piece) => piece.items)));
  const blockRoom = budget.maxBlocks - 1;
  const textRoom = maxText - textLength(budget.summary(allItems));
  let hidden = 0;
  while (blocks > blockRoom || text > textRoom) {
    const victim = pickVictim(kept, blocks > blockRoom);
    const removed = victim?.pieces.pop();
    if (removed === undefined) {
      throw new SlackRenderError('too-many-fields', { blocks, limit: budget.maxBlocks });
    }
    blocks -= 1;
    text -= removed.text;
    hidden += removed.piece.items;
  }
  return [...flatten(kept), budget.summary(hidden)];
}

function pickVictim(kept: readonly Kept[], countBound: boolean): Kept | undefined {
  let victim: Kept | undefined;
  let best = -1;
  for (const group of kept) {
    if (group.pinned || group.pieces.length === 0) continue;
    const score = countBound ? group.pieces.length : groupText(group);
    if (score >= best) {
      victim = group;
      best = score;
    }
  }
  return victim;
}

function flatten(kept: readonly Kept[]): KnownBlock[] {
  return kept.flatMap((group) => group.pieces.map(({ piece }) => piece.block));
}

const groupText = (group: Kept) => sum(group.pieces.map((piece) => piece.text));

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Characters in every `text` string of a block: what Slack's undocumented message-size check counts. */
export function textLength(value: unknown): number {
  if (Array.isArray(value)) return sum(value.map(textLength));
  if (typeof value !== 'object' || value === null) return 0;
  let total = 0;
  for (const [key, child] of Object.entries(value)) {
    total += key === 'text' && typeof child === 'string' ? child.length : textLength(child);
  }
  return total;
}
