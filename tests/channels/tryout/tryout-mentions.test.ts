import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Feature } from '../../../src/app/feature.ts';
import type { PeopleDirectory, Person } from '../../../src/app/people/people-directory.ts';
import { personProblemText, resolvePerson } from '../../../src/app/people/resolve-person.ts';
import { createRouter, type Router, type TextRequest } from '../../../src/app/router.ts';
import { createTryoutChannel, type TryoutChannel } from '../../../src/channels/tryout/tryout-channel.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { createView, text } from '../../../src/views/view-model.ts';
import { fakeTryoutDeps } from './fake-tryout-deps.ts';

const sanne: Person = { id: 'p-sanne', key: 'demo-sanne', name: 'Sanne Test' };
const joost: Person = { id: 'p-joost', key: 'demo-joost', name: 'Joost Test' };
const people: PeopleDirectory = {
  activeMembers: async () => [joost, sanne],
  byId: async (id) => [joost, sanne].find((person) => person.id === id),
};

/** A command that names a person as `actie` will ('huishouden HH-1 @sanne'), resolved in the app. */
const naming: Feature = {
  commands: {
    household: async ([, word = ''], { locale, mentions }) => {
      const match = await resolvePerson(word, 'team-demo', { people, ...(mentions ? { mentions } : {}) });
      const said = match.ok ? `Eigenaar: ${match.person.name}` : personProblemText(match, locale);
      return createView(said, [text(said)]);
    },
  },
};

const requests: TextRequest[] = [];
function recordingRouter(): Router {
  const router = createRouter({ features: [naming] });
  return {
    handleText: (request) => {
      requests.push(request);
      return router.handleText(request);
    },
    handleAction: (request) => router.handleAction(request),
    handleForm: (request) => router.handleForm(request),
    showHome: (request) => router.showHome(request),
  };
}

let server: RunningHttpServer;
let channel: TryoutChannel;

beforeAll(async () => {
  channel = createTryoutChannel({ router: recordingRouter(), defaultLocale: 'nl', ...fakeTryoutDeps() });
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    routes: channel.routes,
    logger: silentLogger,
  });
});
afterAll(() => {
  channel.close();
  return server.close();
});
beforeEach(() => {
  requests.length = 0;
});

async function say(words: string, locale = 'nl'): Promise<string> {
  const response = await fetch(`${server.url}/tryout/message`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: words, locale, professionalKey: 'demo-joost' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { fallbackText: string }).fallbackText;
}

it('passes a typed @name to the router as typed, with no platform mention', async () => {
  await say('huishouden HH-1 @Sanne');
  expect(requests).toMatchObject([{ text: 'huishouden HH-1 @Sanne' }]);
  expect(requests[0]).not.toHaveProperty('mentions');
});

it('lets the app resolve the typed name to a member of the team', async () => {
  expect(await say('huishouden HH-1 @sanne')).toBe('Eigenaar: Sanne Test');
});

it('answers a typo with "did you mean", in the language of the command', async () => {
  expect(await say('huishouden HH-1 @sanen')).toBe(
    'Ik ken geen @sanen in dit team. Bedoel je @demo-sanne (Sanne Test)?',
  );
  expect(await say('household HH-1 @jost', 'en')).toBe(
    'I don’t know @jost in this team. Did you mean @demo-joost (Joost Test)?',
  );
});
