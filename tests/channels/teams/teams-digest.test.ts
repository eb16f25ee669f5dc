import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { TEAMS_MESSAGE_LIMIT_BYTES } from '../../../src/channels/teams/adaptive-card-limits.ts';
import { createTeamsChannel, type TeamsChannel } from '../../../src/channels/teams/teams-channel.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { type ActionsWorld, actionsRouter, seedActionsWorld } from '../../app/actions/actions-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../support/fake-bot-connector.ts';
import { cardOf, cardText, TENANT, teamsActivity } from './teams-test-kit.ts';

const SANDER_AAD = '6f1c2a34-0000-4000-8000-00000000a5a0';
const SANDER = { id: '29:1SanderBotFrameworkId', name: 'Sander Proefmans', aadObjectId: SANDER_AAD };
/** Monday 7 December 2026, 10:00 in Amsterdam. */
const MONDAY = new Date('2026-12-07T09:00:00Z');

// `overzicht` typed in the personal chat with casus, through our /api/messages endpoint and the real CloudAdapter:
// the answer card (the person's week above the team digest) goes to a recording Bot Connector within Teams' size.
describeEachDatabase('the weekly digest through Teams', (db) => {
  let connector: FakeBotConnector;
  let server: RunningHttpServer;
  let teams: TeamsChannel;
  let world: ActionsWorld;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    teams = createTeamsChannel({
      config: { appId: undefined, appPassword: undefined, appType: 'MultiTenant', tenantId: undefined },
      nodeEnv: 'test',
      router: actionsRouter(db(), { now: () => MONDAY }),
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
    await db().prisma.platformIdentity.create({
      data: {
        professionalId: world.ids.sander,
        platform: 'teams',
        workspace: '',
        externalUserId: SANDER_AAD,
      },
    });
    connector.reset();
  });

  function post(activity: Record<string, unknown> | Activity): Promise<Response> {
    return fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
    });
  }

  it('answers overzicht in the personal chat with the person’s week and the team digest', async () => {
    const base = teamsActivity('personal-message');
    expect((await post({ ...base, from: SANDER, text: 'overzicht' })).status).toBe(200);
    const [reply] = await connector.waitForCalls(1);
    const text = cardText(cardOf(reply?.body ?? {}));
    expect(text).toContain('Jouw week 50');
    expect(text).toContain('Voorbeeld: weekoverzicht');
    expect(Buffer.byteLength(JSON.stringify(reply?.body), 'utf8')).toBeLessThanOrEqual(
      TEAMS_MESSAGE_LIMIT_BYTES,
    );
  });
});
