import { readFileSync } from 'node:fs';
import type { Prng } from './prng.ts';
import { hugeString, type Json, mutateJson, withUnicode } from './slack-fuzz-mutations.ts';

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

export type Fields = Record<string, string>;

/** A request before encoding: its kind, transport and body, and what the server should answer. */
export interface Draft {
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
export const FIXTURE = {
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

export function oddText(rng: Prng): string {
  const text = rng.pick(ODD_TEXTS);
  if (rng.chance(0.15)) return hugeString(rng);
  if (rng.chance(0.2)) return withUnicode(rng, text);
  return text;
}

const clone = (value: Json): Json => structuredClone(value);
const user = (rng: Prng, n: number) => (rng.chance(0.6) ? SANDER_SLACK_ID : `U0FUZZ${n}`);

// ---- The bases: valid requests of each kind, with fresh ids.

export function commandBase(rng: Prng, n: number, context: CorpusContext): Draft {
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

export function eventBase(rng: Prng, n: number, kind: 'mention' | 'dm' | 'home'): Draft {
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

export function pressBase(rng: Prng, n: number, context: CorpusContext): Draft {
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
export function unhandledBase(rng: Prng, n: number, context: CorpusContext): Draft {
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

export function base(rng: Prng, n: number, context: CorpusContext, kind: Kind): Draft {
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
