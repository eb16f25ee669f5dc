import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createInboundStore } from '../../../src/infra/db/repositories/inbound-repository.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { recordingRouter } from '../recording-router.ts';
import {
  form,
  formFixture,
  json,
  jsonFixture,
  payloadForm,
  postToSlackRoute,
  recordingLogger,
  type SlackHarness,
  type SlackPost,
  spyOnStore,
  startSlackHarness,
} from './slack-test-kit.ts';

type Json = Record<string, unknown>;

/** Slack shows the user an error when an answer takes 3 s; ours must come well before that. */
const FAST_MS = 1000;
/** Put into every malformed body: it must never show up in a log line. */
const SECRET_TEXT = 'Fam. Geheim-Jansen, schulden';

/**
 * Signed requests that Slack would never send, or that casus has nothing to do for: each gets a fast 4xx or
 * 2xx (never a 5xx, never Bolt's 3-second hold and 404), touches nothing, and leaves one JSON log line that
 * says why without any of the payload.
 */
describeEachDatabase('Slack: malformed and unhandled requests', (db) => {
  const logger = recordingLogger();
  const { router, requests } = recordingRouter();
  let slack: SlackHarness;
  let store: ReturnType<typeof spyOnStore>;
  let count = 0;

  beforeAll(async () => {
    store = spyOnStore(createChannelStore(db().prisma));
    slack = await startSlackHarness({
      inbound: createInboundStore(db().prisma, 'slack'),
      store,
      router,
      logger,
    });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    await truncateAll(db());
    store.calls.length = 0;
    slack.fake.reset();
    logger.lines.length = 0;
    requests.length = 0;
  });

  const next = () => {
    count += 1;
    return count;
  };

  function event(fixture: string, changes: { envelope?: Json; event?: Json } = {}): SlackPost {
    const body = jsonFixture(fixture);
    return json({
      ...body,
      event_id: `Ev0BAD${next()}`,
      event: { ...(body.event as Json), ...changes.event },
      ...changes.envelope,
    });
  }

  function command(overrides: Record<string, string> = {}): SlackPost {
    const n = next();
    return form(
      formFixture('slash-command.form', {
        response_url: slack.fake.responseUrl(`command-${n}`),
        trigger_id: `trigger-${n}`,
        ...overrides,
      }),
    );
  }

  function press(changes: Json = {}): SlackPost {
    const body = jsonFixture('block-actions.json');
    const n = next();
    return form(
      payloadForm({
        ...body,
        trigger_id: `press-${n}`,
        response_url: slack.fake.responseUrl(`press-${n}`),
        ...changes,
      }),
    );
  }

  const interactive = (payload: Json) => form(payloadForm(payload));

  async function send(post: SlackPost): Promise<{ status: number; ms: number }> {
    const started = performance.now();
    const response = await postToSlackRoute(slack.url, post);
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  }

  async function expectUntouched() {
    // Give any stray listener time to run before asserting that nothing did.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.calls).toEqual([]);
    expect(await db().prisma.inboundDelivery.count()).toBe(0);
    expect(slack.fake.calls).toEqual([]);
    expect(requests).toEqual([]);
  }

  function expectOneLogLine(level: 'info' | 'warn', message: string) {
    const lines = logger.lines.filter((line) => line.message === message);
    expect(lines, JSON.stringify(logger.lines)).toHaveLength(1);
    expect(lines[0]!.level).toBe(level);
    for (const line of logger.lines) {
      expect(line.json.toLowerCase()).not.toContain('geheim');
      expect(line.json).not.toContain('xoxb');
    }
    return lines[0]!;
  }

  const refused: [string, () => SlackPost][] = [
    [
      'an event callback whose event is null',
      () => event('event-app-mention.json', { envelope: { event: null } }),
    ],
    [
      'an event callback whose event is true',
      () => json({ type: 'event_callback', event_id: 'Ev1', event: true }),
    ],
    [
      'an event callback whose event is a string',
      () => json({ type: 'event_callback', event_id: 'Ev2', event: 'x' }),
    ],
    [
      'an event without a type',
      () => json({ type: 'event_callback', event_id: 'Ev3', event: { text: SECRET_TEXT } }),
    ],
    [
      'an event callback without an event id',
      () => event('event-message-im.json', { envelope: { event_id: 7 } }),
    ],
    ['a mention whose channel is null', () => event('event-app-mention.json', { event: { channel: null } })],
    [
      'a mention whose text is not text',
      () => event('event-app-mention.json', { event: { text: { a: 1 } } }),
    ],
    [
      'a direct message whose user is a list',
      () => event('event-message-im.json', { event: { user: ['U1'] } }),
    ],
    ['a Home tab opened by user null', () => event('event-app-home-opened.json', { event: { user: null } })],
    ['a view submission without a view', () => interactive({ type: 'view_submission' })],
    [
      'a view submission whose state is not a map of inputs',
      () => interactive({ ...jsonFixture('view-submission.json'), view: { id: 'V1', hash: 'h', state: 5 } }),
    ],
    [
      'a view submission with a made-up block id holding a wrong input',
      () => {
        const body = jsonFixture('view-submission.json');
        const view = { ...(body.view as Json), state: { values: { geheimjansen: { geheim: { type: 5 } } } } };
        return interactive({ ...body, view });
      },
    ],
    ['a button press without actions', () => press({ actions: [] })],
    ['a button press without a user', () => press({ user: null })],
    ['a button press whose channel is null', () => press({ channel: null })],
    ['a button press that also claims to be an event', () => press({ event: null })],
    [
      'a button value longer than Slack allows',
      () => press({ actions: [{ action_id: 'help.show', action_ts: '1.2', value: 'x'.repeat(2001) }] }),
    ],
    ['an empty JSON object', () => json({})],
    ['a JSON body whose type is not text', () => json({ type: 42, text: SECRET_TEXT })],
    ['a button press sent as JSON instead of a form', () => json(jsonFixture('block-actions.json'))],
    ['an event sent as an interactivity payload', () => interactive(jsonFixture('event-message-im.json'))],
    ['a form that is neither a command nor a payload', () => form(`text=${encodeURIComponent(SECRET_TEXT)}`)],
    ['/casus without a trigger id', () => command({ trigger_id: '' })],
    ['/casus whose response_url is not a URL', () => command({ response_url: 'not a url' })],
    ['/casus that also carries an event field', () => command({ event: 'x' })],
    [
      'a payload nested deeper than any Slack payload',
      () => json({ type: 'event_callback', x: nested(200) }),
    ],
  ];

  for (const [what, post] of refused) {
    it(`answers 400 at once to ${what}, touches nothing and logs why`, async () => {
      const { status, ms } = await send(post());
      expect(status).toBe(400);
      expect(ms).toBeLessThan(FAST_MS);
      await expectUntouched();
      const line = expectOneLogLine('warn', 'slack: request refused');
      expect(line.fields.reason).toEqual(expect.any(String));
    });
  }

  const ignored: [string, () => SlackPost][] = [
    ['a closed modal', () => interactive({ ...jsonFixture('view-submission.json'), type: 'view_closed' })],
    ['a global shortcut', () => interactive({ type: 'shortcut', callback_id: 'x', trigger_id: 't' })],
    ['a message shortcut', () => interactive({ type: 'message_action', callback_id: 'x', message: {} })],
    ['an options request', () => interactive({ type: 'block_suggestion', action_id: 'x', value: 'a' })],
    ['a legacy attachment button', () => interactive({ type: 'interactive_message', actions: [{}] })],
    ['another slash command', () => command({ command: '{}' })],
    [
      'an event type casus does not subscribe to',
      () => event('event-app-mention.json', { event: { type: 'reaction_added', channel: null } }),
    ],
    [
      'the app being uninstalled',
      () => json({ type: 'event_callback', event_id: 'Ev9', event: { type: 'app_uninstalled' } }),
    ],
    [
      'Slack telling casus it is rate limited',
      () => json({ type: 'app_rate_limited', minute_rate_limited: 1 }),
    ],
    [
      'a Messages tab being opened',
      () => event('event-app-home-opened.json', { event: { tab: 'messages' } }),
    ],
  ];

  for (const [what, post] of ignored) {
    it(`acknowledges ${what} with 200 at once, and does nothing else`, async () => {
      const { status, ms } = await send(post());
      expect(status).toBe(200);
      expect(ms).toBeLessThan(FAST_MS);
      await expectUntouched();
    });
  }

  it('logs a request it ignores as one info line naming its kind', async () => {
    await send(interactive({ ...jsonFixture('view-submission.json'), type: 'view_closed' }));
    const line = expectOneLogLine('info', 'slack: request ignored');
    expect(line.fields.kind).toBe('view_closed');
  });

  const nulInId: [string, () => SlackPost][] = [
    ['the user id of a command', () => command({ user_id: 'U0WIJK1\u0000' })],
    ['the trigger id of a command', () => command({ trigger_id: 'trig\u0000ger' })],
    [
      'the response_url of a command (the URL parser would quietly drop it)',
      () => command({ response_url: `${slack.fake.responseUrl('nul')}\u0000url` }),
    ],
    [
      'the event id of a direct message',
      () => event('event-message-im.json', { envelope: { event_id: 'Ev\u00001' } }),
    ],
    ['the user of a direct message', () => event('event-message-im.json', { event: { user: '\u0000' } })],
    ['the user of a button press', () => press({ user: { id: 'U0\u0000', team_id: 'T0CASUS' } })],
    [
      'the value of a button',
      () => press({ actions: [{ action_id: 'help.show', action_ts: '1.2', value: '{\u0000}' }] }),
    ],
    [
      'the id of a submitted modal',
      () =>
        interactive({
          ...jsonFixture('view-submission.json'),
          view: { ...(jsonFixture('view-submission.json').view as Json), id: 'V\u00001' },
        }),
    ],
  ];

  for (const [where, post] of nulInId) {
    it(`refuses a NUL byte in ${where} with 400, before the database sees it`, async () => {
      const { status } = await send(post());
      expect(status).toBe(400);
      await expectUntouched();
      expectOneLogLine('warn', 'slack: request refused');
    });
  }

  it('answers a command whose text holds NUL bytes, with the NUL bytes replaced', async () => {
    const n = next();
    const { status, ms } = await send(
      command({ text: 'hel\u0000p', response_url: slack.fake.responseUrl(`nul-${n}`) }),
    );
    expect(status).toBe(200);
    expect(ms).toBeLessThan(FAST_MS);
    const [reply] = await slack.fake.waitForCalls('response_url');
    expect(reply!.responseName).toBe(`nul-${n}`);
    expect(requests).toMatchObject([{ kind: 'text', text: 'hel\uFFFDp' }]);
    expect(await db().prisma.inboundDelivery.count()).toBe(1);
  });

  it('answers a direct message whose text holds NUL bytes and broken surrogates, cleaned', async () => {
    const { status } = await send(event('event-message-im.json', { event: { text: 'hulp\u0000 \uD800' } }));
    expect(status).toBe(200);
    await slack.fake.waitForCalls('chat.postMessage');
    expect(requests).toMatchObject([{ kind: 'text', text: 'hulp\uFFFD \uFFFD' }]);
  });

  it('answers a button press it does not know with a message to the presser', async () => {
    const post = press({
      actions: [{ action_id: 'no.such-button#0', action_ts: '1700000210.1', value: '{"x":1}' }],
    });
    const { status } = await send(post);
    expect(status).toBe(200);
    const [reply] = await slack.fake.waitForCalls('response_url');
    expect(JSON.stringify(reply!.body)).toContain('Deze knop ken ik niet.');
  });
});

function nested(depth: number): unknown {
  let value: unknown = SECRET_TEXT;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}
