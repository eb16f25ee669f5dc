import type { ActionsBlock, KnownBlock, SectionBlock, Button as SlackButton } from '@slack/types';
import { toPlatformActionId } from '../../views/action-ids.ts';
import { chartBarLines } from '../../views/chart-bars.ts';
import type { Block, Button, ChartBlock, Field, FormBlock, ListItem } from '../../views/view-model.ts';
import {
  MAX_ACTIONS_ELEMENTS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_HEADER_TEXT,
  MAX_SECTION_FIELD_TEXT,
  MAX_SECTION_FIELDS,
  MAX_SECTION_TEXT,
  MAX_TEXT_OBJECT,
} from './block-kit-limits.ts';
import { SlackRenderError } from './render-error.ts';
import {
  ELLIPSIS,
  mrkdwn,
  plainText,
  splitText,
  toMrkdwn,
  truncateMrkdwn,
  truncatePlain,
} from './render-text.ts';

/**
 * One Slack block, and how many things the reader loses when it has to be left out (list items, buttons,
 * fields, parts of a text). One view block becomes zero or more pieces: long content is split so every
 * piece is within Slack's limits on its own.
 */
export interface Piece {
  block: KnownBlock;
  items: number;
}

/** Titles of sections and lists: one line, short enough to leave room for the text under them. */
const MAX_TITLE = 150;
/** Small print after a list item. */
const MAX_META = 100;

export type ContentBlock = Exclude<Block, FormBlock>;

/** Every view block except forms, which each surface renders its own way. */
export function renderContent(block: ContentBlock): Piece[] {
  switch (block.type) {
    case 'header':
      return headerPieces(block.text);
    case 'text':
      return textPieces(block.text);
    case 'section':
      return textPieces(block.text, block.title);
    case 'fields':
      return fieldPieces(block.fields);
    case 'buttons':
      return buttonPieces(block.buttons);
    case 'list':
      return listPieces(block.items, block.title);
    case 'divider':
      return [{ block: { type: 'divider' }, items: 0 }];
    case 'context':
      return contextPieces(block.text);
    case 'chart':
      return chartPieces(block);
    default:
      // Unreachable for typed callers; a block kind from a newer core renders as nothing, not a crash.
      return unknownBlock(block);
  }
}

function unknownBlock(_block: never): Piece[] {
  return [];
}

/** Slack rejects empty text objects, so blank text means no block rather than an invalid one. */
const isBlank = (value: string) => value.trim() === '';

function headerPieces(text: string): Piece[] {
  if (isBlank(text)) return [];
  const header = plainText(truncatePlain(oneLine(text), MAX_HEADER_TEXT));
  return [{ block: { type: 'header', text: header }, items: 0 }];
}

/** A bold title line for sections and lists. */
export function titleLine(title: string): string {
  return `*${truncatePlain(oneLine(title), MAX_TITLE)}*`;
}

function textPieces(text: string, title?: string): Piece[] {
  const heading = title === undefined || isBlank(title) ? undefined : titleLine(title);
  const room = MAX_SECTION_TEXT - (heading === undefined ? 0 : heading.length + 1);
  const chunks = splitText(text, room).map(toMrkdwn);
  if (heading !== undefined) chunks[0] = chunks.length > 0 ? `${heading}\n${chunks[0]}` : heading;
  return chunks.map((chunk) => ({ block: section(chunk), items: 1 }));
}

function fieldPieces(fields: readonly Field[]): Piece[] {
  const texts = fields.filter((field) => !isBlank(field.label) || !isBlank(field.value)).map(fieldText);
  return chunk(texts, MAX_SECTION_FIELDS).map((group) => ({
    block: { type: 'section', fields: group.map(mrkdwn) },
    items: group.length,
  }));
}

function fieldText(field: Field): string {
  const label = isBlank(field.label) ? '' : `${titleLine(field.label)}\n`;
  return label + truncateMrkdwn(field.value, MAX_SECTION_FIELD_TEXT - label.length);
}

