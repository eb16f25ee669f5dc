import { translate } from '../../app/i18n/translate.ts';
import type { Locale } from '../../domain/locale.ts';
import { chartBarLines } from '../../views/chart-bars.ts';
import type { Block, ChartBlock, Field, ListBlock, ListItem } from '../../views/view-model.ts';
import { buttonAction } from './adaptive-card-actions.ts';
import { formContainer } from './adaptive-card-form.ts';
import {
  MAX_COLLECTION_BYTES,
  MAX_FACT_VALUE_CHARS,
  MAX_FACTS,
  MAX_ITEM_CHARS,
  MAX_LABEL_CHARS,
  MAX_LIST_ITEMS,
  MAX_TEXT_CHARS,
  MAX_TITLE_CHARS,
  takeWithinBudget,
} from './adaptive-card-limits.ts';
import { escapeMarkdown, inlineMarkdown, truncate } from './adaptive-card-text.ts';
import type { CardElement, CardFact, CardTextBlock } from './adaptive-card-types.ts';

/**
 * One view block as one card element (dividers excepted: they become `separator` on the next element,
 * see render-adaptive-card.ts). Every piece of text is capped here, so no single block can outgrow the
 * card's byte budget by much.
 */
export function blockElement(
  block: Exclude<Block, { type: 'divider' }>,
  locale: Locale,
): CardElement | undefined {
  switch (block.type) {
    case 'header':
      return textBlock(escapeMarkdown(truncate(block.text, MAX_TITLE_CHARS)), {
        size: 'Large',
        weight: 'Bolder',
      });
    case 'text':
      return textBlock(inlineMarkdown(truncate(block.text, MAX_TEXT_CHARS)));
    case 'section': {
      const body = textBlock(inlineMarkdown(truncate(block.text, MAX_TEXT_CHARS)));
      return block.title ? { type: 'Container', items: [titleBlock(block.title), body] } : body;
    }
    case 'fields':
      return factSet(block.fields, locale);
    case 'buttons':
      return block.buttons.length === 0
        ? undefined
        : { type: 'ActionSet', actions: block.buttons.map(buttonAction) };
    case 'list':
      return listContainer(block, locale);
    case 'form':
      return formContainer(block.form, locale);
    case 'context':
      return contextBlock(inlineMarkdown(truncate(block.text, MAX_TEXT_CHARS)));
    case 'chart':
      return chartContainer(block);
    default:
      // Unreachable for typed callers; a block kind from a newer core renders as nothing, not a crash.
      return unknownBlock(block);
  }
}

/**
 * Teams' Chart.VerticalBar (a point without a value drawn as 0, as the summary under it says), with the text
 * bars as its fallback for a client that cannot draw charts, and the summary as small print for everyone.
 */
function chartContainer(chart: ChartBlock): CardElement {
  const bars = chartBarLines(chart).map(escapeMarkdown).join('\n\n');
  const element: CardElement = {
    type: 'Chart.VerticalBar',
    title: truncate(chart.title, MAX_TITLE_CHARS),
    data: chart.series.map((point) => ({
      x: truncate(point.label, MAX_LABEL_CHARS),
      y: Math.round((point.value ?? 0) * 10) / 10,
    })),
    fallback: textBlock(truncate(bars, MAX_TEXT_CHARS), { fontType: 'Monospace' }),
  };
  const summary = contextBlock(escapeMarkdown(truncate(chart.summary, MAX_TEXT_CHARS)));
  return { type: 'Container', items: [element, summary] };
}

function unknownBlock(_block: never): undefined {
  return undefined;
}

export function textBlock(
  text: string,
  style: Omit<CardTextBlock, 'type' | 'text' | 'wrap'> = {},
): CardTextBlock {
  return { type: 'TextBlock', text, wrap: true, ...style };
}

/** Small print, like a context block: also used for our own "And 12 more" notes. */
export function contextBlock(text: string): CardTextBlock {
  return textBlock(text, { size: 'Small', isSubtle: true });
}

export function moreNote(count: number, locale: Locale): CardTextBlock {
  return contextBlock(escapeMarkdown(translate(locale, 'card.more-items', { count })));
}

function titleBlock(title: string): CardTextBlock {
  return textBlock(escapeMarkdown(truncate(title, MAX_TITLE_CHARS)), { weight: 'Bolder' });
}

function factSet(fields: readonly Field[], locale: Locale): CardElement {
  const { taken, leftOut } = takeWithinBudget(fields, fact, {
    maxCount: MAX_FACTS,
    maxBytes: MAX_COLLECTION_BYTES,
  });
  const facts: CardElement = { type: 'FactSet', facts: taken };
  return leftOut === 0 ? facts : { type: 'Container', items: [facts, moreNote(leftOut, locale)] };
}

/** Fact titles and values are markdown in Teams, like TextBlocks. */
function fact(field: Field): CardFact {
  return {
    title: escapeMarkdown(truncate(field.label, MAX_LABEL_CHARS)),
    value: inlineMarkdown(truncate(field.value, MAX_FACT_VALUE_CHARS)),
  };
}

/** One TextBlock per item, not a markdown list: list rendering differs between Teams desktop and mobile. */
function listContainer(block: ListBlock, locale: Locale): CardElement {
  const { taken, leftOut } = takeWithinBudget(block.items, listItem, {
    maxCount: MAX_LIST_ITEMS,
    maxBytes: MAX_COLLECTION_BYTES,
  });
  const items: CardElement[] = block.title ? [titleBlock(block.title), ...taken] : taken;
  if (leftOut > 0) items.push(moreNote(leftOut, locale));
  return { type: 'Container', items };
}

function listItem(item: ListItem): CardTextBlock {
  const text = `• ${inlineMarkdown(truncate(item.text, MAX_ITEM_CHARS))}`;
  // One line: italics cannot span the paragraph break a newline would become.
  const meta = item.meta
    ? ` · _${escapeMarkdown(truncate(item.meta.replace(/\s+/g, ' '), MAX_LABEL_CHARS))}_`
    : '';
  return textBlock(`${text}${meta}`, { spacing: 'Small' });
}
