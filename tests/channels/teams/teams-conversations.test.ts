import { type Activity, TestAdapter } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTeamsBot } from '../../../src/channels/teams/teams-bot.ts';
import { createTeamsChannel } from '../../../src/channels/teams/teams-channel.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../support/fake-bot-connector.ts';
import { recordingRouter } from '../recording-router.ts';
import {
  actionExecute,
  cardActions,
  cardOf,
  cardText,
  invokeResponseOf,
  seedRoster,
  teamsActivity,
} from './teams-test-kit.ts';

const GROUP_CHAT = {
  conversationType: 'groupChat',
  isGroup: true,
  tenantId: '0b7e5a11-0000-4000-8000-0000000000f1',
  id: '19:groepsgesprek@thread.v2',
};

interface CardInput {
  type: string;
  id?: string;
  isMultiSelect?: boolean;
  value?: string;
  choices?: { value: string }[];
}

/** The inputs of a card, wherever they sit. */
function inputsOf(card: unknown): CardInput[] {
  const found: CardInput[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const element = node as CardInput;
    if (typeof element.type === 'string' && element.type.startsWith('Input.')) found.push(element);
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return found;
}

/**
 * What the Teams channel tells the router about who will see the answer, and how a submitted form reaches
 * handleForm: through the real teams-ai Application on botbuilder's TestAdapter, and once through the real
 * endpoint with the fake Bot Connector.
 */
describeEachDatabase('Teams: conversation kinds and forms', (db) => {
  const { router, requests } = recordingRouter();

  beforeEach(async () => {
    await truncateAll(db());
    await seedRoster(db());
    requests.length = 0;
  });

  function harness() {
    const bot = createTeamsBot({
      router,
      store: createChannelStore(db().prisma),
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger: silentLogger,
      defaultLocale: 'nl',
    });
    const adapter = new TestAdapter(async (context) => {
      await bot.run(context);
    });
    return async (activity: Activity) => {
      const before = adapter.activeQueue.length;
      await adapter.processActivity(activity);
      return adapter.activeQueue.slice(before);
    };
  }

  it('tells the router a personal chat is private, and a channel or group chat shared', async () => {
    const turn = harness();
    await turn(teamsActivity('personal-message'));
    await turn(teamsActivity('channel-mention'));
    await turn(teamsActivity('channel-mention', { conversation: GROUP_CHAT }));
    expect(requests.map((request) => [request.kind, request.conversation])).toEqual([
      ['text', 'private'],
      ['text', 'shared'],
      ['text', 'shared'],
    ]);
  });

  it('counts an activity that does not say where it is as shared', async () => {
    const turn = harness();
    const personal = teamsActivity('personal-message');
    await turn({
      ...personal,
      conversation: { ...personal.conversation, conversationType: undefined },
    } as unknown as Activity);
    expect(requests).toMatchObject([{ kind: 'text', conversation: 'shared' }]);
  });

  it('tells the router a button pressed in a personal chat is private and one in a channel shared', async () => {
    const turn = harness();
    await turn(actionExecute({ actionId: 'help.show' }));
    const channel = teamsActivity('channel-mention').conversation;
    await turn(actionExecute({ actionId: 'help.show' }, { conversation: channel }));
    expect(requests.map((request) => [request.kind, request.conversation])).toEqual([
      ['action', 'private'],
      ['action', 'shared'],
    ]);
  });

  it('shows a form inline with a multiselect, and hands its submission to handleForm', async () => {
    const turn = harness();
    const [reply] = await turn(teamsActivity('personal-message', { text: 'household HH-2041' }));
    const card = cardOf(reply ?? {});
    expect(cardText(card)).toContain('Alleen jij ziet dit.');
    const [note, domains] = inputsOf(card);
    expect(note).toMatchObject({ type: 'Input.Text', id: 'field.note' });
    expect(domains).toMatchObject({
      type: 'Input.ChoiceSet',
      id: 'field.domains',
      isMultiSelect: true,
      value: 'money',
      choices: [{ value: 'housing' }, { value: 'money' }, { value: 'health' }],
    });
    const [submit] = cardActions(card);
    expect(submit?.verb).toBe('form.submit');

    // Teams merges the inputs into the submit's data; a multiselect arrives comma-joined.
    const invoke = actionExecute(
      { ...submit?.data, 'field.note': 'Huisbezoek gepland', 'field.domains': 'money,health' },
      {},
    );
    const value = invoke.value as { action: Record<string, unknown> };
    const replies = await turn({
      ...invoke,
      value: { ...value, action: { ...value.action, verb: 'form.submit' } },
    } as Activity);
    const { body } = invokeResponseOf(replies);
    expect(cardText(body.value)).toContain('Opgeslagen voor HH-2041');
    expect(cardText(body.value)).toContain('privé');
    expect(requests.at(-1)).toMatchObject({
      kind: 'form',
      formId: 'note:HH-2041',
      values: { note: 'Huisbezoek gepland', domains: 'money,health' },
      conversation: 'private',
      locale: 'en',
    });
  });
});

describeEachDatabase('Teams endpoint: conversation kinds', (db) => {
  const { router, requests } = recordingRouter();
  let connector: FakeBotConnector;
  let server: RunningHttpServer;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    const channel = createTeamsChannel({
      config: { appId: undefined, appPassword: undefined, appType: 'MultiTenant', tenantId: undefined },
      nodeEnv: 'development',
      router,
      store: createChannelStore(db().prisma),
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger: silentLogger,
      defaultLocale: 'nl',
    });
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: channel.routes,
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });
  beforeEach(async () => {
    await truncateAll(db());
    await seedRoster(db());
    connector.reset();
    requests.length = 0;
  });

  const post = (activity: object) =>
    fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
    });

  it('passes private for a personal chat and shared for a channel, and answers each in its conversation', async () => {
    const personal = teamsActivity('personal-message', { text: 'household HH-2041' });
    expect((await post(personal)).status).toBe(200);
    const mention = teamsActivity('channel-mention', { text: '<at>casus</at> household HH-2041' });
    expect((await post(mention)).status).toBe(200);
    const [first, second] = await connector.waitForCalls(2);
    expect(requests.map((request) => [request.kind, request.conversation])).toEqual([
      ['text', 'private'],
      ['text', 'shared'],
    ]);
    expect(first?.conversationId).toBe(personal.conversation.id);
    expect(cardText(cardOf(first?.body ?? {}))).toContain('Alleen jij ziet dit.');
    expect(second?.conversationId).toBe(mention.conversation.id);
    expect(cardText(cardOf(second?.body ?? {}))).toContain('Iedereen hier ziet dit.');
  });

  it('hands an Action.Submit form from a group chat to handleForm as shared, and updates the card', async () => {
    const submitted = teamsActivity('action-submit', {
      conversation: GROUP_CHAT,
      value: { formId: 'note:HH-3001', 'field.note': 'Gebeld', 'field.domains': '' },
    });
    expect((await post(submitted)).status).toBe(200);
    const [update] = await connector.waitForCalls(1);
    expect(update).toMatchObject({ method: 'PUT', activityId: submitted.replyToId });
    expect(cardText(cardOf(update?.body ?? {}))).toContain('gedeeld');
    expect(requests).toMatchObject([
      {
        kind: 'form',
        formId: 'note:HH-3001',
        values: { note: 'Gebeld', domains: undefined },
        conversation: 'shared',
      },
    ]);
  });
});
