import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { answerInvitation } from '../../../src/app/conferences/answer-invitation.ts';
import { conferenceFeature } from '../../../src/app/conferences/conference-feature.ts';
import { protectConference } from '../../../src/app/protection/protect-conference.ts';
import { protectionFeature } from '../../../src/app/protection/protection-feature.ts';
import { createRouter } from '../../../src/app/router.ts';
import { queueConferenceInvitations } from '../../../src/infra/conferences/queue-invitations.ts';
import { createRsvpUnitOfWork } from '../../../src/infra/conferences/rsvp-repository.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createProtectionUnitOfWork } from '../../../src/infra/db/repositories/protection-repository.ts';
import { createSlackIdentityRepository } from '../../../src/infra/db/repositories/slack-identity-repository.ts';
import {
  BEFORE,
  createConference,
  type DemoWorld,
  freshDemo,
  testInviteLink,
} from '../../infra/conferences/conference-fixture.ts';
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
const SANDER = 'U0SANDER';
const LATIFA = 'U0LATIFA';
const ZONE = 'Europe/Amsterdam';

// Issue 11 through the real Slack SDK path: Latifa presses Decline on her invitation (signed block_actions
// through Bolt); she alone brought mental-health care, so Sander, who organised it, gets the rescue in his
// direct messages through the Web API, and presses "Vraag Bram Fictief": Bram stands in and is invited.
describeEachDatabase('the rescue of a conference through Slack', (db) => {
  let slack: SlackHarness;
  let world: DemoWorld;
  let count = 0;

  const protection = () =>
    protectConference({
      work: createProtectionUnitOfWork(db().prisma, {
        publicUrl: 'https://casus.test',
        timeZone: ZONE,
        defaultLocale: 'nl',
      }),
      defaultLocale: 'nl',
      timeZone: ZONE,
    });

  beforeAll(async () => {
    slack = await startSlackHarness({
      router: createRouter({
        clock: { now: () => BEFORE },
        features: [
          conferenceFeature({
            rsvp: answerInvitation({
              work: createRsvpUnitOfWork(db().prisma, {
                publicUrl: 'https://casus.test',
                inviteLink: testInviteLink,
              }),
              defaultLocale: 'nl',
              timeZone: ZONE,
            }),
            protection: protection(),
          }),
          protectionFeature({ protection: protection() }),
        ],
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
    world = await freshDemo(db());
    await db().prisma.platformIdentity.deleteMany({ where: { platform: 'slack' } });
    for (const [key, userId] of [
      ['sander', SANDER],
      ['latifa', LATIFA],
    ] as const)
      await db().prisma.platformIdentity.create({
        data: {
          professionalId: world.people[key] as string,
          platform: 'slack',
          workspace: '',
          externalUserId: userId,
        },
      });
    slack.fake.reset();
  }, 60_000);

  /** `user` presses `button` on the message `ts` in their direct message with casus; returns what they read. */
  async function press(user: string, button: Json, ts: string): Promise<{ text: string; body: Json }> {
    count += 1;
    slack.fake.reset();
    const name = `press-${count}`;
    const body = jsonFixture('block-actions.json');
    const [pressed] = body.actions as Json[];
    await postToSlackRoute(
      slack.url,
      form(
        payloadForm({
          ...body,
          user: { id: user, username: user, name: user, team_id: WORKSPACE },
          trigger_id: `rescue-press-${count}`,
          container: { type: 'message', message_ts: ts, channel_id: `D${user}`, is_ephemeral: false },
          channel: { id: `D${user}` },
          response_url: slack.fake.responseUrl(name),
          actions: [
            {
              ...pressed,
              action_id: button.action_id,
              value: button.value,
              text: button.text,
              action_ts: `${1_700_000_400 + 60 * count}.000100`,
            },
          ],
        }),
      ),
    );
    const [call] = await slack.fake.waitForCalls('response_url');
    expect(call?.responseName).toBe(name);
    return { text: slackText(call?.body ?? {}), body: call?.body ?? {} };
  }

  /** Whom invitations of the conference were queued for, one entry per queued message, sorted. */
  const invitationTargets = async (conferenceId: string) =>
    (
      await db().prisma.outboxMessage.findMany({
        where: { idempotencyKey: { startsWith: `invite:${conferenceId}:` } },
        select: { target: true },
      })
    )
      .map((row) => row.target)
      .sort();

  /** The buttons of a Slack message body, each as Bolt renders it. */
  const buttonsIn = (blocks: unknown): Json[] =>
    ((blocks ?? []) as { type: string; elements?: Json[] }[])
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? []);
  const labelOf = (button: Json) => String((button.text as { text?: string } | undefined)?.text ?? '');

  /** The last message the outbox posted to `user` whose text contains `words`. */
  function postedTo(user: string, words: string): { blocks: unknown; ts: string } {
    const posts = slack.fake
      .callsTo('chat.postMessage')
      .filter((call) => call.body.channel === `D${user}` && slackText(call.body).includes(words));
    const post = posts.at(-1);
    expect(post, `a message to ${user} with "${words}"`).toBeDefined();
    return { blocks: post!.body.blocks, ts: `${1_700_000_000 + posts.length}.000100` };
  }

  it('Decline in Slack starts the rescue; the organiser asks a free colleague in Slack, who is invited', async () => {
    // HH-2042 gave consent to GGZ Oostwijk; Latifa alone brings ggz, her colleague Bram works Tuesdays.
    const conference = await createConference(db(), world, {
      household: 'HH-2042',
      attendees: {
        sander: { role: 'required', discipline: 'maatschappelijk_werk' },
        latifa: { role: 'required', discipline: 'ggz' },
      },
    });
    // Booked as usual: everyone's invitation went out first.
    await db().prisma.$transaction((tx) =>
      queueConferenceInvitations(tx, {
        conferenceId: conference.id,
        publicUrl: 'https://casus.test',
        inviteLink: testInviteLink,
        now: BEFORE,
      }),
    );
    const invitedBefore = await invitationTargets(conference.id);
    expect(invitedBefore).not.toContain(`user:${world.people.bram}`);
    const decline = {
      action_id: 'conference.decline#1',
      value: JSON.stringify({ conferenceId: conference.id }),
      text: { type: 'plain_text', text: 'Ik kan niet' },
    };
    const answer = await press(LATIFA, decline, '1700000000.000100');
    expect(answer.text).toContain('Sander Proefmans zoekt een vervanger');
    expect(buttonsIn(answer.body.blocks).map(labelOf)).toEqual(
      expect.arrayContaining(['Stuur schriftelijke inbreng', 'ziekte']),
    );

    // The outbox delivers the rescue to Sander through the Web API.
    slack.fake.reset();
    await deliverOutbox(db(), slack.channel.messenger);
    const rescue = postedTo(SANDER, 'Red het casusoverleg HH-2042');
    const ask = buttonsIn(rescue.blocks).find((b) => labelOf(b) === 'Vraag Bram Fictief');
    expect(ask).toBeDefined();
    expect(buttonsIn(rescue.blocks).map(labelOf)).toEqual([
      'Vraag Bram Fictief',
      'Korter en online',
      'Uitstellen',
      'Afzeggen…',
    ]);

    const chosen = await press(SANDER, ask!, rescue.ts);
    expect(chosen.text).toContain('Bram Fictief valt in bij het casusoverleg over HH-2042');
    const bram = await db().prisma.attendance.findUniqueOrThrow({
      where: {
        conferenceId_professionalId: {
          conferenceId: conference.id,
          professionalId: world.people.bram as string,
        },
      },
    });
    expect(bram).toMatchObject({ role: 'required', disciplineCode: 'ggz', deputyForId: world.people.latifa });
    // Bram's invitation is queued (he reads the try-out page); nobody else gets a new one.
    expect(await invitationTargets(conference.id)).toEqual(
      [...invitedBefore, `user:${world.people.bram}`].sort(),
    );
    const ledger = await db().prisma.conferenceEvent.findMany({ where: { conferenceId: conference.id } });
    expect(ledger.map((e) => e.kind).sort()).toEqual(['declined', 'deputy_added', 'rescue_started']);
  });
});
