import { readFileSync } from 'node:fs';
import { cleanStrings } from '../../src/channels/slack/classify-slack-body.ts';
import {
  buttonPressKeys,
  commandKey,
  eventKey,
  viewSubmissionKey,
} from '../../src/channels/slack/delivery-keys.ts';
import type { Prng } from './prng.ts';
import {
  deleteAt,
  garbageValue,
  getAt,
  hugeString,
  type Json,
  mutateJson,
  nestedGarbage,
  ODD_UNICODE,
  type Path,
  setAt,
  withNul,
  withUnicode,
} from './slack-fuzz-mutations.ts';

/**
 * Signed Slack requests for the fuzz suite, built from the captured fixtures in tests/fixtures/slack/.
 * Every case has fresh ids (trigger, event, message), so no two cases share an idempotency key: a case's key
 * in InboundDelivery means that case was handled, and its answer can be looked for at the fake Slack API.
 */
export const SANDER_SLACK_ID = 'U0SANDER';
export const WORKSPACE = 'T0CASUS';

export type Kind = 'command' | 'mention' | 'dm' | 'home' | 'press' | 'submission' | 'unhandled';
/** `refused`: 400; `ignored`: 200 and nothing done; `accepted`: 200 and handled; `any`: 200, 400 or 413. */
export type Expectation = 'refused' | 'ignored' | 'accepted' | 'any';

export interface FuzzCase {
  n: number;
  kind: Kind;
  /** What was done to the base, for failure reports: paths and operations, never the content. */
  label: string;
  expect: Expectation;
  contentType: string | undefined;
  body: string;
  headers: Record<string, string>;
  /** The delivery keys casus claims when it handles this case (computed as the listeners do). */
  keys: string[];
  /** Fake API calls that would be this case's answer (see replySignatures). */
  replies: string[];
}

export interface CorpusContext {
  responseUrl(name: string): string;
  /** Buttons casus rendered during setup (help, a proposal for HH-2041), pressed as-is or changed. */
  buttons: readonly { action_id: string; value?: string }[];
}

type Fields = Record<string, string>;
interface Draft {
  kind: Kind;
  transport: 'form' | 'payload' | 'json';
  body: Json;
  expect: Expectation;
  label: string[];
  contentType?: string | undefined;
  raw?: string;
  headers?: Record<string, string>;
}

const FIXTURES = new URL('../fixtures/slack/', import.meta.url);
const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Json;
const commandFixture = Object.fromEntries(
  new URLSearchParams(readFileSync(new URL('slash-command.form', FIXTURES), 'utf8')),
);
const FIXTURE = {
  mention: fixture('event-app-mention.json'),
  dm: fixture('event-message-im.json'),
  home: fixture('event-app-home-opened.json'),
  press: fixture('block-actions.json'),
  submission: fixture('view-submission.json'),
};

/** What people type after /casus or to casus: commands, near-commands and nonsense. */
const ODD_TEXTS = [
  'help',
  'hulp',
  'plan HH-2041',
  'plan HH-2041 thuis',
  'plan HH-2041 op-de-maan',
  'plan',
  'PLAN hh-2041',
  'huishouden',
  'huishouden HH-2041',
  'huishouden nieuw',
  'huishouden HH-2041 wijzig',
  'acties',
  '',
  '   ',
  '\n\t',
  '<@UCASUSBOT> help',
  '<!channel> plan',
  `'; DROP TABLE "Household"; --`,
  '{"command":"plan"}',
  '%00',
  'plan HH-2041 HH-2041 HH-2041',
  '*vet* _schuin_ `code` <https://example.org|klik>',
  '&lt;&gt;&amp;',
  'hulp\u0000',
  'plan HH-20\u000041',
  'plan \ud800',
];

function oddText(rng: Prng): string {
  const text = rng.pick(ODD_TEXTS);
  if (rng.chance(0.15)) return hugeString(rng);
  if (rng.chance(0.2)) return withUnicode(rng, text);
  return text;
}

const clone = (value: Json): Json => structuredClone(value);
const user = (rng: Prng, n: number) => (rng.chance(0.6) ? SANDER_SLACK_ID : `U0FUZZ${n}`);

