import type { KnownBlock, SectionBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { renderHome } from '../../../src/channels/slack/render-home.ts';
import { renderMessage } from '../../../src/channels/slack/render-message.ts';
import { renderModal } from '../../../src/channels/slack/render-modal.ts';
import { ActionIds } from '../../../src/views/action-ids.ts';
import {
  type Block,
  button,
  buttons,
  context,
  createView,
  divider,
  type FormField,
  fields,
  form,
  header,
  list,
  section,
  text,
  type View,
} from '../../../src/views/view-model.ts';

/**
 * Slack's documented limits, written out again on purpose: if a renderer constant drifts, these catch it.
 * https://docs.slack.dev/reference/block-kit/blocks
 */
type Surface = 'message' | 'modal' | 'home';
const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** `&` only as the start of one of Slack's three entities, never `<` or `>` raw. */
const UNESCAPED = /&(?!amp;|lt;|gt;)|[<>]/;

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => {
  expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
  return value as Json;
};
const asArray = (value: unknown): unknown[] => {
  expect(Array.isArray(value)).toBe(true);
  return value as unknown[];
};

function assertText(value: unknown, max: number, kind?: 'plain_text' | 'mrkdwn') {
  const object = asObject(value);
  if (kind) expect(object.type).toBe(kind);
  expect(['plain_text', 'mrkdwn']).toContain(object.type);
  const content = object.text;
  expect(typeof content).toBe('string');
  const textValue = content as string;
  expect(textValue.trim()).not.toBe('');
  expect(textValue.length).toBeLessThanOrEqual(max);
  expect(textValue).not.toMatch(LONE_SURROGATE);
  expect(textValue).not.toMatch(UNESCAPED);
}

function assertId(value: unknown) {
  if (value === undefined) return;
  expect(typeof value).toBe('string');
  expect((value as string).length).toBeGreaterThan(0);
  expect((value as string).length).toBeLessThanOrEqual(255);
}

function assertOption(value: unknown) {
  const option = asObject(value);
  assertText(option.text, 75, 'plain_text');
  expect(typeof option.value).toBe('string');
  expect((option.value as string).length).toBeLessThanOrEqual(150);
}

function assertElement(value: unknown) {
  const element = asObject(value);
  assertId(element.action_id);
  switch (element.type) {
    case 'button':
      assertText(element.text, 75, 'plain_text');
      if (element.value !== undefined) expect((element.value as string).length).toBeLessThanOrEqual(2000);
      break;
    case 'static_select':
    case 'multi_static_select': {
      const options = element.options === undefined ? [] : asArray(element.options);
      expect(options.length).toBeLessThanOrEqual(100);
      options.forEach(assertOption);
      const groups = element.option_groups === undefined ? [] : asArray(element.option_groups);
      expect(groups.length).toBeLessThanOrEqual(100);
      expect(options.length > 0 !== groups.length > 0).toBe(true);
      for (const group of groups.map(asObject)) {
        assertText(group.label, 75, 'plain_text');
        const groupOptions = asArray(group.options);
        expect(groupOptions.length).toBeGreaterThan(0);
        expect(groupOptions.length).toBeLessThanOrEqual(100);
        groupOptions.forEach(assertOption);
      }
      // Initial options must be among the options offered, or Slack rejects the view.
      const offered = new Set(
        [...options, ...groups.flatMap((group) => asArray(asObject(group).options))].map(
          (option) => asObject(option).value,
        ),
      );
      const initial = element.initial_options === undefined ? [] : asArray(element.initial_options);
      for (const option of initial) expect(offered.has(asObject(option).value)).toBe(true);
      if (element.initial_option !== undefined)
        expect(offered.has(asObject(element.initial_option).value)).toBe(true);
      break;
    }
    case 'plain_text_input':
      if (element.initial_value !== undefined) {
        expect((element.initial_value as string).length).toBeLessThanOrEqual(3000);
        expect(element.initial_value).not.toMatch(LONE_SURROGATE);
      }
      break;
    case 'datepicker':
    case 'number_input':
      break;
    default:
      throw new Error(`unexpected element ${String(element.type)}`);
  }
}

/** Walks every block and element of a rendered surface and checks each limit Slack enforces. */
function assertBlockKitLimits(blocks: readonly unknown[], surface: Surface) {
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS[surface]);
  const blockIds = new Set<string>();
  for (const block of blocks.map(asObject)) {
    assertId(block.block_id);
    if (typeof block.block_id === 'string') {
      expect(blockIds.has(block.block_id)).toBe(false);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'header':
        assertText(block.text, 150, 'plain_text');
        break;
      case 'section': {
        if (block.text !== undefined) assertText(block.text, 3000);
        const sectionFields = block.fields === undefined ? [] : asArray(block.fields);
        expect(block.text !== undefined || sectionFields.length > 0).toBe(true);
        expect(sectionFields.length).toBeLessThanOrEqual(10);
        for (const field of sectionFields) assertText(field, 2000);
        break;
      }
      case 'actions': {
        const elements = asArray(block.elements);
        expect(elements.length).toBeGreaterThan(0);
        expect(elements.length).toBeLessThanOrEqual(25);
        const ids = elements.map((element) => asObject(element).action_id);
        expect(new Set(ids).size).toBe(ids.length);
        elements.forEach(assertElement);
        break;
      }
      case 'context': {
        const elements = asArray(block.elements);
        expect(elements.length).toBeGreaterThan(0);
        expect(elements.length).toBeLessThanOrEqual(10);
        for (const element of elements) assertText(element, 3000);
        break;
      }
      case 'input':
        expect(surface).toBe('modal');
        assertText(block.label, 2000, 'plain_text');
        assertElement(block.element);
        break;
      case 'divider':
        break;
      default:
        throw new Error(`unexpected block ${String(block.type)}`);
    }
  }
  if (surface === 'message') expect(textCharacters(blocks)).toBeLessThanOrEqual(12_000);
}

