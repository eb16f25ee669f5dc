import { describe, expect, it } from 'vitest';
import type { CardElement } from '../../../src/channels/teams/adaptive-card-types.ts';
import { renderTeamsMessage } from '../../../src/channels/teams/render-adaptive-card.ts';
import {
  type Block,
  button,
  buttons,
  createView,
  fields,
  form,
  header,
  list,
  text,
  type View,
} from '../../../src/views/view-model.ts';

/** Teams' limit for a whole bot message: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages */
const TEAMS_LIMIT_BYTES = 28 * 1024;

const messageBytes = (view: View) =>
  Buffer.byteLength(JSON.stringify(renderTeamsMessage(view, 'nl')), 'utf8');

/** Characters that each grow when escaped and again when JSON-encoded, and ones that take 3 or 4 bytes. */
const NASTY = '\\*[<&_"\n€😀';

function nastyText(length: number): string {
  return NASTY.repeat(Math.ceil(length / NASTY.length)).slice(0, length);
}

function textsOf(elements: readonly CardElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === 'TextBlock') return [element.text];
    if (element.type === 'Container') return textsOf(element.items);
    return [];
  });
}

describe('renderTeamsMessage: size', () => {
  const largeView = createView('Weekoverzicht van team Noord', [
    header('Weekoverzicht'),
    text(`Notities: ${'lorem ipsum dolor sit amet '.repeat(1_200).slice(0, 30_000)}`),
    list(
      Array.from({ length: 500 }, (_, i) => ({
        text: `*Actie ${i + 1}* — bel het huishouden terug`,
        meta: 'morgen',
      })),
      'Open acties',
    ),
    buttons([button('help.show', 'Help')]),
  ]);

  it('renders a generated large view (500 list items, 30,000-character text) under 28 KB of JSON', () => {
    expect(messageBytes(largeView)).toBeLessThan(TEAMS_LIMIT_BYTES);
  });

  it('summarises the large view: shortened text, the first items, then an "and N more" note', () => {
    const card = renderTeamsMessage(largeView, 'nl').attachments[0].content;
    const texts = textsOf(card.body);
    const notes = texts.filter((value) => /^En nog \d+\.$/.test(value));
    expect(notes).toHaveLength(1);
    const shown = texts.filter((value) => value.startsWith('• ')).length;
    expect(shown).toBeGreaterThan(0);
    expect(notes[0]).toBe(`En nog ${500 - shown}.`);
    expect(texts.find((value) => value.startsWith('Notities'))?.endsWith('…')).toBe(true);
    expect(card.body.at(-1)?.type).toBe('ActionSet');
  });

  it('stays under 28 KB for a view built to be as large as possible', () => {
    const huge = nastyText(30_000);
    const blocks: Block[] = [
      ...Array.from({ length: 40 }, () => text(huge)),
      header(huge),
      fields(Array.from({ length: 200 }, () => ({ label: huge, value: huge }))),
      list(Array.from({ length: 500 }, () => ({ text: huge, meta: huge }))),
      form({
        formId: 'f',
        title: huge,
        submitLabel: huge,
        fields: Array.from({ length: 30 }, (_, i) => ({
          id: `f${i}`,
          kind: 'select' as const,
          label: huge,
          required: true,
          options: Array.from({ length: 500 }, (_, j) => ({ value: `v${j}`, label: huge })),
        })),
      }),
      buttons(Array.from({ length: 20 }, () => button('help.show', huge))),
    ];
    expect(messageBytes(createView(huge, blocks))).toBeLessThan(TEAMS_LIMIT_BYTES);
  });

  it('says how many blocks were left out when the view does not fit, and keeps later ones that do', () => {
    const huge = nastyText(30_000);
    const view = createView('f', [
      ...Array.from({ length: 10 }, () => text(huge)),
      buttons([button('help.show', 'Help')]),
    ]);
    const body = renderTeamsMessage(view, 'en').attachments[0].content.body;
    const shownTexts = body.filter((element) => element.type === 'TextBlock').length - 1;
    expect(body.some((element) => element.type === 'ActionSet')).toBe(true);
    expect(body.at(-1)).toMatchObject({
      type: 'TextBlock',
      text: `Not everything fits in this message. Parts left out: ${10 - shownTexts}.`,
    });
  });

  it('never cuts an emoji in half when shortening text', () => {
    const view = createView('f', [text('😀'.repeat(5_000))]);
    const card = renderTeamsMessage(view, 'en').attachments[0].content;
    const [shortened] = textsOf(card.body);
    expect(shortened?.endsWith('…')).toBe(true);
    // A lone surrogate does not survive a UTF-8 round trip.
    expect(Buffer.from(shortened ?? '', 'utf8').toString('utf8')).toBe(shortened);
  });
});
