import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ActionIds } from '../../src/views/action-ids.ts';
import { AAD_OBJECT_ID, TENANT } from '../channels/teams/teams-test-kit.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts';
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
 * Generated and mutated Bot Framework activities against POST /api/messages of the composed server.
 * Teams retries and then gives up on a bot that answers 5xx or slowly (15 s), and shows "Unable to reach
 * app" for a 501 invoke; a crashed turn leaves the person without an answer. So: never a 5xx, never slower
 * than ANSWER_LIMIT_MS, no turn that fails on input the envelope let through (an error log line), nothing
 * stored for a refused activity, and /healthz still 200 at the end. Reproduce a failure with the printed
 * FUZZ_SEED.
 */
const CASES = 260;
const seed = fuzzSeed();
const FIXTURE_DIR = new URL('../fixtures/teams/', import.meta.url);
const FIXTURES = [
  'personal-message',
  'channel-mention',
  'action-execute',
  'action-submit',
  'installation-update-personal',
  'conversation-update-team-install',
].map((name) => JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURE_DIR), 'utf8')) as Json);

const TEXTS = [
  'help',
  'hulp',
  '<at>casus</at> help',
  'huishouden HH-2041',
  'household HH-2041',
  'huishouden nieuw',
  'plan HH-2041',
  'plan HH-9999',
  'acties',
  'agenda',
  'agenda volgende week',
  'kalender',
  'hlep',
  '',
  '   ',
  '/casus help',
];
const INVOKE_NAMES = [
  'adaptiveCard/action',
  'adaptiveCard/action',
  'task/fetch',
  'task/submit',
  'composeExtension/query',
  'signin/verifyState',
  'config/fetch',
  'message/submitAction',
  'fileConsent/invoke',
  '',
];

let server: FuzzServer;
let connector: FakeBotConnector;

