import type { ActionsBlock, KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { renderHome } from '../../../src/channels/slack/render-home.ts';
import { renderMessage } from '../../../src/channels/slack/render-message.ts';
import { ActionIds, fromPlatformActionId } from '../../../src/views/action-ids.ts';
import { decodeActionValue, encodeActionValue } from '../../../src/views/action-payload.ts';
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
  type View,
} from '../../../src/views/view-model.ts';
import { textPlaces } from '../text-places.ts';

/** What a user might type and a view might echo: a broadcast, a mention and an ampersand. */
const HOSTILE = 'Jansen & Zn <!channel> <@U1>';
const ESCAPED = 'Jansen &amp; Zn &lt;!channel&gt; &lt;@U1&gt;';

const render = (...blocks: Block[]) => renderMessage(createView('fallback', blocks), 'nl').blocks;

function expectEscaped(blocks: KnownBlock[]) {
  const json = JSON.stringify(blocks);
  expect(json).toContain(ESCAPED);
  expect(json).not.toContain('<!channel>');
  expect(json).not.toContain('<@U1>');
  expect(json).not.toMatch(/& Zn/);
}

describe('renderMessage: escaping', () => {
  const cases = textPlaces(HOSTILE);

  it.each(cases)('escapes the %s', (_name, block) => {
    expectEscaped(render(block));
  });

  it('escapes the fallback text', () => {
    expect(renderMessage(createView(HOSTILE, [divider()]), 'nl').text).toBe(ESCAPED);
  });

  it('marks every mrkdwn text verbatim, so a bare @channel is not turned into a mention', () => {
    const blocks = render(text('@channel'), context('@here'), fields([{ label: 'a', value: 'b' }]));
    const mrkdwn = JSON.stringify(blocks).match(/"type":"mrkdwn"[^}]*}/g) ?? [];
    expect(mrkdwn).toHaveLength(3);
    for (const object of mrkdwn) expect(object).toContain('"verbatim":true');
  });

  it('keeps *bold* as Slack bold', () => {
    const [block] = render(text('Dit is *belangrijk* & dringend'));
    expect(block).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Dit is *belangrijk* &amp; dringend', verbatim: true },
    });
  });
});

describe('renderMessage: blocks', () => {
  it('renders each kind of block as its Block Kit counterpart', () => {
    const blocks = render(
      header('Kop'),
      section('Tekst', 'Titel'),
      fields([{ label: 'Datum', value: 'morgen' }]),
      list([{ text: 'een', meta: 'klein' }, { text: 'twee' }], 'Lijst'),
      divider(),
      context('Voetnoot'),
    );
    expect(blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Kop', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Titel*\nTekst', verbatim: true } },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*Datum*\nmorgen', verbatim: true }] },
      { type: 'section', text: { type: 'mrkdwn', text: '*Lijst*\n• een (klein)\n• twee', verbatim: true } },
      { type: 'divider' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Voetnoot', verbatim: true }] },
    ]);
  });

  it('leaves out blocks without text, which Slack would reject', () => {
    expect(render(header(' '), text(''), context('\n'), list([]), buttons([]), fields([]))).toEqual([]);
  });

  it('shows a form outside a modal as its title and a note', () => {
    const blocks = render(form({ formId: 'f', title: 'Wijzig', submitLabel: 'ok', fields: [] }));
    expect(JSON.stringify(blocks)).toContain('*Wijzig*');
    expect(JSON.stringify(blocks)).toContain('Dit formulier kun je hier niet invullen.');
  });

  it('shows a form as its title and an "Open form" button when the message says what opens it', () => {
    const value = encodeActionValue(ActionIds.formOpen, { text: 'huishouden HH-2041' });
    const view = createView('fallback', [
      text('Vul in.'),
      form({ formId: 'f', title: 'Wijzig', submitLabel: 'ok', fields: [] }),
    ]);
    const blocks = renderMessage(view, 'nl', { openFormValue: value }).blocks;
    expect(JSON.stringify(blocks)).not.toContain('niet invullen');
    expect(blocks.slice(1)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Wijzig*', verbatim: true } },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'form.open#0',
            text: { type: 'plain_text', text: 'Formulier openen', emoji: true },
            value,
            style: 'primary',
          },
        ],
      },
    ]);
    const english = renderMessage(view, 'en', { openFormValue: value }).blocks;
    expect(JSON.stringify(english)).toContain('Open form');
  });
});

describe('renderMessage: buttons', () => {
  const actionsOf = (blocks: KnownBlock[]) =>
    blocks.filter((block): block is ActionsBlock => block.type === 'actions');

  it('gives every button a unique action_id that maps back to its action id', () => {
    const view = createView('x', [
      buttons([
        button(ActionIds.helpCommand, 'plan'),
        button(ActionIds.helpCommand, 'acties'),
        button(ActionIds.actionDone, 'klaar'),
      ]),
    ]);
    const [actions] = actionsOf(renderMessage(view, 'nl').blocks);
    const ids = actions?.elements.map((element) => ('action_id' in element ? element.action_id : '')) ?? [];
    expect(new Set(ids).size).toBe(3);
    expect(ids.map((id) => fromPlatformActionId(id ?? ''))).toEqual([
      ActionIds.helpCommand,
      ActionIds.helpCommand,
      ActionIds.actionDone,
    ]);
  });

  it('carries the button value unchanged, so the payload decodes again', () => {
    const value = encodeActionValue(ActionIds.actionSnooze, { actionItemId: 'a&<b>', days: 3 });
    const view = createView('x', [
      buttons([button(ActionIds.actionSnooze, 'Later', { value, style: 'danger' })]),
    ]);
    const element = actionsOf(renderMessage(view, 'nl').blocks)[0]?.elements[0];
    expect(element).toMatchObject({ type: 'button', value, style: 'danger' });
    const raw = element && 'value' in element ? element.value : undefined;
    expect(decodeActionValue(ActionIds.actionSnooze, raw)).toEqual({
      ok: true,
      payload: { actionItemId: 'a&<b>', days: 3 },
    });
  });

  it('refuses a button value Slack would reject, with a coded error', () => {
    const view = createView('x', [buttons([button(ActionIds.helpShow, 'x', { value: 'v'.repeat(2001) })])]);
    expect(() => renderMessage(view, 'nl')).toThrow(
      expect.objectContaining({ code: 'button-value-too-long' }),
    );
  });
});

describe('fallback text', () => {
  const bare = (fallbackText: string, blocks: Block[]): View => ({ fallbackText, blocks });

  it('is the view fallback when there is one', () => {
    expect(renderMessage(createView('Hallo', []), 'nl').text).toBe('Hallo');
  });

  it('falls back to the first text in the view, then to a translated default', () => {
    expect(renderMessage(bare(' ', [divider(), header('Kop')]), 'nl').text).toBe('Kop');
    expect(renderMessage(bare('', []), 'nl').text).toBe('Een bericht van casus');
    expect(renderMessage(bare('', []), 'en').text).toBe('A message from casus');
  });

  it('stays well under Slack’s 40,000 characters', () => {
    const { text: fallback } = renderMessage(createView('&'.repeat(50_000), []), 'nl');
    expect(fallback.length).toBeLessThanOrEqual(4000);
    expect(fallback.endsWith('&amp;…')).toBe(true);
  });
});

describe('renderHome', () => {
  it('is a Home tab view with the same blocks as a message', () => {
    const view = createView('x', [header('Welkom'), text('Hallo')]);
    expect(renderHome(view, 'nl')).toEqual({ type: 'home', blocks: renderMessage(view, 'nl').blocks });
  });
});
