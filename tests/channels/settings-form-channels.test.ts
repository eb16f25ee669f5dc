import { describe, expect, it } from 'vitest';
import type { AccessRecord } from '../../src/app/ports/access-log.ts';
import { createRouter } from '../../src/app/router.ts';
import { settingsFeature } from '../../src/app/settings/settings-feature.ts';
import { parseModalSubmission } from '../../src/channels/slack/render-form.ts';
import { renderModal } from '../../src/channels/slack/render-modal.ts';
import { jsonBytes, TEAMS_MESSAGE_LIMIT_BYTES } from '../../src/channels/teams/adaptive-card-limits.ts';
import type { CardElement } from '../../src/channels/teams/adaptive-card-types.ts';
import { renderTeamsMessage } from '../../src/channels/teams/render-adaptive-card.ts';
import { renderViewHtml } from '../../src/channels/tryout/render-html.ts';

/** The settings form as each platform shows it: all 23 fields, within each platform's limits. */
const saved: { settings: Record<string, unknown>; audit: AccessRecord }[] = [];
const router = createRouter({
  features: [
    settingsFeature({
      store: {
        coachedTeams: async (id) =>
          id === 'coach' ? [{ id: 'team-1', slug: 'noord', name: 'Buurtteam Noord' }] : [],
        stored: async () => ({ followUpWeeks: 8 }),
        save: async (_team, settings, audit) => {
          saved.push({ settings, audit });
        },
      },
    }),
  ],
});
const ask = () =>
  router.handleText({
    text: 'settings',
    locale: 'en',
    actor: { professionalId: 'coach', channel: 'slack' },
    conversation: 'private',
  });

describe('the settings form on each platform', () => {
  it('is a Slack modal of 23 inputs, prefilled, whose submission reads back by setting path', async () => {
    const modal = renderModal(await ask(), 'en');
    const inputs = modal.blocks.filter((b) => b.type === 'input');
    expect(inputs).toHaveLength(23);
    expect(modal.blocks.length).toBeLessThanOrEqual(100);
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(JSON.stringify(inputs[0])).toContain('"initial_value":"8"');
    const values = parseModalSubmission({
      'field:followUpWeeks': { followUpWeeks: { type: 'number_input', value: '9' } },
      'field:digest.weekday': {
        'digest.weekday': {
          type: 'static_select',
          selected_option: { value: '5', text: { type: 'plain_text', text: 'Friday' } },
        },
      },
    } as never);
    expect(values).toEqual({ followUpWeeks: '9', 'digest.weekday': '5' });
    const answer = await router.handleForm({
      formId: modal.callback_id!,
      values,
      locale: 'en',
      actor: { professionalId: 'coach', channel: 'slack' },
      conversation: 'private',
    });
    expect(answer.fallbackText).toContain('Saved the settings of Buurtteam Noord.');
    expect(saved.at(-1)?.settings).toEqual({ followUpWeeks: 9, digest: { weekday: 5 } });
    expect(saved.at(-1)?.audit).toMatchObject({
      channel: 'slack',
      details: { keys: ['followUpWeeks', 'digest.weekday'] },
    });
  });

  it('is a Teams card with 23 inputs within the message limit', async () => {
    const message = renderTeamsMessage(await ask(), 'en');
    const all = (list: readonly CardElement[]): CardElement[] =>
      list.flatMap((e) => (e.type === 'Container' ? [e, ...all(e.items)] : [e]));
    expect(all(message.attachments[0].content.body).filter((e) => e.type.startsWith('Input.'))).toHaveLength(
      23,
    );
    expect(jsonBytes(message)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  });

  it('is a try-out form with a control per setting', async () => {
    const html = renderViewHtml(await ask());
    expect(html.match(/class="view-field"/g)).toHaveLength(23);
    expect(html).toContain('name="nudges.escalateToCoachAfter"');
  });
});
