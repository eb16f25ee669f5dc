import { afterAll, beforeAll, expect, it } from 'vitest';
import { fuzzSeed, mulberry32, type Prng } from './prng.ts';
import {
  garbageValue,
  hugeString,
  type Json,
  mutateJson,
  withNul,
  withUnicode,
} from './slack-fuzz-mutations.ts';
import {
  ANSWER_LIMIT_MS,
  errorLines,
  type FuzzServer,
  startFuzzServer,
  writtenRows,
} from './teams-fuzz-server.ts';

/**
 * The try-out endpoints (a typed message, a pressed button, a submitted form) of the composed server, fed
 * what the page sends and what it never would: garbage JSON, wrong types, huge bodies, NUL bytes, unknown
 * professionals. The suite crawls: buttons and forms in each answer join the pool of things to press and
 * submit (with mutated values), so it reaches the household forms and planning buttons. Never a 5xx, never
 * slower than ANSWER_LIMIT_MS, no error log line, a refused request writes nothing, /healthz stays 200.
 * Reproduce a failure with the printed FUZZ_SEED.
 */
const CASES = 220;
const seed = fuzzSeed();
const PROFESSIONALS = ['demo-sander', 'demo-coach', 'demo-latifa', 'demo-bram'];
const TEXTS = [
  'help',
  'hulp',
  'huishouden HH-2041',
  'huishouden HH-2042',
  'huishouden nieuw',
  'household new',
  'plan HH-2041',
  'plan HH-2043',
  'plan HH-9999',
  'acties',
  'agenda',
  'kalender',
  'hlep',
  '',
];

interface Pressable {
  actionId: string;
  value?: string;
}
interface Submittable {
  formId: string;
  fields: Map<string, string[]>;
}

let server: FuzzServer;
const buttons: Pressable[] = [];
const forms: Submittable[] = [];