// ---- The bases: valid requests of each kind, with fresh ids.

function commandBase(rng: Prng, n: number, context: CorpusContext): Draft {
  const fields: Fields = {
    ...commandFixture,
    team_id: WORKSPACE,
    user_id: user(rng, n),
    channel_id: rng.pick(['C0TEAM1', `D0FUZZ${n}`]),
    text: oddText(rng),
    response_url: context.responseUrl(`cmd~${n}~`),
    trigger_id: `${n}.6175040375234.fuzz${rng.int(1e9)}`,
  };
  return { kind: 'command', transport: 'form', body: fields, expect: 'accepted', label: ['command'] };
}

function eventBase(rng: Prng, n: number, kind: 'mention' | 'dm' | 'home'): Draft {
  const body = clone(FIXTURE[kind]) as Record<string, Json>;
  const event = body.event as Record<string, Json>;
  body.event_id = `Ev0FUZZ${n}`;
  event.user = user(rng, n);
  if (kind === 'mention') {
    event.channel = `C0FUZZ${n}`;
    event.text = `<@UCASUSBOT> ${oddText(rng)}`;
    event.ts = `${1_700_000_000 + n}.000200`;
    event.event_ts = event.ts;
  } else if (kind === 'dm') {
    event.channel = `D0FUZZ${n}`;
    event.text = oddText(rng);
    event.ts = `${1_700_000_000 + n}.000400`;
  } else {
    event.user = `U0HOME${n}`;
  }
  return { kind, transport: 'json', body, expect: 'accepted', label: [kind] };
}

function pressBase(rng: Prng, n: number, context: CorpusContext): Draft {
  const body = clone(FIXTURE.press) as Record<string, Json>;
  const button = rng.chance(0.85)
    ? rng.pick(context.buttons)
    : rng.pick([
        { action_id: 'no.such-button#0', value: '{}' },
        { action_id: 'plan.pick-slot', value: '{"householdId":"00000000-0000-4000-8000-000000000000"}' },
        { action_id: 'conference.accept#0', value: '{"conferenceId":"x"}' },
        { action_id: 'form.open#0', value: '{"text":"huishouden nieuw"}' },
      ]);
  const label = ['press'];
  let expect: Expectation = 'accepted';
  let value: Json | undefined = button.value;
  if (typeof value === 'string' && rng.chance(0.4)) {
    // A changed value may break Slack's limits (2,000 characters, no NUL): then it is refused.
    expect = 'any';
    try {
      const parsed = JSON.parse(value) as Json;
      label.push(`value: ${mutateJson(rng, parsed)}`);
      value = JSON.stringify(parsed) ?? '';
    } catch {
      value = withUnicode(rng, value);
    }
  }
  const channel = rng.pick(['C0TEAM1', `D0FUZZ${n}`]);
  const inMessage = rng.chance(0.8);
  Object.assign(body, {
    trigger_id: `${n}.6175040375234.press${rng.int(1e9)}`,
    user: { id: user(rng, n), team_id: WORKSPACE },
    container: inMessage
      ? {
          type: 'message',
          message_ts: `${1_700_000_000 + n}.000300`,
          channel_id: channel,
          is_ephemeral: rng.chance(0.5),
        }
      : { type: 'view', view_id: `V0FUZZ${n}` },
    response_url: context.responseUrl(`press~${n}~`),
    actions: [
      {
        ...((FIXTURE.press as { actions: Json[] }).actions[0] as Record<string, Json>),
        action_id: button.action_id,
        ...(value === undefined ? {} : { value }),
        action_ts: `${1_700_000_000 + 10 * n}.${n}`,
      },
    ],
  });
  if (inMessage) body.channel = { id: channel, name: 'fuzz' };
  else delete body.channel;
  return { kind: 'press', transport: 'payload', body, expect, label };
}

