import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createSlackIdentityRepository } from '../../../src/infra/db/repositories/slack-identity-repository.ts';
import {
  type ActionsWorld,
  actionsRouter,
  FRIDAY,
  movableClock,
  seedActionsWorld,
} from '../../app/actions/actions-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import {
  deliverOutbox,
  doneButtonCount,
  doneButtonUnder,
  NEXT_WORKING_MOMENT,
  NUDGE_MOMENT,
  nudgesAbout,
  PRESS_MOMENT,
  sweepAt,
} from '../nudge-kit.ts';
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
const YARA = 'U0YARA';
const FIRST = 'Aanvraag schuldhulp indienen';
const SECOND = 'Budgetplan maken';

// Issue 10, "through the real Slack SDK path: one action recorded with a mention and a Dutch date, and Done
// pressed on its nudge": recorded with a slash command (signed, through Bolt), nudged by the sweep, delivered
// by the outbox through the Web API, and Done pressed on the nudge Slack received. Yara reads Dutch; the
// installation's default is English, so a Dutch answer is hers.
describeEachDatabase('Done on a nudge through Slack', (db) => {
  let slack: SlackHarness;
  let world: ActionsWorld;
  const clock = movableClock();
  let count = 0;

  beforeAll(async () => {
    slack = await startSlackHarness({
      router: actionsRouter(db(), clock),
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
    clock.set(FRIDAY);
    for (const [professionalId, externalUserId] of [
      [world.ids.sander, SANDER],
      [world.ids.yara, YARA],
    ] as const)
      await db().prisma.platformIdentity.create({
        data: { professionalId, platform: 'slack', workspace: '', externalUserId },
      });
    await db().prisma.professional.update({ where: { id: world.ids.yara }, data: { locale: 'nl' } });
    slack.fake.reset();
  });

  async function responseTo(name: string): Promise<string> {
    const [call] = await slack.fake.waitForCalls('response_url');
    expect(call?.responseName).toBe(name);
    return slackText(call?.body ?? {});
  }

  async function slashCommand(text: string): Promise<string> {
    count += 1;
    slack.fake.reset();
    const name = `command-${count}`;
    await postToSlackRoute(
      slack.url,
      form(
        formFixture('slash-command.form', {
          text,
          user_id: SANDER,
          response_url: slack.fake.responseUrl(name),
          trigger_id: `nudge-trigger-${count}`,
        }),
      ),
    );
    return responseTo(name);
  }

  /** Yara presses a button on the message `ts` in her direct message with casus; returns what she then reads. */
  async function press(button: Json, ts: string): Promise<{ text: string; body: Json }> {
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
          user: { id: YARA, username: 'yara', name: 'yara', team_id: WORKSPACE },
          trigger_id: `nudge-press-${count}`,
          container: { type: 'message', message_ts: ts, channel_id: 'DU0YARA', is_ephemeral: false },
          channel: { id: 'DU0YARA' },
          response_url: slack.fake.responseUrl(name),
          actions: [
            {
              ...pressed,
              action_id: button.action_id,
              value: button.value,
              text: button.text,
              // A minute apart: presses within two seconds count as one double click (delivery-keys.ts).
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

  /** The nudge the outbox handed to Slack for Yara on a local day: its chat.postMessage and where it landed. */
  async function nudgeReceived(day: string) {
    const key = `nudge:${world.ids.yara}:nudge:${day}:slack`;
    const row = await db().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(row).toMatchObject({ status: 'sent', target: `user:${world.ids.yara}` });
    // The outbox's key travels as message metadata (slack-messenger.ts): the post that carried this row.
    const posts = slack.fake
      .callsTo('chat.postMessage')
      .filter((call) => JSON.stringify(call.body.metadata ?? {}).includes(key));
    expect(posts).toHaveLength(1);
    const post = posts[0]!.body;
    expect(post.channel).toBe('DU0YARA');
    const ts = String(row.platformMessageId).split(':')[1] ?? '';
    return { blocks: post.blocks, text: slackText(post), ts };
  }

  it('records two actions for Yara with <@U…> and "vrijdag"; Done on the first in her nudge stops only its nudges', async () => {
    // Friday 4 December: Sander records two actions for Yara, both due next Friday.
    for (const description of [FIRST, SECOND])
      expect(await slashCommand(`actie HH-2041 <@${YARA}|yara> vrijdag ${description}`)).toContain(
        'Vastgelegd: HH-2041, voor Yara Denkbeeld, deadline 11 dec 2026.',
      );
    const first = await db().prisma.action.findFirstOrThrow({ where: { description: FIRST } });
    const second = await db().prisma.action.findFirstOrThrow({ where: { description: SECOND } });
    expect(first).toMatchObject({ ownerId: world.ids.yara, status: 'open' });
    expect(first.dueOn.toISOString().slice(0, 10)).toBe('2026-12-11');
    // What recording queued (the case team's summary) goes out first, as the running outbox would.
    await deliverOutbox(db(), slack.channel.messenger);
    slack.fake.reset();

    // Wednesday 9 December, 09:00: one message for Yara, both actions in it, in Dutch.
    const sent = await sweepAt(db(), NUDGE_MOMENT);
    expect(sent.map((m) => [m.recipient.key, m.message.items.map((item) => item.step)])).toEqual([
      ['demo-yara', ['due-soon', 'due-soon']],
    ]);
    await deliverOutbox(db(), slack.channel.messenger);
    const nudge = await nudgeReceived('2026-12-09');
    expect(nudge.text).toContain(FIRST);
    expect(nudge.text).toContain(SECOND);
    expect(nudge.text).toContain('Klaar');
    expect(doneButtonCount(nudge.blocks)).toBe(2);

    // 09:20: Yara presses Done under the first action.
    clock.set(PRESS_MOMENT);
    const done = doneButtonUnder(nudge.blocks, FIRST);
    const answer = await press(done, nudge.ts);
    // The answer replaces the nudge: it says what was done and keeps the other action with its buttons.
    expect(answer.text).toContain('Klaar ✓ door jou. (HH-2041)');
    expect(answer.text).toContain(SECOND);
    expect(answer.text).not.toContain(FIRST);
    expect(doneButtonCount(answer.body.blocks)).toBe(1);
    expect(answer.body.replace_original).toBe(true);
    const afterDone = await db().prisma.action.findUniqueOrThrow({
      where: { id: first.id },
      include: { events: { orderBy: { at: 'asc' } } },
    });
    expect(afterDone.status).toBe('done');
    expect(afterDone.events.map((e) => [e.kind, e.actorId])).toEqual([
      ['recorded', world.ids.sander],
      ['done', world.ids.yara],
    ]);
    expect((await db().prisma.action.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('open');

    // The same button again (a copy of the nudge on another device): told who did it, nothing changes.
    const again = await press(done, nudge.ts);
    expect(again.text).toContain('Deze actie is al gedaan door Yara Denkbeeld');
    expect(again.text).toContain(SECOND);
    expect(await db().prisma.actionEvent.count({ where: { actionId: first.id } })).toBe(2);

    // Friday 11 December, 09:00, Yara's next working day: due today — only the second action is nudged.
    slack.fake.reset();
    const next = await sweepAt(db(), NEXT_WORKING_MOMENT);
    expect(next.map((m) => [m.recipient.key, m.message.actionIds])).toEqual([['demo-yara', [second.id]]]);
    expect((await nudgesAbout(db(), first.id)).map((n) => n.step)).toEqual(['due_soon']);
    expect((await nudgesAbout(db(), second.id)).map((n) => n.step)).toEqual(['due_soon', 'due_today']);
    await deliverOutbox(db(), slack.channel.messenger);
    const reminder = await nudgeReceived('2026-12-11');
    expect(reminder.text).toContain(SECOND);
    expect(reminder.text).not.toContain(FIRST);
    expect(doneButtonCount(reminder.blocks)).toBe(1);
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
