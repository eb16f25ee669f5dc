import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRouter } from '../../../src/app/router.ts';
import { homeListener } from '../../../src/channels/slack/home-listener.ts';
import { FakeSlackApi } from '../../support/fake-slack-api.ts';
import { jsonFixture, recordingLogger, spyOnStore } from './slack-test-kit.ts';

// In Socket Mode no HTTP receiver checks the body before Bolt: the Home listener checks what it reads itself.
let fake: FakeSlackApi;
beforeAll(async () => {
  fake = await FakeSlackApi.start();
});
afterAll(async () => {
  await fake.close();
});

function listen() {
  const logger = recordingLogger();
  const store = spyOnStore({
    findProfessional: async () => undefined,
    claimDelivery: async () => true,
    saveConversationReference: async () => {},
    findConversationReference: async () => undefined,
  });
  const listener = homeListener({ router: createRouter(), store, logger, defaultLocale: 'nl' });
  const client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl });
  const run = (body: Record<string, unknown>) =>
    listener({ body, event: body.event, client } as unknown as Parameters<typeof listener>[0]);
  return { run, store, logger };
}

it('publishes nothing and touches nothing for a Home tab event whose user is not an id', async () => {
  const { run, store, logger } = listen();
  const body = jsonFixture('event-app-home-opened.json');
  for (const user of [null, 42, '', 'U0\u0000X']) {
    fake.reset();
    await run({ ...body, event: { ...(body.event as object), user } });
    expect(store.calls).toEqual([]);
    expect(fake.calls).toEqual([]);
  }
  expect(logger.lines.map((line) => line.message)).toEqual(
    Array(4).fill('slack: unexpected app_home_opened payload'),
  );
});

it('publishes the Home view for a well-formed event', async () => {
  const { run, store } = listen();
  fake.reset();
  await run(jsonFixture('event-app-home-opened.json'));
  expect(store.calls).toEqual(['claimDelivery', 'findProfessional']);
  const [publish] = await fake.waitForCalls('views.publish');
  expect(publish!.body.user_id).toBe('U0WIJK1');
});