function submissionBase(rng: Prng, n: number): Draft {
  const body = clone(FIXTURE.submission) as Record<string, Json>;
  const view = body.view as Record<string, Json>;
  view.id = `V0SUB${n}`;
  view.hash = `${1_700_000_000 + n}.fuzz`;
  view.callback_id = rng.pick([
    'household.note',
    'household',
    'household:new',
    'unknown',
    '',
    'note:HH-2041',
  ]);
  const values: Record<string, Json> = {};
  for (const field of ['reference', 'note', 'ikWil', 'coordinator', 'domains']) {
    if (rng.chance(0.5)) {
      values[`field:${field}`] = {
        [field]: rng.pick<Json>([
          { type: 'plain_text_input', value: oddText(rng) },
          { type: 'static_select', selected_option: { value: rng.pick(['a', 'HH-2041', '']) } },
          { type: 'multi_static_select', selected_options: [{ value: 'money' }, { value: 'x' }] },
          { type: 'datepicker', selected_date: rng.pick(['2026-12-01', '2026-02-30', 'gisteren']) },
          { type: 'plain_text_input', value: null },
        ]),
      };
    }
  }
  view.state = { values };
  body.user = { id: user(rng, n), team_id: WORKSPACE };
  return { kind: 'submission', transport: 'payload', body, expect: 'accepted', label: ['submission'] };
}

/** Well-formed requests of kinds casus does not handle: 200 at once, nothing done. */
function unhandledBase(rng: Prng, n: number, context: CorpusContext): Draft {
  const draft = (transport: Draft['transport'], body: Json, what: string): Draft => ({
    kind: 'unhandled',
    transport,
    body,
    expect: 'ignored',
    label: [what],
  });
  switch (rng.int(9)) {
    case 0:
      return draft(
        'payload',
        { ...(clone(FIXTURE.submission) as object), type: 'view_closed' },
        'view_closed',
      );
    case 1:
      return draft('payload', { type: 'shortcut', callback_id: 'x', trigger_id: `t${n}` }, 'shortcut');
    case 2:
      return draft(
        'payload',
        { type: 'message_action', callback_id: 'x', message: { text: 'x' } },
        'message_action',
      );
    case 3:
      return draft('payload', { type: 'block_suggestion', action_id: 'x', value: 'HH' }, 'block_suggestion');
    case 4:
      return draft(
        'json',
        { type: 'event_callback', event_id: `Ev0UN${n}`, event: { type: 'reaction_added', item: null } },
        'reaction_added',
      );
    case 5:
      return draft('json', { type: 'app_rate_limited', minute_rate_limited: n }, 'app_rate_limited');
    case 6: {
      const messages = eventBase(rng, n, 'home');
      ((messages.body as Record<string, Json>).event as Record<string, Json>).tab = 'messages';
      return { ...messages, expect: 'ignored', kind: 'unhandled', label: ['messages tab'] };
    }
    case 7: {
      const other = commandBase(rng, n, context);
      (other.body as Fields).command = rng.pick(['{}', '/casus-test', '/CASUS', '']);
      return { ...other, expect: 'ignored', kind: 'unhandled', label: ['other command'] };
    }
    default:
      return draft('json', { type: 'url_verification', challenge: `challenge-${n}` }, 'url_verification');
  }
}

function base(rng: Prng, n: number, context: CorpusContext, kind: Kind): Draft {
  switch (kind) {
    case 'command':
      return commandBase(rng, n, context);
    case 'mention':
    case 'dm':
    case 'home':
      return eventBase(rng, n, kind);
    case 'press':
      return pressBase(rng, n, context);
    case 'submission':
      return submissionBase(rng, n);
    case 'unhandled':
      return unhandledBase(rng, n, context);
  }
}

// ---- Hostile cases: a field Slack always sends, broken. Each must be refused (400) and write nothing.

interface Required {
  path: Path;
  /** Ids also break with NUL bytes, emptiness and length; objects and text only by type. */
  is: 'id' | 'object' | 'text' | 'url';
  nullable?: boolean;
  droppable?: boolean;
}

