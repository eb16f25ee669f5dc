import { request } from 'node:http';
import { Script } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../../src/app/feature.ts';
import type { ActionRequest, FormRequest, Router, TextRequest } from '../../../src/app/router.ts';
import { createRouter } from '../../../src/app/router.ts';
import { createTryoutChannel, type TryoutChannel } from '../../../src/channels/tryout/tryout-channel.ts';
import { MAX_BODY_BYTES, MAX_FORM_FIELDS } from '../../../src/channels/tryout/tryout-routes.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { createView, text } from '../../../src/views/view-model.ts';
import { fakeTryoutDeps } from './fake-tryout-deps.ts';

let server: RunningHttpServer;
let channel: TryoutChannel;

/** A form that says back what it got, and whether the answer was private, as a use case would see it. */
const echoForm: Feature = {
  forms: {
    note: (values, subject, context) =>
      createView('Opgeslagen', [
        text(`${subject} ${JSON.stringify(values)} ${context.privateConversation ? 'privé' : 'gedeeld'}`),
      ]),
  },
};

/** The real router, with every request it gets written down so tests can see who spoke in which language. */
const requests: (TextRequest | ActionRequest | FormRequest)[] = [];
function recordingRouter(): Router {
  const router = createRouter({ features: [echoForm] });
  return {
    handleText: (request) => {
      requests.push(request);
      return router.handleText(request);
    },
    handleAction: (request) => {
      requests.push(request);
      return router.handleAction(request);
    },
    handleForm: (request) => {
      requests.push(request);
      return router.handleForm(request);
    },
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
      {
        text: 'hulp',
        locale: 'nl',
        actor: { professionalId: 'p-sanne', displayName: 'Sanne Test', channel: 'tryout' },
        conversation: 'private',
      },
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

describe('conversation kind', () => {
  it('answers a button in the direct messages privately and one in the team channel as shared', async () => {
    const press = (conversation?: string) =>
      answer('/tryout/action', { actionId: 'help.show', conversation, locale: 'nl', professionalKey: SANNE });
    await press('dm');
    await press('channel');
    await press(undefined);
    expect(requests.map((request) => request.conversation)).toEqual(['private', 'shared', 'shared']);
  });

  it('refuses a pane it does not know', async () => {
    const response = await post(
      '/tryout/action',
      JSON.stringify({ actionId: 'help.show', conversation: 'group', locale: 'nl', professionalKey: SANNE }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/^conversation: /);
  });
});

describe('POST /tryout/form', () => {
  const submit = (body: Record<string, unknown>) =>
    answer('/tryout/form', { locale: 'nl', professionalKey: SANNE, ...body });

  it('hands the values to the form by its id, with empty fields as not filled in, and renders the answer', async () => {
    const { html, fallbackText } = await submit({
      formId: 'note:HH-2041',
      values: { text: 'Huisbezoek <gepland>', domains: 'money,housing', due: '' },
      conversation: 'dm',
    });
    expect(fallbackText).toBe('Opgeslagen');
    expect(html).toContain('HH-2041');
    expect(html).toContain('&quot;domains&quot;:&quot;money,housing&quot;');
    expect(html).toContain('Huisbezoek &lt;gepland&gt;');
    expect(html).toContain('privé');
    expect(requests).toEqual([
      {
        formId: 'note:HH-2041',
        values: { text: 'Huisbezoek <gepland>', domains: 'money,housing', due: undefined },
        locale: 'nl',
        actor: { professionalId: 'p-sanne', displayName: 'Sanne Test', channel: 'tryout' },
        conversation: 'private',
      },
    ]);
  });

  it('answers a form in the team channel as shared, in the professional’s own language', async () => {
    await submit({ formId: 'note', values: {}, conversation: 'channel', professionalKey: 'demo-joost' });
    expect(requests[0]).toMatchObject({ conversation: 'shared', locale: 'en' });
  });

  it('answers an unknown form with a view, not an error status', async () => {
    const { html } = await submit({ formId: 'nope', values: {}, conversation: 'dm' });
    expect(html).toContain('Deze knop ken ik niet.');
  });

  it('refuses an unknown professional in the language of the page', async () => {
    const response = await post(
      '/tryout/form',
      JSON.stringify({ formId: 'note', values: {}, locale: 'en', professionalKey: 'nobody' }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('unknown-professional');
    expect(requests).toEqual([]);
  });

  it.each([
    ['no form id', { values: {} }, /^formId: /],
    ['an empty form id', { formId: '', values: {} }, /^formId: /],
    ['a form id over 255 characters', { formId: 'x'.repeat(256), values: {} }, /^formId: /],
    ['no values', { formId: 'note' }, /^values: /],
    ['values that are not an object', { formId: 'note', values: ['a'] }, /^values: /],
    ['a value that is not a string', { formId: 'note', values: { a: 3 } }, /^values\.a: /],
    ['a nested value', { formId: 'note', values: { a: { b: 'c' } } }, /^values\.a: /],
    [
      'too many fields',
      {
        formId: 'note',
        values: Object.fromEntries(Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => [`f${i}`, ''])),
      },
      /^values: At most 50 fields/,
    ],
  ])('refuses %s with 400 naming the field', async (_name, body, message) => {
    const response = await post(
      '/tryout/form',
      JSON.stringify({ locale: 'nl', professionalKey: SANNE, ...body }),
    );
    expect(response.status).toBe(400);
    const refusal = (await response.json()) as { error: string; message: string };
    expect(refusal.error).toBe('bad-request');
    expect(refusal.message).toMatch(message);
    expect(requests).toEqual([]);
  });

  it('refuses an oversized form with 413', async () => {
    const values = { note: 'x'.repeat(MAX_BODY_BYTES) };
    const response = await post(
      '/tryout/form',
      JSON.stringify({ formId: 'note', values, locale: 'nl', professionalKey: SANNE }),
    );
    expect(response.status).toBe(413);
    expect(requests).toEqual([]);
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