beforeAll(async () => {
  [server, connector] = await Promise.all([startFuzzServer(), startFakeBotConnector()]);
  // The fixtures' sender is Sander of the demo team in Teams, so turns also run as a known professional.
  const sander = await server.db.prisma.professional.findFirstOrThrow({
    where: { externalKey: 'demo-sander' },
  });
  await server.db.prisma.platformIdentity.create({
    data: { professionalId: sander.id, platform: 'teams', workspace: TENANT, externalUserId: AAD_OBJECT_ID },
  });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

interface TeamsCase {
  label: string;
  body: string;
  contentType?: string;
  /** The delivery key casus would store for it, when it has one. */
  key?: string;
}

it(`answers ${CASES} generated and mutated Teams activities without a 5xx or a slow answer (FUZZ_SEED=${seed})`, async () => {
  const rng = mulberry32(seed);
  const refusedKeys: string[] = [];
  const statuses = new Map<number, number>();
  for (let i = 0; i < CASES; i++) {
    const fuzzCase = teamsCase(rng);
    const where = `FUZZ_SEED=${seed} case ${i} (${fuzzCase.label})`;
    const before = await writtenRows(server.db);
    const answer = await server.request('/api/messages', fuzzCase.body, fuzzCase.contentType);
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    expect(answer.status, `${where}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
    expect(answer.ms, where).toBeLessThan(ANSWER_LIMIT_MS);
    expect(errorLines(server.logs), where).toEqual([]);
    if (answer.status >= 400) {
      expect(await writtenRows(server.db), `${where}: a refused activity wrote`).toEqual(before);
      if (fuzzCase.key) refusedKeys.push(fuzzCase.key);
    }
  }
  const stored = await server.db.prisma.inboundDelivery.findMany({ select: { key: true } });
  const storedKeys = new Set(stored.map((row) => row.key));
  expect(refusedKeys.filter((key) => storedKeys.has(key))).toEqual([]);
  // Both kinds must really have been tried: some refused, most answered.
  expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
  expect(statuses.get(200) ?? 0).toBeGreaterThan(CASES / 4);

  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
}, 120_000);

function teamsCase(rng: Prng): TeamsCase {
  const kind = rng.int(10);
  if (kind <= 4) return mutatedFixture(rng);
  if (kind === 5 || kind === 6) return typedText(rng);
  if (kind === 7) return invoke(rng);
  if (kind === 8) return generated(rng);
  return rawBody(rng);
}

/** A captured activity with a fresh id, local replies, and one to three mutations anywhere in it. */
function mutatedFixture(rng: Prng): TeamsCase {
  const activity = fresh(rng.pick(FIXTURES));
  const labels: string[] = [];
  for (let n = rng.between(1, 3); n > 0; n--) labels.push(mutateJson(rng, activity));
  keepRepliesLocal(activity);
  return asCase(`fixture: ${labels.join(', ')}`, activity);
}

/** What a person could type, now and then with a NUL byte or odd unicode in it. */
function typedText(rng: Prng): TeamsCase {
  const activity = fresh(FIXTURES[rng.chance(0.7) ? 0 : 1]!) as Record<string, Json>;
  let text = rng.pick(TEXTS);
  const twist = rng.int(5);
  if (twist === 0) text = withNul(rng, text);
  if (twist === 1) text = withUnicode(rng, text);
  if (twist === 2) text = `${text} ${hugeString(rng).slice(0, 3_000)}`;
  activity.text = text;
  if (rng.chance(0.2)) activity.locale = rng.pick(['nl-NL', 'en-US', 'fr-FR', '', 'x'.repeat(70)]);
  return asCase(`text #${TEXTS.indexOf(text.trim())} twist ${twist}`, activity);
}

/** An invoke of some name with a card action, garbage, or nothing as its value. */
function invoke(rng: Prng): TeamsCase {
  const activity = fresh(FIXTURES[2]!) as Record<string, Json>;
  const name = rng.pick(INVOKE_NAMES);
  if (name === '') delete activity.name;
  else activity.name = name;
  const data: Record<string, Json> = { actionId: rng.pick(Object.values(ActionIds)) };
  if (rng.chance(0.6)) data.value = rng.chance(0.5) ? garbageValue(rng) : randomUUID();
  if (rng.chance(0.2)) data.formId = rng.pick(['household:new', 'x', '']);
  const shape = rng.int(4);
  if (shape === 0) activity.value = garbageValue(rng);
  else if (shape === 1) activity.value = { action: { type: 'Action.Execute', data } };
  else activity.value = { action: { type: 'Action.Execute', verb: String(data.actionId), data } };
  return asCase(`invoke ${name || '(none)'} shape ${shape}`, activity);
}

/** An object with activity-like keys and values of any kind. */
function generated(rng: Prng): TeamsCase {
  const keys = ['type', 'id', 'name', 'channelId', 'from', 'recipient', 'conversation', 'text', 'value'];
  const activity: Record<string, Json> = {
    type: rng.pick(['message', 'invoke', 'conversationUpdate', 'event', 'typing', 'messageReaction']),
    serviceUrl: connector.serviceUrl,
  };
  for (const key of keys) if (rng.chance(0.7)) activity[key] = garbageValue(rng);
  return asCase('generated', activity);
}

/** Bodies that are not an activity at all. */
function rawBody(rng: Prng): TeamsCase {
  const text = JSON.stringify(fresh(rng.pick(FIXTURES)));
  switch (rng.int(7)) {
    case 0:
      return { label: 'truncated JSON', body: text.slice(0, rng.int(text.length)) };
    case 1:
      return { label: 'JSON primitive', body: JSON.stringify(garbageValue(rng)) };
    case 2:
      return { label: 'not JSON', body: rng.pick(['help', '<xml/>', '\u0000', '', 'a=b&c=d']) };
    case 3:
      return { label: 'too large', body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }) };
    case 4:
      return { label: 'form content type', body: text, contentType: 'application/x-www-form-urlencoded' };
    case 5:
      return { label: 'deep nesting', body: `${'['.repeat(5_000)}${']'.repeat(5_000)}` };
    default:
      return {
        label: 'bytes that are not UTF-8',
        body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('latin1'),
      };
  }
}

function fresh(fixture: Json): Json {
  const activity = structuredClone(fixture) as Record<string, Json>;
  activity.id = `${String(activity.id ?? 'f').split(':')[0]}:${randomUUID()}`;
  activity.serviceUrl = connector.serviceUrl;
  return activity;
}

/**
 * Replies go to the activity's serviceUrl; one that a mutation turned into another reachable URL would send
 * them elsewhere (and wait for it), which is not what this suite is about. Garbage that is no URL stays.
 */
function keepRepliesLocal(activity: Json): void {
  if (activity === null || typeof activity !== 'object' || Array.isArray(activity)) return;
  const { serviceUrl } = activity;
  if (typeof serviceUrl === 'string' && /^https?:/i.test(serviceUrl))
    activity.serviceUrl = connector.serviceUrl;
}

function asCase(label: string, activity: Json): TeamsCase {
  const record =
    activity !== null && typeof activity === 'object' && !Array.isArray(activity) ? activity : {};
  const { id, conversation } = record as { id?: unknown; conversation?: { id?: unknown } };
  const key =
    typeof id === 'string' && typeof conversation?.id === 'string'
      ? `teams:${conversation.id}:${id}`
      : undefined;
  return { label, body: JSON.stringify(activity), key };
}
