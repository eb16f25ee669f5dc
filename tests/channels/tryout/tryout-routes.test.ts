import { request } from 'node:http';
import { Script } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionRequest, Router, TextRequest } from '../../../src/app/router.ts';
import { createRouter } from '../../../src/app/router.ts';
import { createTryoutChannel, type TryoutChannel } from '../../../src/channels/tryout/tryout-channel.ts';
import { MAX_BODY_BYTES } from '../../../src/channels/tryout/tryout-routes.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { fakeTryoutDeps } from './fake-tryout-deps.ts';

let server: RunningHttpServer;
let channel: TryoutChannel;

/** The real router, with every request it gets written down so tests can see who spoke in which language. */
const requests: (TextRequest | ActionRequest)[] = [];
function recordingRouter(): Router {
  const router = createRouter();
  return {
    handleText: (request) => {
      requests.push(request);
      return router.handleText(request);
    },
    handleAction: (request) => {
      requests.push(request);
      return router.handleAction(request);
    },
    handleForm: (request) => router.handleForm(request),
    showHome: (request) => router.showHome(request),
  };
}

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

function post(path: string, body: string, contentType = 'application/json') {
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

async function answer(path: string, body: unknown): Promise<{ html: string; fallbackText: string }> {
  const response = await post(path, JSON.stringify(body));
  expect(response.status).toBe(200);
  return (await response.json()) as { html: string; fallbackText: string };
}

const SANNE = 'demo-sanne';
const say = (text: string, locale: string, professionalKey = SANNE) =>
  answer('/tryout/message', { text, locale, professionalKey });

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decodeEntities = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** The buttons in rendered HTML as the page's script sees them. */
function buttonsIn(html: string) {
  return [
    ...html.matchAll(
      /<button type="button"[^>]*?data-action-id="([^"]*)"(?: data-value="([^"]*)")?>([^<]*)</g,
    ),
  ].map(([, actionId = '', value, label = '']) => ({
    actionId: decodeEntities(actionId),
    value: value === undefined ? undefined : decodeEntities(value),
    label: decodeEntities(label),
  }));
}

describe('try-out page', () => {
  it('is served in Dutch by default', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('<title>casus — probeer het uit</title>');
    expect(page).toContain('<label for="command">Typ een commando, bijv. hulp</label>');
    expect(page).toContain('>Verstuur</button>');
    expect(page).toMatch(/<ol id="dm-messages"[^>]*aria-live="polite"/);
    expect(page).toMatch(/<ol id="channel-messages"[^>]*aria-live="polite"/);
    expect(page).toContain('<h2 id="channel-title">Teamkanaal</h2>');
    expect(page).toContain('<h2 id="dm-title">Privéberichten</h2>');
  });

  it('lists the demo professionals with organisation and disciplines in the page language, escaped', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toContain('<label for="professional">Wie ben jij?</label>');
    expect(page).toContain(
      '<option value="">Kies een fictieve professional</option>' +
        '<option value="demo-sanne">Sanne Test — Schuldhulp &lt;Oost&gt; · Schuldhulpverlening, Inkomensconsulent</option>' +
        '<option value="demo-joost">Joost Test — GGZ Oost</option>',
    );
    const english = await (await fetch(`${server.url}/?lang=en`)).text();
    expect(english).toContain('Sanne Test — Schuldhulp &lt;Oost&gt; · Debt counselling, Income support');
    expect(english).toContain('<h2 id="channel-title">Team channel</h2>');
    expect(english).toContain('<h2 id="dm-title">Direct messages</h2>');
  });

  it('switches to English with ?lang=en and marks the current language', async () => {
    const page = await (await fetch(`${server.url}/?lang=en`)).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<label for="command">Type a command, e.g. help</label>');
    expect(page).toContain('href="/?lang=en" lang="en" hreflang="en" aria-current="page">English</a>');
    expect(page).toContain('href="/?lang=nl" lang="nl" hreflang="nl">Nederlands</a>');
  });

  it('falls back to the default language for an unknown ?lang', async () => {
    expect(await (await fetch(`${server.url}/?lang=fr`)).text()).toContain('<html lang="nl">');
  });

  it('loads nothing from elsewhere and runs only its own nonce-marked script', async () => {
    const response = await fetch(`${server.url}/`);
    const page = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /<script nonce="([^"]+)">/.exec(page)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain(`script-src 'nonce-${nonce}'`);
    expect(csp).toContain("default-src 'none'");
    expect(page).not.toMatch(/\ssrc=|https?:\/\//);
  });

  it('ships a script that parses as JavaScript', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const script = /<script nonce="[^"]+">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(script).toContain('/tryout/message');
    expect(() => new Script(script)).not.toThrow();
  });
});

