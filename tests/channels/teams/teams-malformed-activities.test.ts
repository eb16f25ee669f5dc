import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createRouter } from '../../../src/app/router.ts';
import { createTeamsChannel } from '../../../src/channels/teams/teams-channel.ts';
import type { Config } from '../../../src/config.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { createLogger, silentLogger } from '../../../src/infra/logger.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../support/fake-bot-connector.ts';
import { actionExecute, cardOf, cardText, seedRoster, teamsActivity } from './teams-test-kit.ts';

const LOCAL: Config['teams'] = {
  appId: undefined,
  appPassword: undefined,
  appType: 'MultiTenant',
  tenantId: undefined,
};

/**
 * Activities Teams would never send, and invokes casus has no handler for, through the real endpoint.
 * Teams wants a fast 2xx or 4xx (a 5xx or 501 shows "Unable to reach app" and is retried); a person
 * pressing a button gets a message in their language; nothing with a NUL byte reaches the database.
 */
describeEachDatabase('the Teams endpoint with malformed activities', (db) => {
  let connector: FakeBotConnector;
  let server: RunningHttpServer;
  let logLines: Record<string, unknown>[];

  beforeAll(async () => {
    connector = await startFakeBotConnector();
  });
  afterAll(() => connector.close());

  beforeEach(async () => {
    await truncateAll(db());
    await seedRoster(db());
    connector.reset();
    logLines = [];
    const logger = createLogger('debug', (line) => void logLines.push(JSON.parse(line)));
    const channel = createTeamsChannel({
      config: LOCAL,
      nodeEnv: 'development',
      router: createRouter(),
      store: createChannelStore(db().prisma),
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger,
      defaultLocale: 'nl',
    });
    logLines.length = 0; // The warning about local, unauthenticated traffic.
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: channel.routes,
      logger: silentLogger,
    });
  });
  afterEach(() => server.close());

  const post = (body: unknown) =>
    fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const message = (changes: Record<string, unknown> = {}) =>
    teamsActivity('personal-message', { serviceUrl: connector.serviceUrl, ...changes });
  const invoke = (name: string | undefined, changes: Record<string, unknown> = {}) =>
    message({ type: 'invoke', name, text: undefined, ...changes });

  it.each([
    ['a serviceUrl that is a list', { serviceUrl: [] }, 'serviceUrl'],
    ['a serviceUrl that is a query operator', { serviceUrl: { $gt: '' } }, 'serviceUrl'],
    ['a serviceUrl that is no http(s) URL', { serviceUrl: 'file:///etc/passwd' }, 'serviceUrl'],
    ['no conversation', { conversation: null }, 'conversation'],
    ['a sender without id', { from: { name: 'x' } }, 'from.id'],
    ['a NUL byte in the sender id', { from: { id: '29:a\u0000b' } }, 'from.id'],
    ['a NUL byte in the activity id', { id: '1741\u0000' }, 'id'],
    ['a NUL byte in the conversation id', { conversation: { id: 'a:1\u0000' } }, 'conversation.id'],
    [
      'half a surrogate pair in the tenant',
      { channelData: { tenant: { id: '\ud800' } } },
      'channelData.tenant.id',
    ],
    ['text that is an object', { text: { $ne: null } }, 'text'],
    ['an activity type Teams does not have', { type: 'bogus' }, 'type'],
    ['an entity without type', { entities: [{ locale: 'nl' }] }, 'entities.0.type'],
    ['a mention that names nobody', { entities: [{ type: 'mention', text: 'x' }] }, 'entities.0'],
    ['a channel id that is a number', { channelData: { channel: { id: 19 } } }, 'channelData.channel.id'],
    ['a timestamp that is no time', { timestamp: 'gisteren' }, 'timestamp'],
  ])(
    'refuses an activity with %s with 400, starts no turn, and logs which field',
    async (_, changes, field) => {
      const response = await post(message(changes));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'not-a-teams-activity' });
      expect(await db().prisma.inboundDelivery.count()).toBe(0);
      expect(connector.calls).toEqual([]);
      expect(logLines).toEqual([
        expect.objectContaining({ level: 'warn', message: 'teams request refused', field }),
      ]);
    },
  );

  it('refuses nesting deeper than any Teams activity with 400', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { deep };
    expect((await post(message({ channelData: deep }))).status).toBe(400);
  });

  it('replaces a NUL byte in what a person typed and answers them; nothing with NUL is stored', async () => {
    const response = await post(message({ text: 'help \u0000' }));
    expect(response.status).toBe(200);
    const [reply] = await connector.waitForCalls(1);
    expect(cardText(cardOf(reply?.body ?? {}))).toContain('What can casus do for you?');
    expect(await db().prisma.inboundDelivery.count()).toBe(1);
    expect(logLines.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('answers an Action.Execute without a verb through the button path (the verb is optional)', async () => {
    const activity = actionExecute({ actionId: 'help.show' }, { serviceUrl: connector.serviceUrl });
    const value = activity.value as { action: Record<string, unknown> };
    delete value.action.verb;
    const response = await post(activity);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText(body.value)).toContain('What can casus do for you?');
  });

  it.each([
    ['a value that is no object', 'x', 'This button no longer works.'],
    ['an Action.Submit', { action: { type: 'Action.Submit', data: {} } }, 'This button no longer works.'],
  ])(
    'answers a card action with %s with a Universal Actions error in the language of the client',
    async (_, value, text) => {
      const activity = actionExecute({ actionId: 'help.show' }, { serviceUrl: connector.serviceUrl, value });
      const response = await post(activity);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: text },
      });
      const dutch = await post({ ...activity, id: 'f:2', locale: 'nl-NL' });
      expect(((await dutch.json()) as { value: { message: string } }).value.message).toBe(
        'Deze knop werkt niet meer.',
      );
    },
  );

  it('answers a dialog (task/fetch) it has no handler for with a message in the dialog, not 501', async () => {
    const response = await post(invoke('task/fetch', { locale: 'nl-NL' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      task: { type: 'message', value: 'Deze knop ken ik niet.' },
    });
    expect(logLines).toContainEqual(
      expect.objectContaining({ message: 'teams invoke not handled', invoke: 'task/fetch' }),
    );
  });

  it.each([
    ['without a name', undefined],
    ['of a message extension', 'composeExtension/query'],
    ['with a name that is no invoke name', 'Dorpsstraat 7, mevrouw X'],
  ])('acknowledges an invoke %s with a plain 200, not 501, and logs no text from it', async (_, name) => {
    const response = await post(invoke(name));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(JSON.stringify(logLines)).not.toContain('Dorpsstraat');
    expect(connector.calls).toEqual([]);
  });
});
