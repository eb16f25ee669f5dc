import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { type ActionsWorld, actionsRouter, seedActionsWorld } from '../../app/actions/actions-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import {
  form,
  formFixture,
  json,
  jsonFixture,
  payloadForm,
  postToSlackRoute,
  type SlackHarness,
  slackText,
  startSlackHarness,
} from './slack-test-kit.ts';

type Json = Record<string, unknown>;
const WORKSPACE = 'T0CASUS';
const SANDER = 'U0SANDER';
const YARA = 'U0YARA';

// Issue 10: an action recorded through the real Slack SDK path (signed HTTP, Bolt) with a Slack mention and a
// Dutch date, then Done pressed on it; in a channel only the count line.
describeEachDatabase('actions through Slack', (db) => {
  let slack: SlackHarness;
  let world: ActionsWorld;
  let count = 0;

  beforeAll(async () => {
    slack = await startSlackHarness({
      router: actionsRouter(db()),
      store: createChannelStore(db().prisma, { slack: WORKSPACE }),
      defaultLocale: 'en',
    });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    world = await seedActionsWorld(db());
    for (const [professionalId, externalUserId] of [
      [world.ids.sander, SANDER],
      [world.ids.yara, YARA],
    ] as const)
      await db().prisma.platformIdentity.create({
        data: { professionalId, platform: 'slack', workspace: '', externalUserId },
      });
    slack.fake.reset();
  });

  async function answered(method: 'response_url' | 'chat.postMessage'): Promise<string> {
    await slack.fake.waitForCalls(method);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return slack.fake.calls.map((call) => `${call.method} ${slackText(call.body)}`).join('\n');
  }

  function doneButton(): string {
    for (const call of slack.fake.calls) {
      const blocks = (call.body.blocks ?? []) as { type: string; elements?: Json[] }[];
      for (const block of blocks)
        for (const element of block.elements ?? [])
          if (String(element.action_id).startsWith('action.done')) return String(element.value);
    }
    throw new Error('no Done button was sent');
  }

  it('records an action with a <@U…> mention and a Dutch date, and Done pressed on it marks it done', async () => {
    count += 1;
    await postToSlackRoute(
      slack.url,
      form(
        formFixture('slash-command.form', {
          text: `actie HH-2041 <@${YARA}|yara> vrijdag Aanvraag schuldhulp indienen`,
          user_id: SANDER,
          response_url: slack.fake.responseUrl(`command-${count}`),
          trigger_id: `actions-trigger-${count}`,
        }),
      ),
    );
    const answer = await answered('response_url');
    expect(answer).toContain('Vastgelegd: HH-2041, voor Yara Denkbeeld, deadline 11 dec 2026.');
    expect(answer).toContain('Aanvraag schuldhulp indienen');
    const action = await db().prisma.action.findFirstOrThrow();
    expect(action.ownerId).toBe(world.ids.yara);
    expect(action.dueOn.toISOString().slice(0, 10)).toBe('2026-12-11');

    const value = doneButton();
    slack.fake.reset();
    const body = jsonFixture('block-actions.json');
    const [pressed] = body.actions as Json[];
    await postToSlackRoute(
      slack.url,
      form(
        payloadForm({
          ...body,
          user: { id: YARA, username: 'yara', name: 'yara', team_id: WORKSPACE },
          trigger_id: `actions-press-${count}`,
          container: {
            type: 'message',
            message_ts: `1700000200.${count}`,
            channel_id: 'D0YARA',
            is_ephemeral: false,
          },
          channel: { id: 'D0YARA' },
          response_url: slack.fake.responseUrl(`press-${count}`),
          actions: [{ ...pressed, action_id: 'action.done#0', value, action_ts: `1700000300.${count}` }],
        }),
      ),
    );
    expect(await answered('response_url')).toContain('Done ✓ by you.');
    expect((await db().prisma.action.findFirstOrThrow()).status).toBe('done');
  });

  it('answers a mention in a channel with the count only; the details go to the case team in private', async () => {
    const body = jsonFixture('event-app-mention.json');
    await postToSlackRoute(
      slack.url,
      json({
        ...body,
        event_id: 'Ev0ACTIONS1',
        event: {
          ...(body.event as Json),
          user: SANDER,
          text: `<@UCASUSBOT> actie HH-2041 <@${YARA}> maandag Budgetplan maken`,
        },
      }),
    );
    const answer = await answered('chat.postMessage');
    expect(answer).toContain('HH-2041: 1 actie vastgelegd.');
    expect(answer).not.toContain('Budgetplan');
    expect(await db().prisma.action.count()).toBe(1);
    const toYara = await db().prisma.outboxMessage.findMany({ where: { target: `user:${world.ids.yara}` } });
    expect(JSON.stringify(toYara.map((message) => message.view))).toContain('Budgetplan maken');
  });
});