describe('POST /tryout/message', () => {
  it("answers 'hulp' with the Dutch help", async () => {
    const { html, fallbackText } = await say('hulp', 'nl');
    expect(html).toContain('<h2 class="view-header">Wat kan casus voor je doen?</h2>');
    expect(fallbackText).toContain('Wat kan casus voor je doen?');
  });

  it("answers 'help' in English for an English page", async () => {
    expect((await say('help', 'en')).html).toContain('What can casus do for you?');
  });

  it("suggests 'help' for 'hlep'", async () => {
    const { html } = await say('hlep', 'nl');
    expect(html).toContain('Bedoel je &#39;help&#39;?');
    expect(buttonsIn(html)).toEqual([
      { actionId: 'help.command', value: '{"command":"help"}', label: 'Ja, help' },
    ]);
  });

  it('escapes what the user typed when it is echoed back', async () => {
    const { html } = await say('<script>x</script>', 'nl');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  it('speaks as the picked professional', async () => {
    await say('hulp', 'nl');
    expect(requests).toEqual([
      { text: 'hulp', locale: 'nl', actor: { professionalId: 'p-sanne', displayName: 'Sanne Test' } },
    ]);
  });

  it("answers in the professional's own language when the roster has one", async () => {
    await say('plan', 'nl', 'demo-joost');
    expect(requests[0]?.locale).toBe('en');
  });
});

describe('unknown professionals', () => {
  it('refuses an unknown professionalKey with 400 in the language of the page', async () => {
    for (const [locale, text] of [
      ['nl', 'Deze professional bestaat niet (meer) in de proefomgeving. Kies iemand uit de lijst.'],
      ['en', 'This professional does not exist in the try-out (any more). Pick someone from the list.'],
    ] as const) {
      const response = await post(
        '/tryout/message',
        JSON.stringify({ text: 'hulp', locale, professionalKey: 'nobody' }),
      );
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'unknown-professional', message: text });
    }
    const action = await post(
      '/tryout/action',
      JSON.stringify({ actionId: 'help.show', locale: 'nl', professionalKey: 'x' }),
    );
    expect(action.status).toBe(400);
    expect(requests).toEqual([]);
  });

  it('refuses a request without a professionalKey as a bad request', async () => {
    const response = await post('/tryout/message', JSON.stringify({ text: 'hulp', locale: 'nl' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/^professionalKey: /);
  });
});

describe('POST /tryout/action', () => {
  it('runs the command of a button taken from the help answer', async () => {
    const plan = buttonsIn((await say('hulp', 'nl')).html).find((b) => b.label === 'plan');
    expect(plan).toBeDefined();
    const { html } = await answer('/tryout/action', { ...plan, locale: 'nl', professionalKey: SANNE });
    expect(html).toContain('Het commando &#39;plan&#39; werkt nog niet.');
  });

  it('accepts a button without a value', async () => {
    const { html } = await answer('/tryout/action', {
      actionId: 'help.show',
      locale: 'en',
      professionalKey: SANNE,
    });
    expect(html).toContain('What can casus do for you?');
  });

  it('answers an unknown action id with a view, not an error status', async () => {
    const { html } = await answer('/tryout/action', {
      actionId: 'nope',
      value: '{}',
      locale: 'nl',
      professionalKey: SANNE,
    });
    expect(html).toContain('Deze knop ken ik niet.');
  });
});

describe('bad requests', () => {
  it('refuses malformed JSON with 400 and keeps serving', async () => {
    const response = await post('/tryout/message', '{"text": "hulp",');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad-request', message: 'The body is not valid JSON.' });
    expect((await say('hulp', 'nl')).html).toContain('Wat kan casus voor je doen?');
  });

  it('refuses a body of the wrong shape with 400 naming the field', async () => {
    const response = await post(
      '/tryout/message',
      JSON.stringify({ text: 'hulp', locale: 'fr', professionalKey: SANNE }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('bad-request');
    expect(body.message).toMatch(/^locale: /);
  });

  it('refuses an action without an action id', async () => {
    const response = await post(
      '/tryout/action',
      JSON.stringify({ value: '{}', locale: 'nl', professionalKey: SANNE }),
    );
    expect(response.status).toBe(400);
  });

  it('refuses a body that is not sent as JSON with 415', async () => {
    const response = await post(
      '/tryout/message',
      JSON.stringify({ text: 'hulp', locale: 'nl', professionalKey: SANNE }),
      'text/plain',
    );
    expect(response.status).toBe(415);
  });

  it('refuses an oversized body with 413 and keeps serving', async () => {
    const text = 'x'.repeat(MAX_BODY_BYTES + 1);
    const response = await post(
      '/tryout/message',
      JSON.stringify({ text, locale: 'nl', professionalKey: SANNE }),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe('payload-too-large');
    expect((await say('hulp', 'nl')).html).toContain('Wat kan casus voor je doen?');
  });

  it('refuses an oversized chunked body, which has no content-length to check up front', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${server.url}/tryout/message`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      req.on('error', reject);
      req.write('{"text":"');
      for (let i = 0; i < 4; i++) req.write('x'.repeat(MAX_BODY_BYTES / 2));
      req.end('","locale":"nl","professionalKey":"demo-sanne"}');
    });
    expect(status).toBe(413);
  });
});
