import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/app/router.ts';
import { teamViewFeature } from '../../src/app/team-view/team-view-feature.ts';
import { renderHome } from '../../src/channels/slack/render-home.ts';
import { renderMessage } from '../../src/channels/slack/render-message.ts';
import { jsonBytes, TEAMS_MESSAGE_LIMIT_BYTES } from '../../src/channels/teams/adaptive-card-limits.ts';
import type { CardElement } from '../../src/channels/teams/adaptive-card-types.ts';
import { renderTeamsMessage } from '../../src/channels/teams/render-adaptive-card.ts';

/** The team view and the coach's App Home as Slack and Teams show them (data: one overdue action). */
const NOW = new Date('2026-12-04T08:00:00Z');
const router = createRouter({
  clock: { now: () => NOW },
  features: [
    teamViewFeature({
      store: {
        coachedTeams: async (id) =>
          id === 'coach' ? [{ id: 't', slug: 'noord', name: 'Buurtteam Noord' }] : [],
        trendInput: async () => ({
          conferences: [],
          events: [],
          households: [],
          actions: [
            {
              createdAt: new Date('2026-11-02T09:00:00Z'),
              dueOn: '2026-11-20',
              status: 'open',
              doneAt: null,
              events: [],
            },
          ],
        }),
      },
    }),
  ],
});
const coach = { professionalId: 'coach', channel: 'slack' as const };

describe('the team view on Slack and Teams', () => {
  it('shows Slack the coach’s App Home with the own part first, then the team’s charts as text bars', async () => {
    const home = renderHome(await router.showHome({ locale: 'en', actor: coach }), 'en');
    const json = JSON.stringify(home.blocks);
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    expect(json.indexOf('Your open actions')).toBeLessThan(json.indexOf('Your team: Buurtteam Noord'));
    expect(json).toContain('```\\nW38            0\\nW39            0');
    expect(json).toContain('W47 ██████████ 1\\nW48 ██████████ 1\\nW49 ██████████ 1\\n```');
    expect(json).toContain('All figures');
  });

  it('answers `team` in Slack within the message limits and in Teams with four charts', async () => {
    const view = await router.handleText({
      text: 'team',
      locale: 'en',
      actor: coach,
      conversation: 'shared',
    });
    const slack = renderMessage(view, 'en').blocks;
    expect(slack.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(slack).match(/```/g)).toHaveLength(8);
    const teams = renderTeamsMessage(view, 'en');
    const all = (list: readonly CardElement[]): CardElement[] =>
      list.flatMap((e) => (e.type === 'Container' ? [e, ...all(e.items)] : [e]));
    expect(all(teams.attachments[0].content.body).filter((e) => e.type === 'Chart.VerticalBar')).toHaveLength(
      4,
    );
    expect(jsonBytes(teams)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  });
});
