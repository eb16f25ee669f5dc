import { type Activity, TestAdapter } from 'botbuilder';
import { beforeEach, expect, it } from 'vitest';
import { createRouter } from '../../../src/app/router.ts';
import { createTeamsBot } from '../../../src/channels/teams/teams-bot.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import {
  AAD_OBJECT_ID,
  actionExecute,
  CHANNEL_ID,
  cardActions,
  cardOf,
  cardText,
  invokeResponseOf,
  type SeededRoster,
  seedRoster,
  teamsActivity,
} from './teams-test-kit.ts';

/**
 * The real teams-ai Application driven by botbuilder's real TestAdapter. The Application is built without an
 * adapter of its own, so any adapter can run it: `(context) => bot.run(context)` is the whole bridge, the
 * same one CloudAdapter uses in production. Replies, updates and invoke responses land in `activeQueue`.
 */
describeEachDatabase('casus in Teams, turn by turn', (db) => {
  let roster: SeededRoster;

  beforeEach(async () => {
    await truncateAll(db());
    roster = await seedRoster(db());
  });

  function harness() {
    const store = createChannelStore(db().prisma);
    const bot = createTeamsBot({
      router: createRouter(),
      store,
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger: silentLogger,
      defaultLocale: 'nl',
    });
    const adapter = new TestAdapter(async (context) => {
      await bot.run(context);
    });
    const turn = async (activity: Activity) => {
      const before = adapter.activeQueue.length;
      await adapter.processActivity(activity);
      return adapter.activeQueue.slice(before);
    };
    return { adapter, store, turn };
  }

  const stranger = { id: '29:1OnbekendeBotFrameworkId', name: 'Onbekend', aadObjectId: 'unknown-aad' };

  it("answers 'help' in a personal chat with a card titled 'What can casus do for you?'", async () => {
    const { turn } = harness();
    const [reply, ...rest] = await turn(teamsActivity('personal-message', { from: stranger }));
    expect(rest).toEqual([]);
    expect(reply?.type).toBe('message');
    expect(cardText(cardOf(reply ?? {}))).toContain('What can casus do for you?');
    expect(reply?.summary).toContain('What can casus do for you?');
  });

  it("answers 'hulp' with the Dutch title, whatever the client's language", async () => {
    const { turn } = harness();
    const [reply] = await turn(teamsActivity('personal-message', { text: 'hulp', from: stranger }));
    expect(cardText(cardOf(reply ?? {}))).toContain('Wat kan casus voor je doen?');
  });

  it("answers in the professional's own language before the client's", async () => {
    const { turn } = harness();
    const dutchClient = { locale: 'nl-NL', entities: [] };
    const [known] = await turn(teamsActivity('personal-message', dutchClient));
    expect(cardText(cardOf(known ?? {}))).toContain('What can casus do for you?');
    const [unknown] = await turn(teamsActivity('personal-message', { ...dutchClient, from: stranger }));
    expect(cardText(cardOf(unknown ?? {}))).toContain('Wat kan casus voor je doen?');
  });

  it('falls back to the default language when the client reports none casus speaks', async () => {
    const { turn } = harness();
    const [reply] = await turn(teamsActivity('personal-message', { locale: 'fr-FR', from: stranger }));
    expect(cardText(cardOf(reply ?? {}))).toContain('Wat kan casus voor je doen?');
  });

  it('answers an @mention in a team channel, with the mention stripped from the command', async () => {
    const { turn } = harness();
    const [reply] = await turn(teamsActivity('channel-mention'));
    expect(cardText(cardOf(reply ?? {}))).toContain('What can casus do for you?');
  });

  it('stays quiet in a channel when it is not mentioned', async () => {
    const { turn } = harness();
    const replies = await turn(teamsActivity('channel-mention', { text: 'help', entities: [] }));
    expect(replies).toEqual([]);
  });

  it('suggests the closest command for a typo', async () => {
    const { turn } = harness();
    const [reply] = await turn(teamsActivity('personal-message', { text: 'hepl', from: stranger }));
    const card = cardOf(reply ?? {});
    expect(cardText(card)).toContain("Did you mean 'help'?");
    expect(cardActions(card).map((a) => a.verb)).toEqual(['help.command']);
  });

  it('answers an Action.Execute with the new card as the invoke response, so the card updates in place', async () => {
    const { turn } = harness();
    const replies = await turn(actionExecute({ actionId: 'help.show' }));
    expect(replies).toHaveLength(1);
    const { status, body } = invokeResponseOf(replies);
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText(body.value)).toContain('What can casus do for you?');
  });

  it('runs a button from a help card as the command it names', async () => {
    const { turn } = harness();
    const [help] = await turn(teamsActivity('personal-message', { text: 'hepl', from: stranger }));
    const [button] = cardActions(cardOf(help ?? {}));
    const { body } = invokeResponseOf(await turn(actionExecute(button?.data ?? {}, { from: stranger })));
    expect(cardText(body.value)).toContain('What can casus do for you?');
  });

  it('answers a retried invoke without running it again', async () => {
    const { turn } = harness();
    const invoke = actionExecute({ actionId: 'help.show' });
    await turn(invoke);
    expect(invokeResponseOf(await turn({ ...invoke }))).toMatchObject({
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'This has already been handled.',
      },
    });
  });

  it('answers a button it does not know with a message in the card, not an error', async () => {
    const { turn } = harness();
    const { body } = invokeResponseOf(await turn(actionExecute({ actionId: 'no.such-button' })));
    expect(cardText(body.value)).toContain("I don't know this button.");
  });

  it('stores a conversation reference for a known person when installed in personal scope', async () => {
    const { turn, store } = harness();
    expect(await turn(teamsActivity('installation-update-personal'))).toEqual([]);
    const reference = await store.findConversationReference('teams', `user:${roster.professionalId}`);
    expect(reference).toMatchObject({
      conversation: { id: 'a:1FictiefPersoonlijkGesprek', tenantId: expect.any(String) },
      user: { aadObjectId: AAD_OBJECT_ID },
      bot: { id: '28:5c3d9e21-0000-4000-8000-0000000000b0' },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    });
    expect(reference).not.toHaveProperty('activityId');
  });

  it('stores nothing for a person the roster does not know', async () => {
    const { turn } = harness();
    await turn(teamsActivity('installation-update-personal', { from: stranger }));
    expect(await db().prisma.conversationReference.count()).toBe(0);
  });

  it("stores the team's General channel when installed in a team that the roster registered", async () => {
    const { turn, store } = harness();
    await turn(teamsActivity('conversation-update-team-install'));
    expect(
      await store.findConversationReference('teams', `channel:${roster.generalChannelId}`),
    ).toMatchObject({
      conversation: { id: '19:wijkteamnoordteam@thread.tacv2' },
    });
  });

  it('stores a channel when first addressed there, without the thread it was addressed in', async () => {
    const { turn, store } = harness();
    await turn(teamsActivity('channel-mention'));
    const reference = await store.findConversationReference('teams', `channel:${roster.teamChannelId}`);
    expect(reference).toMatchObject({ conversation: { id: CHANNEL_ID } });
    expect(reference).not.toHaveProperty('user');
  });
});
