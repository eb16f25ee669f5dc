import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { rotationFeature } from '../../../src/app/rotations/rotation-feature.ts';
import { readRotationSchedule } from '../../../src/app/rotations/rotation-turns.ts';
import { setRotations } from '../../../src/app/rotations/set-rotations.ts';
import { askSwap } from '../../../src/app/rotations/swap-turn.ts';
import { createRouter } from '../../../src/app/router.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createSlackIdentityRepository } from '../../../src/infra/db/repositories/slack-identity-repository.ts';
import {
  NOW,
  type RotationWorld,
  seedRotationWorld,
  store,
  work,
} from '../../app/rotations/rotation-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { deliverOutbox } from '../nudge-kit.ts';
import {
  form,
  jsonFixture,
  payloadForm,
  postToSlackRoute,
  type SlackHarness,
  slackText,
  startSlackHarness,
} from './slack-test-kit.ts';

type Json = Record<string, unknown>;
const WORKSPACE = 'T0CASUS';
const MO = 'U0MO';
const NOOR = 'U0NOOR';

// Rotations through the real Slack SDK path: Mo asks Noor to take his turn as chair on 28 December; the outbox
// delivers the request to Noor's direct message through the Web API; she presses Accept (a signed block_actions
// through Bolt) and the schedule `casus rotation show` reads now gives the turn to her, with reason "swap".
describeEachDatabase('a rotation swap through Slack', (db) => {
  let slack: SlackHarness;
  let world: RotationWorld;

  beforeAll(async () => {
    slack = await startSlackHarness({
      router: createRouter({
        clock: { now: () => NOW },
        timeZone: 'Europe/Amsterdam',
        features: [rotationFeature({ store: store(db()), work: work(db()), defaultLocale: 'nl' })],
      }),
      store: createChannelStore(db().prisma, { slack: WORKSPACE }),
      directory: createSlackIdentityRepository(db().prisma),
      defaultLocale: 'nl',
    });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    world = await seedRotationWorld(db());
    await db().prisma.platformIdentity.deleteMany({});
    for (const [id, userId] of [
      [world.mo, MO],
      [world.noor, NOOR],
    ] as const) {
      await db().prisma.platformIdentity.create({
        data: { professionalId: id, platform: 'slack', workspace: '', externalUserId: userId },
      });
    }
    slack.fake.reset();
  }, 60_000);

  const buttonsIn = (blocks: unknown): Json[] =>
    ((blocks ?? []) as { type: string; elements?: Json[] }[])
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? []);
  const labelOf = (button: Json) => String((button.text as { text?: string } | undefined)?.text ?? '');

  it('Noor accepts Mo’s swap in Slack and the turn is hers, marked as swapped', async () => {
    const set = await setRotations(work(db()), {
      teamId: world.teamId,
      specs: [
        {
          role: 'Voorzitter',
          duty: 'chair',
          cadence: 'weeks',
          everyWeeks: 1,
          startsOn: '2026-12-21',
          members: ['mo', 'noor', 'piet'],
        },
      ],
      actor: { id: world.carla, channel: 'slack' },
      today: '2026-12-16',
      now: NOW,
    });
    expect(set.ok).toBe(true);
    const rotation = await db().prisma.rotation.findFirstOrThrow();
    const asked = await askSwap(
      { work: work(db()), defaultLocale: 'nl' },
      {
        askerId: world.mo,
        rotationId: rotation.id,
        date: '2026-12-28',
        otherKey: 'noor',
        now: NOW,
        channel: 'slack',
      },
    );
    expect(asked.kind).toBe('asked');

    await deliverOutbox(db(), slack.channel.messenger);
    const post = slack.fake
      .callsTo('chat.postMessage')
      .find((call) => call.body.channel === `D${NOOR}` && slackText(call.body).includes('Ruilverzoek'));
    expect(post, 'the swap request in Noor’s direct messages').toBeDefined();
    const accept = buttonsIn(post!.body.blocks).find((b) => labelOf(b) === 'Akkoord');
    expect(buttonsIn(post!.body.blocks).map(labelOf)).toEqual(['Akkoord', 'Afwijzen']);

    slack.fake.reset();
    const body = jsonFixture('block-actions.json');
    const [pressed] = body.actions as Json[];
    await postToSlackRoute(
      slack.url,
      form(
        payloadForm({
          ...body,
          user: { id: NOOR, username: NOOR, name: NOOR, team_id: WORKSPACE },
          trigger_id: 'swap-press',
          container: {
            type: 'message',
            message_ts: '1700000001.000100',
            channel_id: `D${NOOR}`,
            is_ephemeral: false,
          },
          channel: { id: `D${NOOR}` },
          response_url: slack.fake.responseUrl('swap-accept'),
          actions: [
            {
              ...pressed,
              action_id: accept!.action_id,
              value: accept!.value,
              text: accept!.text,
              action_ts: '1700000460.000100',
            },
          ],
        }),
      ),
    );
    const [answer] = await slack.fake.waitForCalls('response_url');
    expect(slackText(answer?.body ?? {})).toContain(
      'Geregeld: jij bent Voorzitter op 28 dec in plaats van Mo Maas.',
    );

    const schedule = await readRotationSchedule(store(db()))({
      teamId: world.teamId,
      from: '2026-12-28',
      weeks: 1,
    });
    expect(schedule).toEqual({
      team: 'oost',
      rotations: [
        {
          role: 'Voorzitter',
          duty: 'chair',
          turns: [{ date: '2026-12-28', member: 'noor', memberName: 'Noor Nap', reason: 'swap' }],
        },
      ],
    });
    // Mo hears that Noor accepted, in his direct messages.
    slack.fake.reset();
    await deliverOutbox(db(), slack.channel.messenger);
    const told = slack.fake
      .callsTo('chat.postMessage')
      .some(
        (call) => call.body.channel === `D${MO}` && slackText(call.body).includes('Noor Nap gaat akkoord'),
      );
    expect(told).toBe(true);
  });
});
