import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTeamsChannel, type TeamsChannel } from '../../../src/channels/teams/teams-channel.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import {
  type ActionsWorld,
  actionsRouter,
  FRIDAY,
  movableClock,
  seedActionsWorld,
} from '../../app/actions/actions-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../support/fake-bot-connector.ts';
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
import { cardOf, cardText, TENANT, teamsActivity } from './teams-test-kit.ts';

const SANDER_AAD = '6f1c2a34-0000-4000-8000-00000000a5a0';
const YARA_AAD = '6f1c2a34-0000-4000-8000-00000000a7a0';
const SANDER = { id: '29:1SanderBotFrameworkId', name: 'Sander Proefmans', aadObjectId: SANDER_AAD };
const YARA = { id: '29:1YaraBotFrameworkId', name: 'Yara Denkbeeld', aadObjectId: YARA_AAD };
const YARA_CHAT = 'a:1YaraPersoonlijkGesprek';
const FIRST = 'Aanvraag schuldhulp indienen';
const SECOND = 'Budgetplan maken';

// Issue 10, "through the real Teams SDK path: one action recorded with a mention and a Dutch date, and Done
// pressed on its nudge": everything through our /api/messages endpoint and the real CloudAdapter, proactive
// messages and replies going to a recording Bot Connector on 127.0.0.1. Yara installed casus in her personal
// chat (which stores the conversation reference the nudge needs) and reads English.
describeEachDatabase('Done on a nudge through Teams', (db) => {
  let connector: FakeBotConnector;
  let server: RunningHttpServer;
  let teams: TeamsChannel;
  let world: ActionsWorld;
  const clock = movableClock();

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    teams = createTeamsChannel({
      config: { appId: undefined, appPassword: undefined, appType: 'MultiTenant', tenantId: undefined },
      nodeEnv: 'test',
      router: actionsRouter(db(), clock),
      store: createChannelStore(db().prisma, { teams: TENANT }),
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger: silentLogger,
      defaultLocale: 'nl',
    });
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: teams.routes,
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });
  beforeEach(async () => {
    world = await seedActionsWorld(db());
    clock.set(FRIDAY);
    for (const [professionalId, externalUserId] of [
      [world.ids.sander, SANDER_AAD],
      [world.ids.yara, YARA_AAD],
    ] as const)
      await db().prisma.platformIdentity.create({
        data: { professionalId, platform: 'teams', workspace: '', externalUserId },
      });
    await db().prisma.professional.update({ where: { id: world.ids.yara }, data: { locale: 'en' } });
    const installed = await post({
      ...teamsActivity('installation-update-personal'),
      from: { id: YARA.id, aadObjectId: YARA_AAD },
      conversation: { conversationType: 'personal', tenantId: TENANT, id: YARA_CHAT },
    });
    expect(installed.status).toBe(200);
    connector.reset();
  });

  function post(activity: Record<string, unknown> | Activity): Promise<Response> {
    return fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
    });
  }

  /** Sander types a line in his personal chat with casus; returns the card he gets back. */
  async function sanderSays(text: string): Promise<string> {
    connector.reset();
    const base = teamsActivity('personal-message');
    const mention = { type: 'mention', text: '<at>Yara Denkbeeld</at>', mentioned: YARA };
    expect(
      (await post({ ...base, from: SANDER, text, entities: [...(base.entities ?? []), mention] })).status,
    ).toBe(200);
    const [reply] = await connector.waitForCalls(1);
    return cardText(cardOf(reply?.body ?? {}));
  }

  /** Yara presses a button (Action.Execute) on the message `replyToId` in her chat; returns the card answered. */
  async function press(button: Record<string, unknown>, replyToId: string): Promise<string> {
    return cardText((await pressForCard(button, replyToId)).card);
  }

  /** As press, with the card answered itself (to count its buttons). */
  async function pressForCard(
    button: Record<string, unknown>,
    replyToId: string,
  ): Promise<{ card: unknown }> {
    const base = teamsActivity('action-execute');
    const value = base.value as { action: Record<string, unknown> };
    const response = await post({
      ...base,
      from: YARA,
      conversation: { conversationType: 'personal', tenantId: TENANT, id: YARA_CHAT },
      replyToId,
      value: {
        ...value,
        action: { type: 'Action.Execute', title: button.title, verb: button.verb, data: button.data },
      },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    return { card: body.value };
  }

  /** The nudge the outbox handed to Teams for Yara on a local day: its card and its activity id. */
  async function nudgeReceived(day: string) {
    const key = `nudge:${world.ids.yara}:nudge:${day}:teams`;
    const row = await db().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(row).toMatchObject({ status: 'sent', target: `user:${world.ids.yara}` });
    const toYara = connector.calls.filter((call) => call.conversationId === YARA_CHAT);
    expect(toYara.map((call) => call.method)).toEqual(['POST']);
    const card = cardOf(toYara[0]?.body ?? {});
    return { card, text: cardText(card), activityId: String(row.platformMessageId) };
  }

  it('records two actions for Yara with <at> and "vrijdag"; Done on the first in her nudge stops only its nudges', async () => {
    // Friday 4 December: Sander records two actions for Yara, both due next Friday.
    for (const description of [FIRST, SECOND])
      expect(await sanderSays(`actie HH-2041 <at>Yara Denkbeeld</at> vrijdag ${description}`)).toContain(
        'Vastgelegd: HH-2041, voor Yara Denkbeeld, deadline 11 dec 2026.',
      );
    const first = await db().prisma.action.findFirstOrThrow({ where: { description: FIRST } });
    const second = await db().prisma.action.findFirstOrThrow({ where: { description: SECOND } });
    expect(first).toMatchObject({ ownerId: world.ids.yara, status: 'open' });
    expect(first.dueOn.toISOString().slice(0, 10)).toBe('2026-12-11');
    // What recording queued (the case team's summary) goes out first, as the running outbox would.
    await deliverOutbox(db(), teams.messenger);
    connector.reset();

    // Wednesday 9 December, 09:00: one message for Yara, both actions in it, in English.
    const sent = await sweepAt(db(), NUDGE_MOMENT);
    expect(sent.map((m) => [m.recipient.key, m.message.items.map((item) => item.step)])).toEqual([
      ['demo-yara', ['due-soon', 'due-soon']],
    ]);
    await deliverOutbox(db(), teams.messenger);
    const nudge = await nudgeReceived('2026-12-09');
    expect(nudge.text).toContain(FIRST);
    expect(nudge.text).toContain(SECOND);
    expect(doneButtonCount(nudge.card)).toBe(2);

    // 09:20: Yara presses Done under the first action.
    clock.set(PRESS_MOMENT);
    const done = doneButtonUnder(nudge.card, FIRST);
    expect(done.title).toBe('Done');
    const answered = await pressForCard(done, nudge.activityId);
    const answer = cardText(answered.card);
    // The card answered replaces the nudge: what was done, and the other action with its buttons.
    expect(answer).toContain('Done ✓ by you. (HH-2041)');
    expect(answer).toContain(SECOND);
    expect(answer).not.toContain(FIRST);
    expect(doneButtonCount(answered.card)).toBe(1);
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

    // The same button again (the card as another device still shows it): told who did it, nothing changes.
    expect(await press(done, nudge.activityId)).toContain('This action was already done by Yara Denkbeeld');
    expect(await db().prisma.actionEvent.count({ where: { actionId: first.id } })).toBe(2);

    // Friday 11 December, 09:00, Yara's next working day: due today — only the second action is nudged.
    connector.reset();
    const next = await sweepAt(db(), NEXT_WORKING_MOMENT);
    expect(next.map((m) => [m.recipient.key, m.message.actionIds])).toEqual([['demo-yara', [second.id]]]);
    expect((await nudgesAbout(db(), first.id)).map((n) => n.step)).toEqual(['due_soon']);
    expect((await nudgesAbout(db(), second.id)).map((n) => n.step)).toEqual(['due_soon', 'due_today']);
    await deliverOutbox(db(), teams.messenger);
    const reminder = await nudgeReceived('2026-12-11');
    expect(reminder.text).toContain(SECOND);
    expect(reminder.text).not.toContain(FIRST);
    expect(doneButtonCount(reminder.card)).toBe(1);
  });
});