const REQUIRED: Record<'command' | 'mention' | 'dm' | 'home' | 'press' | 'submission', Required[]> = {
  command: ['team_id', 'user_id', 'channel_id', 'trigger_id'].map((key) => ({
    path: [key],
    is: 'id' as const,
  })),
  mention: [
    { path: ['event_id'], is: 'id' },
    { path: ['event'], is: 'object' },
    { path: ['event', 'channel'], is: 'id' },
    { path: ['event', 'text'], is: 'text' },
    { path: ['event', 'ts'], is: 'id' },
    { path: ['event', 'user'], is: 'id', droppable: false },
  ],
  dm: [
    { path: ['event_id'], is: 'id' },
    { path: ['event', 'channel'], is: 'id' },
    { path: ['event', 'ts'], is: 'id' },
    { path: ['event', 'text'], is: 'text', droppable: false },
  ],
  home: [
    { path: ['event_id'], is: 'id' },
    { path: ['event', 'user'], is: 'id' },
    { path: ['event'], is: 'object' },
  ],
  press: [
    { path: ['trigger_id'], is: 'id' },
    { path: ['user'], is: 'object' },
    { path: ['user', 'id'], is: 'id' },
    { path: ['container'], is: 'object' },
    { path: ['container', 'type'], is: 'id' },
    { path: ['actions', 0, 'action_id'], is: 'id' },
    { path: ['actions', 0, 'action_ts'], is: 'id' },
    { path: ['team'], is: 'object', nullable: true, droppable: false },
    { path: ['response_url'], is: 'url', droppable: false },
  ],
  submission: [
    { path: ['user'], is: 'object' },
    { path: ['user', 'id'], is: 'id' },
    { path: ['view'], is: 'object' },
    { path: ['view', 'id'], is: 'id' },
    { path: ['view', 'hash'], is: 'id' },
    { path: ['view', 'state'], is: 'object' },
  ],
};

function breakingValue(rng: Prng, spec: Required, current: Json | undefined): { value?: Json; what: string } {
  const wrongTypes: Json[] = [
    42,
    true,
    [],
    ...(spec.nullable ? [] : [null]),
    ...(spec.is === 'object' ? ['x'] : [{}]),
  ];
  const options: { value?: Json; what: string }[] = wrongTypes.map((value) => ({
    value,
    what: `type ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}`,
  }));
  if (spec.droppable !== false) options.push({ what: 'dropped' });
  if (spec.is === 'id' && typeof current === 'string') {
    options.push(
      { value: withNul(rng, current), what: 'NUL' },
      { value: '', what: 'empty' },
      { value: 'x'.repeat(rng.pick([256, 5_000])), what: 'too long' },
    );
  }
  if (spec.is === 'url')
    options.push({ value: rng.pick(['not a url', 'javascript:alert(1)', 'ftp://x/y']), what: 'not http' });
  return rng.pick(options);
}

function breakForm(rng: Prng, fields: Fields, label: string[]): void {
  const key = rng.pick(['team_id', 'user_id', 'channel_id', 'trigger_id', 'response_url', 'command']);
  const current = fields[key] ?? '';
  const op = rng.pick(['drop', 'empty', 'nul', 'long', ...(key === 'response_url' ? ['not-http'] : [])]);
  if (op === 'drop') delete fields[key];
  if (op === 'empty') fields[key] = '';
  if (op === 'nul') fields[key] = withNul(rng, current);
  if (op === 'long') fields[key] = 'x'.repeat(key === 'response_url' ? 2_001 : 256);
  if (op === 'not-http') fields[key] = rng.pick(['not a url', 'javascript:alert(1)', 'file:///etc/passwd']);
  label.push(`${key} ${op}`);
}

export function hostileCase(rng: Prng, n: number, context: CorpusContext): FuzzCase {
  const roll = rng.next();
  if (roll < 0.15) return finish(n, unhandledBase(rng, n, context));
  if (roll < 0.3) return finish(n, wrongTransport(rng, n, context));
  const kind = rng.pick(['command', 'mention', 'dm', 'home', 'press', 'press', 'submission'] as const);
  const draft = base(rng, n, context, kind);
  draft.expect = 'refused';
  if (draft.transport === 'form') {
    breakForm(rng, draft.body as Fields, draft.label);
    // A command renamed (emptied, lengthened, with a NUL) is another command: ignored, not refused.
    const { command } = draft.body as Fields;
    if (command !== undefined && command !== '/casus') draft.expect = 'ignored';
  } else {
    const spec = rng.pick(REQUIRED[kind]);
    const { value, what } = breakingValue(rng, spec, getAt(draft.body, spec.path));
    if (value === undefined) deleteAt(draft.body, spec.path);
    else setAt(draft.body, spec.path, value);
    draft.label.push(`${spec.path.join('.')} ${what}`);
  }
  return finish(n, draft);
}