beforeAll(async () => {
  server = await startFuzzServer();
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

interface TryoutCase {
  label: string;
  path: string;
  body: string;
  contentType?: string;
}

it(`answers ${CASES} generated and mutated try-out requests without a 5xx or a slow answer (FUZZ_SEED=${seed})`, async () => {
  const rng = mulberry32(seed);
  const statuses = new Map<number, number>();
  for (let i = 0; i < CASES; i++) {
    const fuzzCase = tryoutCase(rng);
    const where = `FUZZ_SEED=${seed} case ${i} (${fuzzCase.label})`;
    const before = await writtenRows(server.db);
    const answer = await server.request(fuzzCase.path, fuzzCase.body, fuzzCase.contentType);
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    expect(answer.status, `${where}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
    expect(answer.ms, where).toBeLessThan(ANSWER_LIMIT_MS);
    expect(errorLines(server.logs), where).toEqual([]);
    if (answer.status >= 400) {
      expect(await writtenRows(server.db), `${where}: a refused request wrote`).toEqual(before);
      expect(JSON.parse(answer.text), where).toMatchObject({ error: expect.any(String) });
    } else {
      harvest(JSON.parse(answer.text) as { html: string });
    }
  }
  expect(statuses.get(200) ?? 0).toBeGreaterThan(CASES / 3);
  expect(forms.length).toBeGreaterThan(0);
  for (const lang of ['nl', 'en', 'fr', '', '%00', 'x'.repeat(5_000)]) {
    expect((await fetch(`${server.url}/?lang=${lang}`)).status).toBe(200);
  }
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}, 120_000);

function tryoutCase(rng: Prng): TryoutCase {
  const kind = rng.int(10);
  const base = kind < 3 ? message(rng) : kind < 6 ? press(rng) : kind < 8 ? submit(rng) : undefined;
  if (base === undefined) return rawBody(rng);
  const { path, body } = base;
  if (rng.chance(0.35)) {
    const labels = [mutateJson(rng, body)];
    if (rng.chance(0.3)) labels.push(mutateJson(rng, body));
    return { label: `${path} ${labels.join(', ')}`, path, body: JSON.stringify(body) };
  }
  return { label: `${path} as sent`, path, body: JSON.stringify(body) };
}

function speaker(rng: Prng): Record<string, Json> {
  const professionalKey = rng.chance(0.9)
    ? rng.pick(PROFESSIONALS)
    : rng.pick(['demo-nobody', '', 'x'.repeat(300), withNul(rng, 'demo-sander'), 'demo-sander\ud800']);
  return { locale: rng.pick(['nl', 'en']), professionalKey };
}

function message(rng: Prng): { path: string; body: Json } {
  let text = rng.pick(TEXTS);
  const twist = rng.int(6);
  if (twist === 0) text = withNul(rng, text);
  if (twist === 1) text = withUnicode(rng, text);
  if (twist === 2) text = `${text} ${hugeString(rng).slice(0, 1_900)}`;
  return { path: '/tryout/message', body: { text, ...speaker(rng) } };
}

function press(rng: Prng): { path: string; body: Json } {
  const button = buttons.length > 0 ? rng.pick(buttons) : { actionId: 'help.show' };
  const body: Record<string, Json> = { actionId: button.actionId, ...speaker(rng) };
  if (button.value !== undefined) body.value = button.value;
  if (rng.chance(0.5)) body.conversation = rng.pick(['dm', 'channel']);
  if (rng.chance(0.15)) body.messageId = rng.pick(['m-1', withNul(rng, 'm-2'), 'x'.repeat(250)]);
  return { path: '/tryout/action', body };
}

/** A form seen in an answer, filled with its own choices, typed text, or garbage. */
function submit(rng: Prng): { path: string; body: Json } {
  if (forms.length === 0) return message(rng);
  const form = rng.pick(forms);
  const values: Record<string, Json> = {};
  for (const [name, choices] of form.fields) {
    if (rng.chance(0.1)) continue;
    const twist = rng.int(8);
    if (twist === 0) values[name] = withNul(rng, 'HH-3001');
    else if (twist === 1) values[name] = withUnicode(rng, 'Notitie');
    else if (twist === 2)
      values[name] = rng.pick(['HH-3001', 'HH-3002', '2026-12-01', '3', '', '-1', 'Jansen']);
    else if (choices.length > 0) values[name] = rng.pick(choices);
    else values[name] = rng.pick(['HH-3003', 'Gezin met zorgen', '2027-02-30', '99', ' ']);
  }
  const body: Record<string, Json> = { formId: form.formId, values, ...speaker(rng) };
  if (rng.chance(0.5)) body.conversation = rng.pick(['dm', 'channel']);
  return { path: '/tryout/form', body };
}

/** Bodies the page never sends. */
function rawBody(rng: Prng): TryoutCase {
  const path = rng.pick(['/tryout/message', '/tryout/action', '/tryout/form']);
  const sample = JSON.stringify(message(rng).body);
  switch (rng.int(7)) {
    case 0:
      return { label: `${path} truncated`, path, body: sample.slice(0, rng.int(sample.length)) };
    case 1:
      return { label: `${path} primitive`, path, body: JSON.stringify(garbageValue(rng)) };
    case 2:
      return { label: `${path} not JSON`, path, body: rng.pick(['help', '', '\u0000', 'text=help']) };
    case 3:
      return { label: `${path} too large`, path, body: JSON.stringify({ text: 'x'.repeat(20_000) }) };
    case 4:
      return { label: `${path} text/plain`, path, body: sample, contentType: 'text/plain' };
    case 5:
      return { label: `${path} deep nesting`, path, body: `${'['.repeat(5_000)}${']'.repeat(5_000)}` };
    default:
      return { label: `${path} all garbage`, path, body: JSON.stringify(garbageValue(rng)) };
  }
}

/** Buttons and forms of an answer, as the page's script would read them from the HTML. */
function harvest({ html }: { html: string }): void {
  for (const match of html.matchAll(/data-action-id="([^"]*)"(?: data-value="([^"]*)")?/g)) {
    const button = {
      actionId: fromHtml(match[1] ?? ''),
      value: match[2] === undefined ? undefined : fromHtml(match[2]),
    };
    if (!buttons.some((b) => b.actionId === button.actionId && b.value === button.value))
      buttons.push(button);
  }
  for (const match of html.matchAll(/<form class="view-form" data-form-id="([^"]*)">(.*?)<\/form>/gs)) {
    const formId = fromHtml(match[1] ?? '');
    if (forms.some((f) => f.formId === formId)) continue;
    const fields = new Map<string, string[]>();
    for (const field of (match[2] ?? '').matchAll(/<(input|select|textarea)[^>]* name="([^"]*)"/g)) {
      fields.set(fromHtml(field[2] ?? ''), []);
    }
    for (const option of (match[2] ?? '').matchAll(/name="([^"]*)" value="([^"]*)"/g)) {
      fields.get(fromHtml(option[1] ?? ''))?.push(fromHtml(option[2] ?? ''));
    }
    for (const select of (match[2] ?? '').matchAll(/<select name="([^"]*)"[^>]*>(.*?)<\/select>/gs)) {
      for (const option of (select[2] ?? '').matchAll(/<option value="([^"]*)"/g)) {
        fields.get(fromHtml(select[1] ?? ''))?.push(fromHtml(option[1] ?? ''));
      }
    }
    forms.push({ formId, fields });
  }
}

function fromHtml(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
