import { type Activity, CardFactory, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { showHelp } from '../../../src/app/use-cases/show-help.ts';
import type {
  AdaptiveCard,
  CardElement,
  CardTextBlock,
  ExecuteAction,
} from '../../../src/channels/teams/adaptive-card-types.ts';
import { renderAdaptiveCard, renderTeamsMessage } from '../../../src/channels/teams/render-adaptive-card.ts';
import { encodeActionValue } from '../../../src/views/action-payload.ts';
import {
  type Block,
  button,
  buttons,
  context,
  createView,
  divider,
  fields,
  form,
  header,
  list,
  section,
  text,
} from '../../../src/views/view-model.ts';

const render = (...blocks: Block[]) => renderAdaptiveCard(createView('fallback', blocks), 'en');

function elementsOf(elements: readonly CardElement[]): CardElement[] {
  return elements.flatMap((element) =>
    element.type === 'Container' ? [element, ...elementsOf(element.items)] : [element],
  );
}

const textBlocksOf = (card: AdaptiveCard) =>
  elementsOf(card.body).filter((element): element is CardTextBlock => element.type === 'TextBlock');

const actionsOf = (card: AdaptiveCard): ExecuteAction[] =>
  elementsOf(card.body).flatMap((element) => (element.type === 'ActionSet' ? element.actions : []));

/** Every string Teams reads as markdown: TextBlocks and both sides of every fact. */
function markdownOf(card: AdaptiveCard): string[] {
  return elementsOf(card.body).flatMap((element) => {
    if (element.type === 'TextBlock') return [element.text];
    if (element.type === 'FactSet') return element.facts.flatMap((fact) => [fact.title, fact.value]);
    return [];
  });
}

/** True when `char` occurs without an odd run of backslashes before it, i.e. markdown would act on it. */
function hasUnescaped(markdown: string, char: string): boolean {
  for (let i = markdown.indexOf(char); i !== -1; i = markdown.indexOf(char, i + 1)) {
    let backslashes = 0;
    while (markdown[i - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) return true;
  }
  return false;
}

describe('renderAdaptiveCard: card shape', () => {
  it('declares the Adaptive Card schema and a version Teams supports (at most 1.5)', () => {
    const card = render(text('hello'));
    expect(card.type).toBe('AdaptiveCard');
    expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    expect(Number(card.version)).toBeLessThanOrEqual(1.5);
    // Action.Execute needs 1.4 or later in Teams.
    expect(Number(card.version)).toBeGreaterThanOrEqual(1.4);
  });

  it('puts the fallback text in the card and as the message summary, never empty', () => {
    const view = showHelp({ locale: 'nl', available: new Set(['help']) });
    const message = renderTeamsMessage(view, 'nl');
    expect(message.summary.trim()).not.toBe('');
    expect(message.summary).toBe(view.fallbackText);
    expect(message.attachments[0].content.fallbackText).toBe(view.fallbackText);
  });

  it('caps a very long fallback text', () => {
    const card = renderAdaptiveCard(createView('x'.repeat(50_000), [text('hi')]), 'en');
    expect(card.fallbackText.length).toBeLessThanOrEqual(1_000);
    expect(card.fallbackText.endsWith('…')).toBe(true);
  });

  it('sends through botbuilder as an Adaptive Card attachment with a summary and no duplicate text', async () => {
    const message = renderTeamsMessage(showHelp({ locale: 'en', available: new Set(['help']) }), 'en');
    const activity: Partial<Activity> = message;
    const adapter = new TestAdapter(async (turn) => {
      await turn.sendActivity(activity);
    });
    await adapter.send('help').assertReply((reply) => {
      expect(reply.attachments?.[0]?.contentType).toBe(CardFactory.contentTypes.adaptiveCard);
      expect(reply.summary).toBe(message.summary);
      expect(reply.text).toBeUndefined();
    });
  });

  it('renders a header as a large, bold TextBlock', () => {
    expect(render(header('Casusoverleg')).body[0]).toEqual({
      type: 'TextBlock',
      text: 'Casusoverleg',
      wrap: true,
      size: 'Large',
      weight: 'Bolder',
    });
  });

  it('wraps every TextBlock, so Teams does not cut text off after one line', () => {
    const card = render(
      header('h'),
      text('t'),
      section('s', 'title'),
      list([{ text: 'i', meta: 'm' }], 'list'),
      context('c'),
      form({
        formId: 'f',
        title: 'Form',
        submitLabel: 'Save',
        fields: [{ id: 'a', kind: 'text', label: 'A', required: true }],
      }),
    );
    const blocks = textBlocksOf(card);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    for (const block of blocks) expect(block.wrap).toBe(true);
  });

  it('renders fields as a FactSet', () => {
    expect(render(fields([{ label: 'Reference', value: '*HH-12*' }])).body[0]).toEqual({
      type: 'FactSet',
      facts: [{ title: 'Reference', value: '**HH-12**' }],
    });
  });

  it('renders a list as a titled Container of TextBlocks, meta in italics', () => {
    const card = render(list([{ text: '*plan* — Plan', meta: 'coming soon' }, { text: 'help' }], 'Commands'));
    expect(card.body[0]).toMatchObject({
      type: 'Container',
      items: [
        { type: 'TextBlock', text: 'Commands', weight: 'Bolder' },
        { type: 'TextBlock', text: '• **plan** — Plan · _coming soon_' },
        { type: 'TextBlock', text: '• help' },
      ],
    });
  });

  it('renders context as small, subtle text', () => {
    expect(render(context('Never put names in a channel.')).body[0]).toMatchObject({
      size: 'Small',
      isSubtle: true,
      wrap: true,
    });
  });

  it('turns a divider into a separator on the next element, and drops dividers at either end', () => {
    const card = render(divider(), text('one'), divider(), divider(), text('two'), divider());
    expect(card.body).toHaveLength(2);
    expect(card.body[0]).not.toHaveProperty('separator');
    expect(card.body[1]).toMatchObject({ text: 'two', separator: true });
  });

  it('adds a refresh for at most 60 users, and none without users', () => {
    const userIds = Array.from({ length: 70 }, (_, i) => `29:user-${i}`);
    const card = renderAdaptiveCard(createView('f', [text('t')]), 'en', { refreshUserIds: userIds });
    expect(card.refresh?.action).toMatchObject({ type: 'Action.Execute', verb: 'card.refresh' });
    expect(card.refresh?.userIds).toEqual(userIds.slice(0, 60));
    expect(renderAdaptiveCard(createView('f', [text('t')]), 'en', { refreshUserIds: [] })).not.toHaveProperty(
      'refresh',
    );
  });
});

describe('renderAdaptiveCard: buttons', () => {
  const plan = encodeActionValue('help.command', { command: 'plan' });
  const card = render(
    buttons([
      button('help.command', 'plan', { value: plan, style: 'primary' }),
      button('help.show', 'Help'),
      button('action.blocked', 'Blocked', { value: '{"actionItemId":"a1"}', style: 'danger' }),
    ]),
  );

  it('renders every button as Action.Execute with an Action.Submit fallback carrying the same data', () => {
    const actions = actionsOf(card);
    expect(actions).toHaveLength(3);
    for (const action of actions) {
      expect(action.type).toBe('Action.Execute');
      expect(action.fallback.type).toBe('Action.Submit');
      expect(action.fallback.data).toEqual(action.data);
      expect(action.fallback.title).toBe(action.title);
    }
  });

  it('uses the action id as verb and carries it with the encoded value in the data', () => {
    const [first, second] = actionsOf(card);
    expect(first).toMatchObject({ verb: 'help.command', data: { actionId: 'help.command', value: plan } });
    expect(second?.verb).toBe('help.show');
    expect(second?.data).toEqual({ actionId: 'help.show' });
  });

  it('maps primary to positive and danger to destructive, on the fallback too', () => {
    const [primary, plain, danger] = actionsOf(card);
    expect([primary?.style, primary?.fallback.style]).toEqual(['positive', 'positive']);
    expect(plain).not.toHaveProperty('style');
    expect([danger?.style, danger?.fallback.style]).toEqual(['destructive', 'destructive']);
  });

  it('lets buttons ignore form inputs, so an unfilled required field does not block them', () => {
    for (const action of actionsOf(card)) {
      expect(action.associatedInputs).toBe('none');
      expect(action.fallback.associatedInputs).toBe('none');
    }
  });

  it('renders the help view with its buttons', () => {
    const help = renderAdaptiveCard(showHelp({ locale: 'nl', available: new Set(['help']) }), 'nl');
    expect(actionsOf(help).map((action) => action.title)).toEqual(['plan', 'acties', 'overzicht']);
  });
});

describe('renderAdaptiveCard: text', () => {
  it('turns *bold* into **bold**', () => {
    expect(textBlocksOf(render(text('Open *3* actions')))[0]?.text).toBe('Open **3** actions');
  });

  it('leaves stars with spaces inside as literal stars', () => {
    expect(textBlocksOf(render(text('2 * 3 * 4')))[0]?.text).toBe('2 \\* 3 \\* 4');
  });

  it('renders [click](http://evil) as literal text, not a link', () => {
    const [block] = textBlocksOf(render(text('[click](http://evil)')));
    expect(block?.text).toBe('\\[click\\](http://evil)');
    expect(hasUnescaped(block?.text ?? '', '[')).toBe(false);
  });

  it('keeps a link out of bold text too', () => {
    expect(textBlocksOf(render(text('*[click](http://evil)*')))[0]?.text).toBe(
      '**\\[click\\](http://evil)**',
    );
  });

  it('cannot mention anyone: <at> never reaches Teams and the card has no mention entities', () => {
    const card = render(
      text('<at>Jan</at> kijk even'),
      fields([{ label: '<at>x</at>', value: '<at>y</at>' }]),
    );
    const json = JSON.stringify(card);
    expect(json).not.toContain('<at>');
    expect(json).not.toContain('msteams');
    expect(textBlocksOf(card)[0]?.text).toBe('\\<at\\>Jan\\</at\\> kijk even');
  });

  it.each([
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['12. not a list', '12\\. not a list'],
    ['3) not a list', '3\\) not a list'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['_not italic_', '\\_not italic\\_'],
    ['`not code`', '\\`not code\\`'],
    ['~~not struck~~', '\\~\\~not struck\\~\\~'],
    ['&lt; stays as typed', '\\&lt; stays as typed'],
    ['\\[escaped\\]', '\\\\\\[escaped\\\\\\]'],
    ['a - b and 1. c', 'a - b and 1. c'],
  ])('escapes %j', (input, expected) => {
    expect(textBlocksOf(render(text(input)))[0]?.text).toBe(expected);
  });

  it('turns a newline into a paragraph break and drops leading spaces that would make a code block', () => {
    expect(textBlocksOf(render(text('one\n    - two\r\nthree')))[0]?.text).toBe('one\n\n\\- two\n\nthree');
  });

  it('escapes hostile text wherever a view can put it', () => {
    const hostile = '[x](http://evil) <at>a</at> _i_ `c` # &amp;';
    const card = render(
      header(hostile),
      text(hostile),
      section(hostile, hostile),
      fields([{ label: hostile, value: hostile }]),
      list([{ text: hostile }], hostile),
      context(hostile),
    );
    const markdown = markdownOf(card);
    expect(markdown).toHaveLength(9);
    for (const value of markdown) {
      for (const char of ['[', ']', '<', '>', '_', '`', '#', '&'])
        expect(hasUnescaped(value, char)).toBe(false);
    }
  });
});