/** Bodies in a shape or content type Slack never uses for them. */
function wrongTransport(rng: Prng, n: number, context: CorpusContext): Draft {
  const refused = (what: string, draft: Partial<Draft>): Draft => ({
    kind: 'unhandled',
    transport: 'json',
    body: {},
    expect: 'refused',
    label: [what],
    ...draft,
  });
  switch (rng.int(10)) {
    case 0:
      return {
        ...pressBase(rng, n, context),
        transport: 'json',
        expect: 'refused',
        label: ['press as JSON'],
      };
    case 1:
      return {
        ...eventBase(rng, n, 'dm'),
        transport: 'payload',
        expect: 'refused',
        label: ['event in a payload form'],
      };
    case 2: {
      const command = commandBase(rng, n, context);
      return { ...command, transport: 'json', expect: 'refused', label: ['command as JSON'] };
    }
    case 3:
      return refused('wrong content type', {
        ...eventBase(rng, n, 'dm'),
        expect: 'refused',
        contentType: rng.pick([
          'text/plain',
          'multipart/form-data; boundary=x',
          'application/jsonx',
          undefined,
        ]),
      });
    case 4:
      return refused('truncated JSON', {
        raw: JSON.stringify(FIXTURE.mention).slice(0, rng.between(1, 200)),
      });
    case 5:
      return refused('payload not JSON', {
        contentType: 'application/x-www-form-urlencoded',
        raw: `payload=${encodeURIComponent(rng.pick(['{', 'null', '[1]', '"x"', 'undefined']))}`,
      });
    case 6:
      return refused('form without command or payload', {
        contentType: 'application/x-www-form-urlencoded',
        raw: rng.pick(['', 'text=help', 'a=1&b=2', '=&=', '%zz']),
      });
    case 7:
      return refused('nested too deep', {
        body: { type: 'event_callback', event: deep(rng.between(70, 3_000)) },
      });
    case 8: {
      const press = pressBase(rng, n, context);
      (press.body as Record<string, Json>)[rng.pick(['event', 'command', 'name'])] = garbageValue(rng);
      return { ...press, expect: 'refused', label: ['press with a key of another kind'] };
    }
    default:
      return refused('not an object', { raw: rng.pick(['[]', 'null', '"event_callback"', '42', 'true']) });
  }
}

