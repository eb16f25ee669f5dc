import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createInboundStore } from '../../../src/infra/db/repositories/inbound-repository.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import {
  form,
  formFixture,
  json,
  jsonFixture,
  NOW_SECONDS,
  postToSlackRoute,
  type SlackHarness,
  slackSignature,
  spyOnStore,
  startSlackHarness,
} from './slack-test-kit.ts';

describeEachDatabase('Slack request checks', (db) => {
  let slack: SlackHarness;
  let store: ReturnType<typeof spyOnStore>;

  beforeAll(async () => {
    store = spyOnStore(createChannelStore(db().prisma));
    slack = await startSlackHarness({ inbound: createInboundStore(db().prisma, 'slack'), store });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    await truncateAll(db());
    store.calls.length = 0;
    slack.fake.reset();
  });

  const mention = () => json(jsonFixture('event-app-mention.json'));

  async function expectUntouched() {
    // Give any stray listener time to run before asserting that nothing did.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.calls).toEqual([]);
    expect(await db().prisma.inboundDelivery.count()).toBe(0);
    expect(slack.fake.calls).toEqual([]);
  }

  it('refuses an unsigned request with 401 and touches nothing', async () => {
    const response = await postToSlackRoute(slack.url, { ...mention(), signature: null });
    expect(response.status).toBe(401);
    await expectUntouched();
  });

  it('refuses a request signed with another secret with 401 and touches nothing', async () => {
    const post = mention();
    const response = await postToSlackRoute(slack.url, {
      ...post,
      signature: slackSignature(post.body, NOW_SECONDS, 'not-the-signing-secret'),
    });
    expect(response.status).toBe(401);
    await expectUntouched();
  });

  it('refuses a body changed after signing with 401', async () => {
    const post = mention();
    const response = await postToSlackRoute(slack.url, {
      ...post,
      signature: slackSignature(post.body, NOW_SECONDS),
      body: post.body.replace('help', 'plan'),
    });
    expect(response.status).toBe(401);
    await expectUntouched();
  });

  it('refuses a correctly signed request that is six minutes old (a replay) with 401', async () => {
    const response = await postToSlackRoute(slack.url, { ...mention(), timestamp: NOW_SECONDS - 6 * 60 });
    expect(response.status).toBe(401);
    await expectUntouched();
  });

  it('answers 400 to signed malformed JSON, writes nothing, and keeps serving', async () => {
    const bad = await postToSlackRoute(slack.url, {
      body: '{"type": "event_callback",',
      contentType: 'application/json',
    });
    expect(bad.status).toBe(400);
    await expectUntouched();

    const next = await postToSlackRoute(slack.url, mention());
    expect(next.status).toBe(200);
    await slack.fake.waitForCalls('chat.postMessage');
  });

  it('answers 400 to a signed interactivity form whose payload is not JSON', async () => {
    const bad = await postToSlackRoute(slack.url, form('payload=%7Bnot-json'));
    expect(bad.status).toBe(400);
    await expectUntouched();

    const next = await postToSlackRoute(
      slack.url,
      form(formFixture('slash-command.form', { response_url: slack.fake.responseUrl('after-bad') })),
    );
    expect(next.status).toBe(200);
    await slack.fake.waitForCalls('response_url');
  });

  it('answers 400 to a signed body of an unexpected content type', async () => {
    const bad = await postToSlackRoute(slack.url, {
      body: 'hello',
      contentType: 'text/plain' as 'application/json',
    });
    expect(bad.status).toBe(400);
    await expectUntouched();
  });
});
