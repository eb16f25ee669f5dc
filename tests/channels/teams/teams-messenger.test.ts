import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/app/ports/messenger.ts';
import { createRouter } from '../../../src/app/router.ts';
import { showHelp } from '../../../src/app/use-cases/show-help.ts';
import { createTeamsChannel, type TeamsChannel } from '../../../src/channels/teams/teams-channel.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../support/fake-bot-connector.ts';
import { cardOf, cardText, type SeededRoster, seedRoster, teamsActivity } from './teams-test-kit.ts';

const NOW = new Date('2025-03-04T09:00:00Z');
const view = showHelp({ locale: 'en', available: new Set(['help']) });

/**
 * Proactive sends through the real CloudAdapter to the fake Bot Connector, with references stored the way
 * production stores them: by installing the app through the real endpoint.
 */
describeEachDatabase('TeamsMessenger', (db) => {
  let connector: FakeBotConnector;
  let server: RunningHttpServer;
  let channel: TeamsChannel;
  let roster: SeededRoster;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
  });
  afterAll(async () => {
    await server?.close();
    await connector.close();
  });

  beforeEach(async () => {
    await truncateAll(db());
    roster = await seedRoster(db());
    await server?.close();
    channel = createTeamsChannel({
      config: { appId: undefined, appPassword: undefined, appType: 'MultiTenant', tenantId: undefined },
      nodeEnv: 'test',
      router: createRouter(),
      store: createChannelStore(db().prisma),
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger: silentLogger,
      defaultLocale: 'nl',
      clock: { now: () => NOW },
    });
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: channel.routes,
      logger: silentLogger,
    });
    const install = { ...teamsActivity('installation-update-personal'), serviceUrl: connector.serviceUrl };
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(install),
    });
    expect(response.status).toBe(200);
    connector.reset();
  });

  const send = (target: `user:${string}` | `channel:${string}` = `user:${roster.professionalId}`) =>
    channel.messenger.send({ target, view, idempotencyKey: 'nudge:1' });

  async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeliveryError);
    return error as DeliveryError;
  }

  it('sends a card to a person through the stored reference and returns the activity id', async () => {
    const sent = await send();
    expect(sent.platformMessageId).toMatch(/^activity-\d+$/);
    const [call] = connector.calls;
    expect(call).toMatchObject({
      method: 'POST',
      conversationId: 'a:1FictiefPersoonlijkGesprek',
      body: { type: 'message', recipient: { aadObjectId: '6f1c2a34-0000-4000-8000-00000000aa01' } },
    });
    expect(cardText(cardOf(call?.body ?? {}))).toContain('What can casus do for you?');
  });

  it('fails permanently when casus was never installed for the target', async () => {
    const error = await failure(send('user:someone-else'));
    expect(error.failure).toBe('permanent');
    expect(connector.calls).toEqual([]);
  });

  it("maps Teams' 429 to rate-limited with its Retry-After, without the SDK retrying", async () => {
    connector.failNext({ status: 429, headers: { 'retry-after': '7' } });
    const error = await failure(send());
    expect(error.failure).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(7_000);
    expect(connector.calls).toHaveLength(1);
  });

  it('maps a Retry-After date against the clock', async () => {
    const later = new Date(NOW.getTime() + 30_000).toUTCString();
    connector.failNext({ status: 429, headers: { 'retry-after': later } });
    expect((await failure(send())).retryAfterMs).toBe(30_000);
  });

  it.each([
    [500, 'server'],
    [503, 'server'],
    [412, 'precondition'],
    [403, 'permanent'],
    [404, 'permanent'],
  ] as const)('maps HTTP %i to %s', async (status, kind) => {
    connector.failNext({ status });
    expect((await failure(send())).failure).toBe(kind);
    expect(connector.calls).toHaveLength(1);
  });

  it('maps an unreachable connector to a network failure', async () => {
    const closedPort = await unusedPort();
    const key = `user:${roster.professionalId}` as const;
    const store = createChannelStore(db().prisma);
    const reference = (await store.findConversationReference('teams', key)) as Record<string, unknown>;
    await store.saveConversationReference('teams', key, {
      ...reference,
      serviceUrl: `http://127.0.0.1:${closedPort}/`,
    });
    expect((await failure(send())).failure).toBe('network');
  });
});

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