function textCharacters(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((total: number, item) => total + textCharacters(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value).reduce(
    (total, [key, child]) =>
      total + (key === 'text' && typeof child === 'string' ? child.length : textCharacters(child)),
    0,
  );
}

function assertModalLimits(modal: ReturnType<typeof renderModal>) {
  assertBlockKitLimits(modal.blocks, 'modal');
  for (const label of [modal.title, modal.submit, modal.close]) {
    if (label !== undefined) assertText(label, 24, 'plain_text');
  }
  expect((modal.private_metadata ?? '').length).toBeLessThanOrEqual(3000);
  expect((modal.callback_id ?? '').length).toBeLessThanOrEqual(255);
}

// --- generated content: long, hostile and full of characters that must not be cut in half ---------------

/** Emoji (surrogate pairs), entities-to-be and a would-be mention, repeated. */
const NASTY = '😀 & <@U1> ';

function longText(length: number): string {
  const words: string[] = [];
  let total = 0;
  for (let index = 0; total < length; index += 1) {
    const word = index % 37 === 0 ? '\n\n' : index % 11 === 0 ? `*bold ${index}*` : `w${index}${NASTY}`;
    words.push(word);
    total += word.length + 1;
  }
  return words.join(' ');
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

const manyButtons = (count: number) =>
  range(count).map((index) =>
    button(ActionIds.helpCommand, `${'Knop '.repeat(index % 3 === 0 ? 30 : 1)}${index} 😀&`, {
      value: JSON.stringify({ command: 'plan', index }),
    }),
  );

const manyItems = (count: number) =>
  range(count).map((index) => ({
    text: `Item ${index} ${index % 50 === 0 ? longText(4000) : NASTY}`,
    meta: index % 7 === 0 ? `meta ${index} <!here>` : undefined,
  }));

const bigForm: FormField[] = [
  { id: 'title', kind: 'text', label: longText(2500), required: true, initial: longText(5000) },
  { id: 'notes', kind: 'textarea', label: 'Notes & <@U1>', required: false, initial: '😀'.repeat(2000) },
  {
    id: 'domain',
    kind: 'select',
    label: 'Domain',
    required: true,
    options: range(200).map((index) => ({
      value: `d${index}`,
      label: `${'Leefgebied '.repeat(10)}${index} 😀`,
    })),
    initial: 'd150',
  },
  { id: 'due', kind: 'date', label: 'Due', required: false, initial: '2025-02-30' },
  { id: 'days', kind: 'number', label: 'Days', required: false, initial: 99, min: 1, max: 30 },
  {
    id: 'disciplines',
    kind: 'multiselect',
    label: `Disciplines ${NASTY}`,
    required: true,
    options: range(10_050).map((index) => ({
      value: `m${index}`,
      label: `${'Discipline '.repeat(10)}${index} 😀`,
    })),
    initial: ['m3', 'm250', 'm10049', 'not-offered'],
  },
];

/** Every kind of block, each far over its limit. */
function largeBlocks(): Block[] {
  return [
    header(`${'Kop met een lange titel 😀 & '.repeat(3)}`.padEnd(60, '!')),
    header(longText(400)),
    text(longText(20_000)),
    section(longText(9000), longText(500)),
    fields(range(25).map((index) => ({ label: `Label ${index} ${NASTY}`, value: longText(2500) }))),
    list(manyItems(500), 'Huishoudens & <!channel>'),
    buttons(manyButtons(80)),
    context(longText(5000)),
    divider(),
  ];
}

const largeView = (extra: Block[] = []): View => createView(longText(50_000), [...largeBlocks(), ...extra]);

describe('Block Kit limits hold for generated large views', () => {
  it.each(['nl', 'en'] as const)('a message stays within every limit (%s)', (locale) => {
    const message = renderMessage(
      largeView([form({ formId: 'f', title: 'Form', submitLabel: 'Go', fields: bigForm })]),
      locale,
    );
    assertBlockKitLimits(message.blocks, 'message');
    expect(message.text.trim()).not.toBe('');
    expect(message.text.length).toBeLessThanOrEqual(4000);
    expect(message.text).not.toMatch(LONE_SURROGATE);
    expect(message.text).not.toMatch(UNESCAPED);
  });

  it('a Home tab stays within every limit', () => {
    assertBlockKitLimits(renderHome(largeView(), 'nl').blocks, 'home');
  });

  it('a modal stays within every limit and keeps every form field', () => {
    const modal = renderModal(
      largeView([
        form({ formId: 'household.edit', title: longText(100), submitLabel: longText(60), fields: bigForm }),
      ]),
      'nl',
      { privateMetadata: 'x'.repeat(3000) },
    );
    assertModalLimits(modal);
    const inputs = modal.blocks.filter((block) => block.type === 'input');
    expect(inputs.map((block) => block.block_id)).toEqual(bigForm.map((field) => `field:${field.id}`));
  });

  it('a message of 500 list items keeps the blocks after the list and says how much was left out', () => {
    const view = createView('Lijst', [
      header('Acties'),
      list(manyItems(500).map((item) => ({ text: `${item.text} ${'x'.repeat(120)}` }))),
      buttons([button(ActionIds.helpShow, 'Help')]),
      context('Zet nooit namen in een kanaal.'),
    ]);
    const { blocks } = renderMessage(view, 'nl');
    assertBlockKitLimits(blocks, 'message');
    expect(blocks[0]?.type).toBe('header');
    const types = blocks.map((block) => block.type);
    expect(types.slice(-3)).toEqual(['actions', 'context', 'context']);
    expect(JSON.stringify(blocks.at(-1))).toMatch(/Weggelaten onderdelen: \d+\./);
  });

  it('summarises a message of many small blocks, keeping the first ones', () => {
    const view = createView(
      'Veel',
      range(120).map((index) => text(`Regel ${index}`)),
    );
    const { blocks } = renderMessage(view, 'en');
    assertBlockKitLimits(blocks, 'message');
    expect(blocks).toHaveLength(50);
    expect(JSON.stringify(blocks[0])).toContain('Regel 0');
    expect(JSON.stringify(blocks[48])).toContain('Regel 48');
    expect(JSON.stringify(blocks[49])).toContain('Parts left out: 71.');
  });

  it('leaves a view that fits untouched, without a summary', () => {
    const { blocks } = renderMessage(createView('Kort', [header('Kort'), text('Een regel.')]), 'nl');
    expect(blocks.map((block) => block.type)).toEqual(['header', 'section']);
  });

  it('splits 80 buttons over actions blocks of at most 25', () => {
    const { blocks } = renderHome(createView('Knoppen', [buttons(manyButtons(80))]), 'nl');
    assertBlockKitLimits(blocks, 'home');
    const actions = blocks.filter(
      (block): block is Extract<KnownBlock, { type: 'actions' }> => block.type === 'actions',
    );
    expect(actions.map((block) => block.elements.length)).toEqual([25, 25, 25, 5]);
  });

  it('splits 20,000 characters of text into sections at paragraph or word boundaries, losing nothing', () => {
    const source = longText(20_000);
    const { blocks } = renderHome(createView('Tekst', [text(source)]), 'nl');
    assertBlockKitLimits(blocks, 'home');
    const joined = blocks
      .filter((block): block is SectionBlock => block.type === 'section')
      .map((block) => block.text?.text ?? '')
      .join(' ');
    const words = (value: string) => value.split(/\s+/).filter(Boolean);
    const escaped = source.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(words(joined)).toEqual(words(escaped));
  });
});

describe('assertBlockKitLimits', () => {
  const plain = (value: string) => ({ type: 'plain_text', text: value });
  const bad: [string, unknown[]][] = [
    ['51 blocks in a message', range(51).map(() => ({ type: 'divider' }))],
    ['a 151-character header', [{ type: 'header', text: plain('h'.repeat(151)) }]],
    ['a raw mention', [{ type: 'section', text: { type: 'mrkdwn', text: '<!channel>' } }]],
    ['a bare ampersand', [{ type: 'section', text: { type: 'mrkdwn', text: 'a & b' } }]],
    ['half a surrogate pair', [{ type: 'section', text: { type: 'mrkdwn', text: '😀'.slice(0, 1) } }]],
    ['an empty text', [{ type: 'context', elements: [{ type: 'mrkdwn', text: ' ' }] }]],
    ['11 fields', [{ type: 'section', fields: range(11).map(() => plain('f')) }]],
    [
      '26 buttons',
      [
        {
          type: 'actions',
          elements: range(26).map((i) => ({ type: 'button', action_id: `a${i}`, text: plain('b') })),
        },
      ],
    ],
    [
      'duplicate action ids',
      [
        {
          type: 'actions',
          elements: range(2).map(() => ({ type: 'button', action_id: 'a', text: plain('b') })),
        },
      ],
    ],
    [
      'a 76-character button',
      [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: plain('b'.repeat(76)) }] }],
    ],
    ['an input in a message', [{ type: 'input', label: plain('l'), element: { type: 'datepicker' } }]],
  ];
  it.each(bad)('rejects %s', (_name, blocks) => {
    expect(() => assertBlockKitLimits(blocks, 'message')).toThrow();
  });
});
