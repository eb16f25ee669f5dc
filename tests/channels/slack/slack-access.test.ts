import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import {
  type AccessWorld,
  accessCases,
  accessRouter,
  type ChatRequest,
  expectNoDetails,
  expectNothingChanged,
  OTHER_SLACK_WORKSPACE,
  SANDER_SLACK_ID,
  SLACK_WORKSPACE,
  sameFor,
  seedAccessWorld,
} from '../../app/access/access-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import {
  form,
  formFixture,
  jsonFixture,
  payloadForm,
  postToSlackRoute,
  type SlackHarness,
  slackText,
  startSlackHarness,
} from './slack-test-kit.ts';

type Json = Record<string, unknown>;

// Issue 9: every command, button and form through the real Slack channel, by a team member outside the case
// team, a member of another team, and somebody with Sander's user id in another workspace: no care details,
// and the refusal the same whether or not the household exists.
describeEachDatabase('access through Slack', (db) => {
  let slack: SlackHarness;
  let world: AccessWorld;
  let count = 0;

  beforeAll(async () => {
    slack = await startSlackHarness({
      router: accessRouter(db()),
      // SLACK_TEAM_ID: the roster's identity without a workspace counts in this one only.
      store: createChannelStore(db().prisma, { slack: SLACK_WORKSPACE }),
      defaultLocale: 'en',
    });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    world = await seedAccessWorld(db(), 'slack');
  });

  /** Everything casus sent back for one request, as the person would read it. */
  async function send(request: ChatRequest, workspace = SLACK_WORKSPACE): Promise<string> {
    slack.fake.reset();
    count += 1;
    const user = { id: SANDER_SLACK_ID, username: 'sander', name: 'sander', team_id: workspace };
    const team = { id: workspace, domain: 'casus-test' };
    let post: ReturnType<typeof form>;
    if (request.kind === 'text') {
      post = form(
        formFixture('slash-command.form', {
          text: request.text,
          team_id: workspace,
          user_id: SANDER_SLACK_ID,
          response_url: slack.fake.responseUrl(`command-${count}`),
          trigger_id: `access-trigger-${count}`,
        }),
      );
    } else if (request.kind === 'action') {
      const body = jsonFixture('block-actions.json');
      const [action] = body.actions as Json[];
      post = form(
        payloadForm({
          ...body,
          user,
          team,
          trigger_id: `access-press-${count}`,
          container: { ...(body.container as Json), message_ts: `1700000200.${count}`, is_ephemeral: true },
          response_url: slack.fake.responseUrl(`press-${count}`),
          actions: [
            {
              ...action,
              action_id: request.actionId,
              value: request.value,
              action_ts: `1700000300.${count}`,
            },
          ],
        }),
      );
    } else {
      const body = jsonFixture('view-submission.json');
      const state = Object.fromEntries(
        Object.entries(request.values).map(([field, value]) => [
          `field:${field}`,
          { [field]: { type: 'plain_text_input', value } },
        ]),
      );
      post = form(
        payloadForm({
          ...body,
          user,
          team,
          trigger_id: `access-submit-${count}`,
          view: {
            ...(body.view as Json),
            id: `V0ACCESS${count}`,
            hash: `hash-${count}`,
            team_id: workspace,
            callback_id: request.formId,
            state: { values: state },
          },
        }),
      );
    }
    const response = await postToSlackRoute(slack.url, post);
    expect(response.status).toBe(200);
    const acknowledgement = await response.text();
    await waitForAnswer();
    return [
      acknowledgement,
      ...slack.fake.calls.map((call) => `${call.method} ${slackText(call.body)}`),
    ].join('\n');
  }

  /** Until the answer went out (a response_url post or a message) and nothing more came for a moment. */
  async function waitForAnswer(): Promise<void> {
    const deadline = Date.now() + 5000;
    const answered = () =>
      slack.fake.calls.some((call) => call.method === 'response_url' || call.method === 'chat.postMessage');
    while (!answered() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  it('answers a member of another team about its household exactly as about one that does not exist', async () => {
    for (const test of accessCases('HH-3001', 'HH-9001', world.westHousehold, world.westConferenceId)) {
      const real = await send(test.real);
      const missing = await send(test.missing);
      expectNoDetails(real, world.secrets.west);
      expect(sameFor(real, 'HH-3001'), test.name).toBe(sameFor(missing, 'HH-9001'));
    }
    await expectNothingChanged(db(), world);
  });

  it('gives a team member outside the case team the reference and the coordinator to ask, nothing more', async () => {
    for (const test of accessCases('HH-2042', 'HH-9042', world.demoHousehold, world.demoConferenceId)) {
      expectNoDetails(await send(test.real), world.secrets.demo);
    }
    const plan = await send({ kind: 'text', text: 'plan HH-2042' });
    expect(plan).toContain('Only the case team of HH-2042 sees more. Ask its coordinator, Latifa Oefenaar.');
    await expectNothingChanged(db(), world);
  });

  it('treats the same user id in another workspace as a stranger, whatever they ask', async () => {
    for (const test of accessCases('HH-2042', 'HH-9042', world.demoHousehold, world.demoConferenceId)) {
      const real = await send(test.real, OTHER_SLACK_WORKSPACE);
      const missing = await send(test.missing, OTHER_SLACK_WORKSPACE);
      expectNoDetails(real, [...world.secrets.demo, 'Latifa', 'HH-2042']);
      expect(sameFor(real, 'HH-2042'), test.name).toBe(sameFor(missing, 'HH-9042'));
    }
    expect(await send({ kind: 'text', text: 'plan HH-2042' }, OTHER_SLACK_WORKSPACE)).toContain(
      "I don't know who you are yet.",
    );
    await expectNothingChanged(db(), world);
  });
});
