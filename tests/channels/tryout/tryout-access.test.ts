import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTryoutChannel, type TryoutChannel } from '../../../src/channels/tryout/tryout-channel.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTryoutDirectory } from '../../../src/infra/db/repositories/tryout-directory.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import {
  type AccessWorld,
  accessCases,
  accessRouter,
  type ChatRequest,
  expectNoDetails,
  expectNothingChanged,
  sameFor,
  seedAccessWorld,
} from '../../app/access/access-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';

// Issue 9: every command, button and form on the try-out page, by a team member outside the case team, by a
// member of another team and by someone the page does not know: no care details, and the refusal the same
// whether or not the household exists.
describeEachDatabase('access on the try-out page', (db) => {
  let server: RunningHttpServer;
  let channel: TryoutChannel;
  let world: AccessWorld;

  beforeAll(async () => {
    channel = createTryoutChannel({
      router: accessRouter(db()),
      store: createChannelStore(db().prisma),
      directory: createTryoutDirectory(db().prisma),
      onlyListed: true,
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
    channel.close();
    await server.close();
  });
  beforeEach(async () => {
    world = await seedAccessWorld(db(), 'none');
  });

  async function send(request: ChatRequest, professionalKey: string, locale: 'nl' | 'en' = 'en') {
    const [path, body] =
      request.kind === 'text'
        ? ['message', { text: request.text }]
        : request.kind === 'action'
          ? ['action', { actionId: request.actionId, value: request.value, conversation: 'dm' }]
          : ['form', { formId: request.formId, values: request.values, conversation: 'dm' }];
    const response = await fetch(`${server.url}/tryout/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, locale, professionalKey }),
    });
    return { status: response.status, text: await response.text() };
  }

  it('answers a member of another team about its household exactly as about one that does not exist', async () => {
    for (const test of accessCases('HH-3001', 'HH-9001', world.westHousehold, world.westConferenceId)) {
      const real = await send(test.real, 'demo-sander');
      const missing = await send(test.missing, 'demo-sander');
      expect(real.status, test.name).toBe(200);
      expectNoDetails(real.text, world.secrets.west);
      expect(sameFor(real.text, 'HH-3001'), test.name).toBe(sameFor(missing.text, 'HH-9001'));
    }
    await expectNothingChanged(db(), world);
  });

  it('gives a team member outside the case team the reference and the coordinator to ask, nothing more', async () => {
    for (const test of accessCases('HH-2042', 'HH-9042', world.demoHousehold, world.demoConferenceId)) {
      const real = await send(test.real, 'demo-sander');
      expect(real.status, test.name).toBe(200);
      expectNoDetails(real.text, world.secrets.demo);
    }
    for (const words of ['plan HH-2042', 'huishouden HH-2042']) {
      const answer = (await send({ kind: 'text', text: words }, 'demo-sander')).text;
      expect(answer).toContain('HH-2042');
      expect(answer).toContain('Latifa');
    }
    await expectNothingChanged(db(), world);
  });

  it('does not speak as anyone the page does not list, whatever they ask', async () => {
    for (const test of accessCases('HH-2042', 'HH-9042', world.demoHousehold, world.demoConferenceId)) {
      const real = await send(test.real, 'west-wendy');
      const missing = await send(test.missing, 'nobody-at-all');
      expect(real.status).toBe(400);
      expect(real.text).toBe(missing.text);
    }
    await expectNothingChanged(db(), world);
  });
});
