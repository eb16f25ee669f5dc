import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { MAX_BLOCKS_PER_MESSAGE } from '../../../src/channels/slack/block-kit-limits.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createSlackIdentityRepository } from '../../../src/infra/db/repositories/slack-identity-repository.ts';
import { type ActionsWorld, actionsRouter, seedActionsWorld } from '../../app/actions/actions-world.ts';
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
const WORKSPACE = 'T0CASUS';
const SANDER = 'U0SANDER';
/** Monday 7 December 2026, 10:00 in Amsterdam. */
const MONDAY = new Date('2026-12-07T09:00:00Z');

// `/casus overzicht` through the real Slack SDK path (signed, through Bolt, answered on the response_url): the
// person's own week above the team digest, within Block Kit's limits; its opt-out button pressed in Slack.
describeEachDatabase('the weekly digest through Slack', (db) => {
  let slack: SlackHarness;
  let world: ActionsWorld;
  let count = 0;

  beforeAll(async () => {
    slack = await startSlackHarness({
      router: actionsRouter(db(), { now: () => MONDAY }),
      store: createChannelStore(db().prisma, { slack: WORKSPACE }),
      directory: createSlackIdentityRepository(db().prisma),
      defaultLocale: 'en',
    });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    world = await seedActionsWorld(db());
    await db().prisma.platformIdentity.create({
      data: { professionalId: world.ids.sander, platform: 'slack', workspace: '', externalUserId: SANDER },
    });
    await db().prisma.professional.update({ where: { id: world.ids.sander }, data: { locale: 'nl' } });
  });

  async function answerTo(post: (name: string) => Promise<unknown>): Promise<Json> {
    count += 1;
    slack.fake.reset();
    const name = `digest-${count}`;
    await post(name);
    const [call] = await slack.fake.waitForCalls('response_url');
    expect(call?.responseName).toBe(name);
    return call?.body ?? {};
  }

  it('answers /casus overzicht privately with the person’s week and the team digest', async () => {
    const body = await answerTo((name) =>
      postToSlackRoute(
        slack.url,
        form(
          formFixture('slash-command.form', {
            text: 'overzicht',
            user_id: SANDER,
            response_url: slack.fake.responseUrl(name),
            trigger_id: `digest-trigger-${count}`,
          }),
        ),
      ),
    );
    const text = slackText(body);
    expect(body.response_type).toBe('ephemeral');
    expect(text).toContain('Jouw week 50');
    expect(text).toContain('Voorbeeld: weekoverzicht');
    expect((body.blocks as unknown[]).length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);

    const optOut = (body.blocks as Json[])
      .flatMap((block) => (block.type === 'actions' ? (block.elements as Json[]) : []))
      .find((element) => String(element.action_id).startsWith('digest.opt-out'));
    expect(optOut).toBeDefined();
    const pressed = await answerTo((name) => {
      const fixture = jsonFixture('block-actions.json');
      const [action] = fixture.actions as Json[];
      return postToSlackRoute(
        slack.url,
        form(
          payloadForm({
            ...fixture,
            user: { id: SANDER, username: 'sander', name: 'sander', team_id: WORKSPACE },
            trigger_id: `digest-press-${count}`,
            container: { type: 'message', message_ts: '1.1', channel_id: 'DU0SANDER', is_ephemeral: true },
            channel: { id: 'DU0SANDER' },
            response_url: slack.fake.responseUrl(name),
            actions: [
              {
                ...action,
                action_id: optOut?.action_id,
                value: optOut?.value,
                text: optOut?.text,
                action_ts: `${1_700_000_400 + count}.0001`,
              },
            ],
          }),
        ),
      );
    });
    expect(slackText(pressed)).toContain('Je krijgt geen persoonlijk weekoverzicht meer');
    const sander = await db().prisma.professional.findUniqueOrThrow({ where: { id: world.ids.sander } });
    expect(sander.digestOptOut).toBe(true);
  });
});
