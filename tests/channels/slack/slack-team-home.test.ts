import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRouter } from '../../../src/app/router.ts';
import { teamViewFeature } from '../../../src/app/team-view/team-view-feature.ts';
import { homeListener } from '../../../src/channels/slack/home-listener.ts';
import { FakeSlackApi } from '../../support/fake-slack-api.ts';
import { jsonFixture, recordingLogger, spyOnStore } from './slack-test-kit.ts';

/** The coach's App Home through Bolt's Web API client: the team's part, after their own, with text bars. */
let fake: FakeSlackApi;
beforeAll(async () => {
  fake = await FakeSlackApi.start();
});
afterAll(async () => {
  await fake.close();
});

it('publishes a coach’s Home with their own part first, then the team’s charts as text bars', async () => {
  const router = createRouter({
    clock: { now: () => new Date('2026-12-04T08:00:00Z') },
    features: [
      teamViewFeature({
        store: {
          coachedTeams: async () => [{ id: 't', slug: 'noord', name: 'Buurtteam Noord' }],
          trendInput: async () => ({ conferences: [], events: [], actions: [], households: [] }),
        },
      }),
    ],
  });
  const store = spyOnStore({
    findProfessional: async () => ({ id: 'coach', name: 'Carla', locale: 'nl' }),
    claimDelivery: async () => true,
    saveConversationReference: async () => {},
    findConversationReference: async () => undefined,
  });
  const listener = homeListener({ router, store, logger: recordingLogger(), defaultLocale: 'nl' });
  const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl });
  const body = jsonFixture('event-app-home-opened.json');
  fake.reset();
  await listener({ body, event: body.event, client } as unknown as Parameters<typeof listener>[0]);

  const [publish] = await fake.waitForCalls('views.publish');
  const view = JSON.stringify(publish!.body.view);
  expect(view.indexOf('Je open acties')).toBeGreaterThan(-1);
  expect(view.indexOf('Jouw team: Buurtteam Noord')).toBeGreaterThan(view.indexOf('Je open acties'));
  expect(view).toContain('*Overleggen gehouden zoals gepland*');
  expect(view).toContain('wk 38            –');
  expect(view).toContain('In deze 12 weken was er geen casusoverleg gepland.');
  expect(view).toContain('Alle cijfers');
});