/**
 * Action ids get a running index across the whole buttons block (not per Slack block), so every button
 * of the view block stays distinguishable and `fromPlatformActionId` recovers the id.
 */
function buttonPieces(buttons: readonly Button[]): Piece[] {
  const elements = buttons.map(slackButton);
  return chunk(elements, MAX_ACTIONS_ELEMENTS).map((group) => {
    const block: ActionsBlock = { type: 'actions', elements: group };
    return { block, items: group.length };
  });
}

function slackButton(button: Button, index: number): SlackButton {
  if (button.value !== undefined && button.value.length > MAX_BUTTON_VALUE) {
    throw new SlackRenderError('button-value-too-long', {
      actionId: button.actionId,
      length: button.value.length,
    });
  }
  const label = isBlank(button.label) ? ELLIPSIS : truncatePlain(oneLine(button.label), MAX_BUTTON_TEXT);
  return {
    type: 'button',
    action_id: toPlatformActionId(button.actionId, index),
    text: plainText(label),
    ...(button.value === undefined || button.value === '' ? {} : { value: button.value }),
    ...(button.style === undefined ? {} : { style: button.style }),
  };
}

/** List items as bullet lines, packed into as few sections as fit; the title rides on the first one. */
function listPieces(items: readonly ListItem[], title?: string): Piece[] {
  const pieces: Piece[] = [];
  let lines: string[] = title === undefined || isBlank(title) ? [] : [titleLine(title)];
  let length = lines[0]?.length ?? -1;
  let count = 0;
  const flush = () => {
    if (lines.length > 0) pieces.push({ block: section(lines.join('\n')), items: count });
    lines = [];
    length = -1;
    count = 0;
  };
  for (const item of items) {
    const line = listLine(item);
    if (line === undefined) continue;
    if (length + 1 + line.length > MAX_SECTION_TEXT) flush();
    lines.push(line);
    length += 1 + line.length;
    count += 1;
  }
  flush();
  return pieces;
}

function listLine(item: ListItem): string | undefined {
  if (isBlank(item.text) && (item.meta === undefined || isBlank(item.meta))) return undefined;
  const meta =
    item.meta === undefined || isBlank(item.meta) ? '' : ` (${truncatePlain(oneLine(item.meta), MAX_META)})`;
  const bullet = '• ';
  return bullet + truncateMrkdwn(oneLine(item.text), MAX_SECTION_TEXT - bullet.length - meta.length) + meta;
}

function contextPieces(text: string): Piece[] {
  if (isBlank(text)) return [];
  return [{ block: contextBlock(truncateMrkdwn(text, MAX_TEXT_OBJECT)), items: 0 }];
}

/**
 * Slack draws no charts: the title, the series as text bars in a code block (monospaced, so the bars line up),
 * and the chart's summary as small print for whoever reads it aloud.
 */
function chartPieces(chart: ChartBlock): Piece[] {
  const heading = isBlank(chart.title) ? '' : titleLine(chart.title);
  const lines = chartBarLines(chart);
  // Room for the title, the fences and their line breaks; the bars are a dozen short lines, far below it.
  const bars = truncateMrkdwn(lines.join('\n'), MAX_SECTION_TEXT - heading.length - 9);
  const body = [heading, ...(lines.length === 0 ? [] : [`\`\`\`\n${bars}\n\`\`\``])]
    .filter(Boolean)
    .join('\n');
  const pieces: Piece[] = body === '' ? [] : [{ block: section(body), items: 1 }];
  return [...pieces, ...contextPieces(chart.summary)];
}

export function section(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export function contextBlock(text: string): KnownBlock {
  return { type: 'context', elements: [mrkdwn(text)] };
}

/** Headers, titles and bullets are one line; a newline would break bold or the bullet. */
function oneLine(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').trim();
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += size) chunks.push(values.slice(start, start + size));
  return chunks;
}
