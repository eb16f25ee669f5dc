import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { createRouter } from '../../../src/app/router.ts';
import { createTeamsChannel, type TeamsChannel } from '../../../src/channels/teams/teams-channel.ts';
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
 * Through the real endpoint: our node:http server with the channel's route, CloudAdapter behind it, and the
 * replies going to a recording fake Bot Connector on 127.0.0.1 (the activity's serviceUrl), as they would
 * with the Bot Framework Emulator or the Agents Playground.
 */
describeEachDatabase('the Teams endpoint', (db) => {
  let connector: FakeBotConnector;
  let server: RunningHttpServer;
  let channel: TeamsChannel;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
  });
  afterAll(() => connector.close());

  beforeEach(async () => {
    await truncateAll(db());
    await seedRoster(db());
    connector.reset();
    channel = createTeamsChannel({
      config: LOCAL,
      nodeEnv: 'development',
      router: createRouter(),
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
  afterEach(() => server.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const local = <T extends object>(activity: T) => ({ ...activity, serviceUrl: connector.serviceUrl });

  it('replies to a personal message with the card, through the Bot Connector', async () => {
    const activity = local(teamsActivity('personal-message'));
    const response = await post(activity);
    expect(response.status).toBe(200);
    const [reply] = await connector.waitForCalls(1);
    expect(reply).toMatchObject({
      method: 'POST',
      conversationId: 'a:1FictiefPersoonlijkGesprek',
      activityId: activity.id,
      authorization: undefined,
      body: { type: 'message', replyToId: activity.id },
    });
    expect(cardText(cardOf(reply?.body ?? {}))).toContain('What can casus do for you?');
  });

  it('replies in the channel thread to an @mention', async () => {
    const activity = local(teamsActivity('channel-mention'));
    expect((await post(activity)).status).toBe(200);
    const [reply] = await connector.waitForCalls(1);
    expect(reply?.conversationId).toBe(activity.conversation.id);
    expect(cardText(cardOf(reply?.body ?? {}))).toContain('What can casus do for you?');
  });

  it('answers an Action.Execute in the HTTP response, with the card that replaces the pressed one', async () => {
    const response = await post(local(actionExecute({ actionId: 'help.show' })));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText(body.value)).toContain('What can casus do for you?');
    expect(connector.calls).toEqual([]);
  });

  it('keeps the card as it is when Teams asks for a refresh, which no view uses yet', async () => {
    const response = await post(local(actionExecute({ refresh: true }, { value: refreshAction })));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });

  it('updates the pressed card in place for an Action.Submit from an older client', async () => {
    const activity = local(teamsActivity('action-submit'));
    expect((await post(activity)).status).toBe(200);
    const [update] = await connector.waitForCalls(1);
    expect(update).toMatchObject({ method: 'PUT', activityId: activity.replyToId });
    // The person is known and prefers English, although this client is Dutch.
    expect(cardText(cardOf(update?.body ?? {}))).toContain('What can casus do for you?');
  });

  it('refuses a malformed body with 400, starts no turn, and keeps serving', async () => {
    const broken = await post('{"type": "message", "text": ');
    expect(broken.status).toBe(400);
    expect((await post({ text: 'help' })).status).toBe(400);
    expect(await db().prisma.inboundDelivery.count()).toBe(0);
    expect(connector.calls).toEqual([]);

    expect((await post(local(teamsActivity('personal-message')))).status).toBe(200);
    await connector.waitForCalls(1);
  });

  it('refuses a body that is not JSON or too large', async () => {
    expect((await post('help', { 'content-type': 'text/plain' })).status).toBe(415);
    const huge = JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) });
    expect((await post(huge)).status).toBe(413);
  });

  it('answers a retried message once', async () => {
    const activity = local(teamsActivity('personal-message'));
    expect((await post(activity)).status).toBe(200);
    expect((await post(activity)).status).toBe(200);
    await connector.waitForCalls(1);
    expect(connector.calls).toHaveLength(1);
  });
});

const refreshAction = {
  action: { type: 'Action.Execute', verb: 'card.refresh', data: { refresh: true } },
  trigger: 'automatic',
};

describeEachDatabase('the Teams endpoint when the database fails', (db) => {
  it('apologises in a generic message, logs only ids, and answers Teams 200', async () => {
    const connector = await startFakeBotConnector();
    const lines: string[] = [];
    const store = createChannelStore(db().prisma);
    const channel = createTeamsChannel({
      config: LOCAL,
      nodeEnv: 'development',
      router: createRouter(),
      store: { ...store, findProfessional: () => Promise.reject(new Error('Ms. X at Dorpsstraat 1')) },
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger: {
        ...silentLogger,
        error: (message, fields) => void lines.push(JSON.stringify({ message, fields })),
      },
      defaultLocale: 'nl',
    });
    const server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: channel.routes,
      logger: silentLogger,
    });
    try {
      const activity = { ...teamsActivity('personal-message'), serviceUrl: connector.serviceUrl };
      const response = await postRaw(`${server.url}/api/messages`, activity);
      expect(response.status).toBe(200);
      const [reply] = await connector.waitForCalls(1);
      expect(cardText(cardOf(reply?.body ?? {}))).toContain('Something went wrong on our side.');
      expect(lines.join('\n')).toContain('teams turn failed');
      expect(lines.join('\n')).not.toContain('Dorpsstraat');
    } finally {
      await server.close();
      await connector.close();
    }
  });
});

describeEachDatabase('the Teams endpoint with a bot registration', (db) => {
  it('lets the SDK reject a request without a Bot Framework token (401), logged as JSON, not printed', async () => {
    const printed = vi.spyOn(console, 'error');
    const lines: string[] = [];
    const channel = createTeamsChannel({
      config: { ...LOCAL, appId: '5c3d9e21-0000-4000-8000-0000000000b0', appPassword: 'not-a-real-secret' },
      nodeEnv: 'production',
      router: createRouter(),
      store: createChannelStore(db().prisma),
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger: createLogger('info', (line) => void lines.push(line)),
      defaultLocale: 'nl',
    });
    const server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: channel.routes,
      logger: silentLogger,
    });
    try {
      const response = await postRaw(`${server.url}/api/messages`, teamsActivity('personal-message'));
      expect(response.status).toBe(401);
      expect(await db().prisma.inboundDelivery.count()).toBe(0);
      expect(printed).not.toHaveBeenCalled();
      expect(lines.map((line) => JSON.parse(line))).toContainEqual(
        expect.objectContaining({ level: 'warn', message: 'teams request not authenticated', status: 401 }),
      );
    } finally {
      printed.mockRestore();
      await server.close();
    }
  });
});

/** node:http rather than fetch, to be sure no Authorization header is added along the way. */
function postRaw(url: string, body: unknown): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}