function deep(depth: number): Json {
  let value: Json = 'x';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

// ---- Mixed cases: a valid base with a few random mutations anywhere; any answer but a 5xx is allowed.

function mutateForm(rng: Prng, fields: Fields): string {
  const keys = Object.keys(fields);
  const key = rng.pick(keys);
  switch (rng.int(7)) {
    case 0:
      delete fields[key];
      return `drop ${key}`;
    case 1:
      fields[key] = withNul(rng, fields[key] ?? '');
      return `nul in ${key}`;
    case 2:
      fields[key] = withUnicode(rng, fields[key] ?? '');
      return `unicode in ${key}`;
    case 3:
      fields[key] = hugeString(rng);
      return `huge ${key}`;
    case 4:
      fields.text = oddText(rng);
      return 'odd text';
    case 5: {
      const extra = rng.pick(['event', 'payload', 'name', 'ssl_check', rng.pick(ODD_UNICODE)]);
      fields[extra] = JSON.stringify(nestedGarbage(rng, 3));
      return `extra field ${extra.length > 12 ? 'odd' : extra}`;
    }
    default:
      fields[key] = rng.pick(['', ' ', '0', 'null']);
      return `blank ${key}`;
  }
}

export function mixedCase(rng: Prng, n: number, context: CorpusContext): FuzzCase {
  const kind = rng.pick<Kind>([
    'command',
    'command',
    'command',
    'dm',
    'dm',
    'mention',
    'home',
    'press',
    'press',
    'press',
    'submission',
    'unhandled',
  ]);
  const draft = base(rng, n, context, kind);
  const mutations = rng.pick([0, 0, 1, 1, 1, 2, 3]);
  for (let i = 0; i < mutations; i += 1) {
    draft.label.push(
      draft.transport === 'form' ? mutateForm(rng, draft.body as Fields) : mutateJson(rng, draft.body),
    );
  }
  if (mutations > 0) draft.expect = 'any';
  if (rng.chance(0.06)) {
    draft.contentType = rng.pick([
      'text/plain',
      'application/json',
      'application/x-www-form-urlencoded',
      undefined,
    ]);
    draft.expect = 'any';
    draft.label.push('content type swapped');
  }
  if (rng.chance(0.05)) {
    draft.headers = {
      'x-slack-retry-num': rng.pick(['1', 'x', '-1', '99999999999']),
      'x-slack-retry-reason': 'http_timeout',
    };
    draft.label.push('retry headers');
  }
  return finish(n, draft);
}

// ---- Encoding, keys and answers.

const FORM = 'application/x-www-form-urlencoded';

function finish(n: number, draft: Draft): FuzzCase {
  const encoded =
    draft.raw ??
    (draft.transport === 'form'
      ? new URLSearchParams(draft.body as Fields).toString()
      : draft.transport === 'payload'
        ? new URLSearchParams({ payload: JSON.stringify(draft.body) }).toString()
        : JSON.stringify(draft.body));
  const contentType =
    'contentType' in draft ? draft.contentType : draft.transport === 'json' ? 'application/json' : FORM;
  // Keys as the listeners compute them, from the body as the receiver hands it on (text cleaned).
  const body = cleanStrings(draft.body) as Json;
  return {
    n,
    kind: draft.kind,
    label: draft.label.join(', '),
    expect: draft.expect,
    contentType,
    body: encoded,
    headers: draft.headers ?? {},
    keys: keysOf(draft.kind, body),
    replies: repliesOf(draft.kind, body, n),
  };
}

const text = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function keysOf(kind: Kind, body: Json): string[] {
  const at = (...path: Path) => text(getAt(body, path));
  switch (kind) {
    case 'command':
      return at('trigger_id') ? [commandKey(at('trigger_id')!)] : [];
    case 'mention':
    case 'dm':
    case 'home':
      return at('event_id') ? [eventKey(at('event_id')!)] : [];
    case 'press': {
      const container = at('container', 'message_ts') ?? at('container', 'view_id') ?? at('trigger_id');
      const actionId = at('actions', 0, 'action_id');
      const actionTs = at('actions', 0, 'action_ts');
      if (!container || !actionId || !actionTs) return [];
      return buttonPressKeys({ container, actionId, value: at('actions', 0, 'value'), actionTs });
    }
    case 'submission':
      return at('view', 'id') && at('view', 'hash')
        ? [viewSubmissionKey(at('view', 'id')!, at('view', 'hash')!)]
        : [];
    case 'unhandled':
      return [];
  }
}

/**
 * The fake API calls that answer a case: `resp:~n~` (its response_url), `post:<channel>` (chat.postMessage),
 * `open:<trigger>` (views.open), `publish:<user>` (views.publish). See callSignature in the test.
 */
function repliesOf(kind: Kind, body: Json, n: number): string[] {
  const at = (...path: Path) => text(getAt(body, path));
  const list = (...items: (string | false | undefined)[]) => items.filter((item): item is string => !!item);
  switch (kind) {
    case 'command':
      return list(`resp:~${n}~`, at('trigger_id') && `open:${at('trigger_id')}`);
    case 'mention':
    case 'dm':
      return list(at('event', 'channel') && `post:${at('event', 'channel')}`);
    case 'home':
      return list(at('event', 'user') && `publish:${at('event', 'user')}`);
    case 'press':
      return list(
        `resp:~${n}~`,
        at('user', 'id') && `post:${at('user', 'id')}`,
        at('trigger_id') && `open:${at('trigger_id')}`,
      );
    case 'submission':
      return list(at('user', 'id') && `post:${at('user', 'id')}`);
    case 'unhandled':
      return [];
  }
}
