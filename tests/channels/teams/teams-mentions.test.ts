import { type Activity, TestAdapter } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsBot } from '../../../src/channels/teams/teams-bot.ts';
import { createTeamsChannel } from '../../../src/channels/teams/teams-channel.ts';
import { neutralTeamsMentions } from '../../../src/channels/teams/teams-mentions.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../support/fake-bot-connector.ts';
import { recordingRouter } from '../recording-router.ts';
import { seedRoster, TENANT, teamsActivity } from './teams-test-kit.ts';

const BOT = { id: '28:5c3d9e21-0000-4000-8000-0000000000b0', name: 'casus' };
const SANNE = { id: '29:1SanneBotFrameworkId', name: 'Sanne de Vries' };
const KARIN = { id: '29:1KarinBotFrameworkId', name: 'Karin Bos' };

const mention = (account: { id: string; name: string }, tag = account.name) => ({
  type: 'mention',
  mentioned: account,
  text: `<at>${tag}</at>`,
});

/** A channel message mentioning casus and others, as Teams sends it. */
function channelMessage(text: string, mentioned: object[]): Activity {
  return teamsActivity('channel-mention', {
    text,
    entities: [mention(BOT), ...mentioned, { type: 'clientInfo', locale: 'nl-NL' }],
  });
}

/** Sanne is linked by her Bot Framework id in our tenant; Karin only in another tenant. */
async function seedPeople(db: Database): Promise<{ sanneId: string }> {
  await seedRoster(db);
  const org = await db.prisma.organisation.create({ data: { name: 'GGZ' } });
  const sanne = await db.prisma.professional.create({
    data: {
      externalKey: 's.devries',
      name: 'Sanne de Vries',
      organisationId: org.id,
      identities: { create: [{ platform: 'teams', workspace: TENANT, externalUserId: SANNE.id }] },
    },
  });
  await db.prisma.professional.create({
    data: {
      externalKey: 'k.bos',
      name: 'Karin Bos',
      organisationId: org.id,
      identities: { create: [{ platform: 'teams', workspace: 'other-tenant', externalUserId: KARIN.id }] },
    },
  });
  return { sanneId: sanne.id };
}

describeEachDatabase('Teams: mentions of people in requests', (db) => {
  const { router, requests } = recordingRouter();
  let sanneId: string;

  beforeEach(async () => {
    await truncateAll(db());
    ({ sanneId } = await seedPeople(db()));
    requests.length = 0;
  });

  function turn() {
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
    return (activity: Activity) => adapter.processActivity(activity);
  }

  it('writes a mention as one word @teams-1, with the professional linked in this tenant', async () => {
    await turn()(
      channelMessage('<at>casus</at> actie HH-2041 <at>Sanne de Vries</at> vrijdag Aanvraag indienen', [
        mention(SANNE),
      ]),
    );
    expect(requests).toMatchObject([
      {
        kind: 'text',
        text: 'actie HH-2041 @teams-1 vrijdag Aanvraag indienen',
        mentions: [{ handle: 'teams-1', professionalId: sanneId, displayName: 'Sanne de Vries' }],
      },
    ]);
  });

  it('never links a mention to a professional of another tenant', async () => {
    await turn()(channelMessage('<at>casus</at> afwezig 21-12 tot 3-1 <at>Karin Bos</at>', [mention(KARIN)]));
    expect(requests).toMatchObject([{ kind: 'text', text: 'afwezig 21-12 tot 3-1 @teams-1' }]);
    const [request] = requests;
    expect(request?.kind === 'text' && request.mentions).toEqual([
      { handle: 'teams-1', displayName: 'Karin Bos' },
    ]);
  });

  it('keeps a name typed after @ as it is, without a mention', async () => {
    await turn()(channelMessage('<at>casus</at> actie HH-2041 @sanne vrijdag', []));
    expect(requests).toMatchObject([{ kind: 'text', text: 'actie HH-2041 @sanne vrijdag' }]);
    expect(requests[0]).not.toHaveProperty('mentions');
  });
});

describeEachDatabase('Teams endpoint: a mention through the real HTTP route', (db) => {
  const { router, requests } = recordingRouter();
  let connector: FakeBotConnector;
  let server: RunningHttpServer;
  let sanneId: string;

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
    ({ sanneId } = await seedPeople(db()));
    connector.reset();
    requests.length = 0;
  });

  it('hands the router @teams-1 and Sanne, and answers in the channel', async () => {
    const activity = channelMessage('<at>casus</at> actie HH-2041 <at>Sanne de Vries</at> vrijdag', [
      mention(SANNE),
    ]);
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
    });
    expect(response.status).toBe(200);
    await connector.waitForCalls(1);
    expect(requests).toMatchObject([
      {
        kind: 'text',
        text: 'actie HH-2041 @teams-1 vrijdag',
        mentions: [{ handle: 'teams-1', professionalId: sanneId }],
      },
    ]);
  });
});

describe('neutralTeamsMentions', () => {
  const activity = (text: string, entities: object[]) =>
    ({ type: 'message', text, recipient: BOT, entities }) as unknown as Activity;

  it('gives each account one handle, and joins a mention Teams split over two tags', () => {
    const split = [mention(SANNE, 'Sanne'), mention(SANNE, 'de Vries'), mention(KARIN)];
    expect(
      neutralTeamsMentions(
        activity('<at>Sanne</at> <at>de Vries</at> en <at>Karin Bos</at>, <at>Sanne</at>', [
          ...split,
          mention(SANNE, 'Sanne'),
        ]),
      ),
    ).toEqual({
      text: '@teams-1 en @teams-2, @teams-1',
      accounts: [
        { handle: 'teams-1', userIds: [SANNE.id], name: 'Sanne de Vries' },
        { handle: 'teams-2', userIds: [KARIN.id], name: 'Karin Bos' },
      ],
    });
  });

  it("removes casus's own mention and reads an Entra object id when Teams sends one", () => {
    const withAad = {
      type: 'mention',
      mentioned: { ...SANNE, aadObjectId: 'aad-sanne' },
      text: '<at>Sanne</at>',
    };
    expect(
      neutralTeamsMentions(activity('<at>casus</at> hulp <at>Sanne</at>', [mention(BOT), withAad])),
    ).toEqual({
      text: 'hulp @teams-1',
      accounts: [{ handle: 'teams-1', userIds: ['aad-sanne', SANNE.id], name: 'Sanne de Vries' }],
    });
  });

  it('leaves a text without mentions exactly as it came', () => {
    expect(neutralTeamsMentions(activity('help\n', []))).toEqual({ text: 'help\n', accounts: [] });
  });
});
