import type { Prng } from './prng.ts';
import {
  base,
  type CorpusContext,
  commandBase,
  type Draft,
  eventBase,
  FIXTURE,
  type Fields,
  type FuzzCase,
  type Kind,
  oddText,
  pressBase,
  unhandledBase,
} from './slack-fuzz-bases.ts';
import { finish } from './slack-fuzz-case.ts';
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
 * The two corpora of the Slack fuzz suite: hostile cases (a field Slack always sends, broken, or a body in a
 * shape Slack never uses; each must be refused or ignored and leave no trace) and mixed cases (valid bases
 * with random mutations anywhere).
 */
// ---- Hostile cases: a field Slack always sends, broken. Each must be refused (400) and write nothing.

interface Required {
  path: Path;
  /** Ids also break with NUL bytes, emptiness and length; objects and text only by type. */
  is: 'id' | 'object' | 'text' | 'url';
  nullable?: boolean;
  droppable?: boolean;
}

/** The JSON kinds' fields Slack always sends (a command's form is broken by breakForm). */
const REQUIRED: Record<'mention' | 'dm' | 'home' | 'press' | 'submission', Required[]> = {
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
  if (kind === 'command') {
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
