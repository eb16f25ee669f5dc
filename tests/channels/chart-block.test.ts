import { type Activity, CardFactory, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/channels/slack/render-message.ts';
import { jsonBytes, TEAMS_MESSAGE_LIMIT_BYTES } from '../../src/channels/teams/adaptive-card-limits.ts';
import type { CardElement } from '../../src/channels/teams/adaptive-card-types.ts';
import { renderAdaptiveCard, renderTeamsMessage } from '../../src/channels/teams/render-adaptive-card.ts';
import { renderViewHtml } from '../../src/channels/tryout/render-html.ts';
import { chartBarLines } from '../../src/views/chart-bars.ts';
import { chart, createView } from '../../src/views/view-model.ts';

const held = chart({
  title: 'Held as planned',
  unit: '%',
  summary: 'Last week 50% of the conferences were held as planned; 12 weeks ago 100%.',
  series: [
    { label: 'W38', value: 100 },
    { label: 'W39', value: null },
    { label: 'W40', value: 75 },
    { label: 'W41', value: 50 },
  ],
});
const view = createView('Your team', [held]);

describe('chart block: text bars', () => {
  it('draws one aligned line per week, bars scaled to the largest value, – for a week without a value', () => {
    expect(chartBarLines(held)).toEqual([
      'W38 ██████████ 100%',
      'W39            –',
      'W40 ███████▌   75%',
      'W41 █████      50%',
    ]);
  });

  it('writes decimals with a comma for Dutch, on the bars and in the try-out SVG', () => {
    const helpers = chart({
      title: 'Hulpverleners per huishouden',
      unit: '',
      summary: 'Nu gemiddeld 3,4 hulpverleners per open huishouden.',
      series: [
        { label: 'wk 48', value: 3.44 },
        { label: 'wk 49', value: 1.72 },
      ],
      decimalComma: true,
    });
    expect(chartBarLines(helpers)).toEqual(['wk 48 ██████████ 3,4', 'wk 49 █████      1,7']);
    const html = renderViewHtml(createView('Team', [helpers]));
    expect(html).toContain('>3,4</text>');
    expect(html).not.toContain('3.4');
  });

  it('draws no bars when every value is zero', () => {
    expect(chartBarLines({ unit: '', series: [{ label: 'W1', value: 0 }] })).toEqual(['W1            0']);
  });
});

describe('chart block on Slack', () => {
  it('shows the title and the text bars in a code block, and the summary as small print', () => {
    const blocks = renderMessage(view, 'en').blocks;
    const json = JSON.stringify(blocks);
    expect(blocks[0]).toMatchObject({ type: 'section' });
    expect(json).toContain('*Held as planned*');
    expect(json).toContain('```\\nW38 ██████████ 100%\\nW39            –\\nW40 ███████▌   75%');
    expect(blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: held.summary, verbatim: true }],
    });
  });
});

describe('chart block in Teams', () => {
  const elements = (list: readonly CardElement[]): CardElement[] =>
    list.flatMap((e) => (e.type === 'Container' ? [e, ...elements(e.items)] : [e]));

  it('is a Chart.VerticalBar with one bar per week, text bars as its fallback, the summary under it', () => {
    const card = renderAdaptiveCard(view, 'en');
    expect(card.version).toBe('1.5');
    const found = elements(card.body);
    const bar = found.find((e) => e.type === 'Chart.VerticalBar');
    expect(bar).toMatchObject({
      title: 'Held as planned',
      data: [
        { x: 'W38', y: 100 },
        { x: 'W39', y: 0 },
        { x: 'W40', y: 75 },
        { x: 'W41', y: 50 },
      ],
      fallback: { type: 'TextBlock', fontType: 'Monospace', wrap: true },
    });
    expect(bar?.type === 'Chart.VerticalBar' && bar.fallback.text).toContain('W40 ███████▌   75%');
    expect(found.some((e) => e.type === 'TextBlock' && e.text.includes('Last week 50%'))).toBe(true);
  });

  it('stays within the Teams message limit and sends through botbuilder as an Adaptive Card', async () => {
    const message = renderTeamsMessage(view, 'en');
    expect(jsonBytes(message)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    const adapter = new TestAdapter(async (turn) => {
      await turn.sendActivity(message as Partial<Activity>);
    });
    await adapter.send('team').assertReply((reply) => {
      expect(reply.attachments?.[0]?.contentType).toBe(CardFactory.contentTypes.adaptiveCard);
      expect(JSON.stringify(reply.attachments?.[0]?.content)).toContain('Chart.VerticalBar');
    });
  });
});

describe('chart block on the try-out page', () => {
  it('is an SVG image named by the title, described and captioned by the summary, a bar per valued week', () => {
    const html = renderViewHtml(view);
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('role="img"');
    expect(html).toContain('<title>Held as planned</title>');
    expect(html).toContain(`<desc>${held.summary}</desc>`);
    expect(html).toContain(`<figcaption class="view-context"><small>${held.summary}</small></figcaption>`);
    expect(html.match(/<rect class="chart-bar"/g)).toHaveLength(3);
    expect(html).toContain('<title>W40: 75%</title>');
    expect(html).not.toContain('style=');
  });
});
