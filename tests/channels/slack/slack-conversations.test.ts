import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createInboundStore } from '../../../src/infra/db/repositories/inbound-repository.ts';
import { decodeActionValue } from '../../../src/views/action-payload.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { recordingRouter } from '../recording-router.ts';
import {
  form,
  formFixture,
  json,
  jsonFixture,
  payloadForm,
  postToSlackRoute,
  type SlackHarness,
  slackText,
  startSlackHarness,
} from './slack-test-kit.ts';

type Json = Record<string, unknown>;
interface RenderedButton {
  action_id: string;
  value?: string;
  text: { text: string };
}

/**
 * What the Slack channel tells the router about who will see the answer, through the real Bolt app, and
 * how forms travel: submitted modals to handleForm, and forms in messages as an "Open form" button.
 */
describeEachDatabase('Slack: conversation kinds and forms through Bolt', (db) => {
  const { router, requests } = recordingRouter();
  let slack: SlackHarness;
  let count = 0;

  beforeAll(async () => {
    slack = await startSlackHarness({
      inbound: createInboundStore(db().prisma, 'slack'),
      store: createChannelStore(db().prisma),
      defaultLocale: 'nl',
      router,
    });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    slack.fake.reset();
    requests.length = 0;
    await truncateAll(db());
    const org = await db().prisma.organisation.create({ data: { name: 'Wijkteam Noord' } });
    await db().prisma.professional.create({
      data: {
        externalKey: 'p-1',
        name: 'Fictief Persoon',
        organisationId: org.id,
        locale: 'nl',
        identities: { create: [{ platform: 'slack', workspace: 'T0CASUS', externalUserId: 'U0WIJK1' }] },
      },
    });
  });

  const next = () => {
    count += 1;
    return count;
  };

  function slashCommand(text: string) {
    const n = next();
    return form(
      formFixture('slash-command.form', {
        text,
        response_url: slack.fake.responseUrl(`command-${n}`),
        trigger_id: `trigger-${n}`,
      }),
    );
  }

  function event(fixture: string, changes: Json = {}): Json {
    const body = jsonFixture(fixture);
    return { ...body, event_id: `Ev0CONV${next()}`, event: { ...(body.event as Json), ...changes } };
  }

  /** A press on `button`, in a container like Slack's: a message (ephemeral or not) or a view. */
  function press(button: { action_id: string; value?: string }, container: Json, name = `press-${next()}`) {
    const body = jsonFixture('block-actions.json');
    const [action] = body.actions as Json[];
    const n = next();
    return {
      name,
      trigger: `press-trigger-${n}`,
      post: form(
        payloadForm({
          ...body,
          trigger_id: `press-trigger-${n}`,
          container,
          channel: typeof container.channel_id === 'string' ? { id: container.channel_id } : undefined,
          response_url: container.type === 'message' ? slack.fake.responseUrl(name) : undefined,
          actions: [
            { ...action, action_id: button.action_id, value: button.value, action_ts: `17000002${n}.1` },
          ],
        }),
      ),
    };
  }

  const messageIn = (channelId: string, isEphemeral: boolean): Json => ({
    type: 'message',
    message_ts: `1700000200.${String(next()).padStart(6, '0')}`,
    channel_id: channelId,
    is_ephemeral: isEphemeral,
  });

  function buttonsIn(blocks: unknown): RenderedButton[] {
    return (blocks as { type: string; elements?: RenderedButton[] }[])
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements ?? []);
  }

  async function waitForRequests(n: number) {
    for (let tries = 0; requests.length < n && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(requests).toHaveLength(n);
  }

  it('tells the router a slash command is private: only the person who typed it sees the answer', async () => {
    await postToSlackRoute(slack.url, slashCommand('hulp'));
    await slack.fake.waitForCalls('response_url');
    expect(requests).toMatchObject([{ kind: 'text', text: 'hulp', conversation: 'private' }]);
  });

  it('tells the router a direct message is private and a mention in a channel is shared', async () => {
    await postToSlackRoute(slack.url, json(event('event-message-im.json', { text: 'hulp' })));
    await slack.fake.waitForCalls('chat.postMessage');
    await postToSlackRoute(slack.url, json(event('event-app-mention.json')));
    await slack.fake.waitForCalls('chat.postMessage', 2);
    expect(requests).toMatchObject([
      { kind: 'text', text: 'hulp', conversation: 'private' },
      { kind: 'text', text: 'help', conversation: 'shared' },
    ]);
  });

  it('tells the router which button presses are private and which are shared', async () => {
    const help = { action_id: 'help.show#0' };
    const presses = [
      press(help, messageIn('D0CASUSDM1', false)),
      press(help, messageIn('C0TEAM1', true)),
      press(help, messageIn('C0TEAM1', false)),
      press(help, messageIn('G0PRIVATE1', false)),
      press(help, { type: 'view', view_id: 'V0HOME1' }),
    ];
    for (const [index, { post }] of presses.entries()) {
      await postToSlackRoute(slack.url, post);
      await waitForRequests(index + 1);
    }
    expect(requests.map((request) => [request.kind, request.conversation])).toEqual([
      ['action', 'private'],
      ['action', 'private'],
      ['action', 'shared'],
      ['action', 'shared'],
      ['action', 'private'],
    ]);
    // Messages are answered in place; the press on a view in the person's direct message.
    await slack.fake.waitForCalls('response_url', 4);
    const [direct] = await slack.fake.waitForCalls('chat.postMessage');
    expect(direct!.body.channel).toBe('U0WIJK1');
  });

  it('hands a submitted modal to handleForm as private, multiselect joined, and answers in a DM', async () => {
    const submission = jsonFixture('view-submission.json');
    const view = submission.view as Json;
    const selected = (value: string, label: string) => ({
      text: { type: 'plain_text', text: label, emoji: true },
      value,
    });
    await postToSlackRoute(
      slack.url,
      form(
        payloadForm({
          ...submission,
          view: {
            ...view,
            id: 'V0FORM777',
            callback_id: 'note:HH-2041',
            state: {
              values: {
                'field:note': { note: { type: 'plain_text_input', value: 'Huisbezoek gepland' } },
                'field:domains': {
                  domains: {
                    type: 'multi_static_select',
                    selected_options: [selected('money', 'Geld'), selected('health', 'Gezondheid')],
                  },
                },
              },
            },
          },
        }),
      ),
    );
    const [post] = await slack.fake.waitForCalls('chat.postMessage');
    expect(requests).toMatchObject([
      {
        kind: 'form',
        formId: 'note:HH-2041',
        values: { note: 'Huisbezoek gepland', domains: 'money,health' },
        conversation: 'private',
        locale: 'nl',
      },
    ]);
    expect(post!.body.channel).toBe('U0WIJK1');
    expect(slackText(post!.body)).toContain('Opgeslagen voor HH-2041');
    expect(slackText(post!.body)).toContain('privé');
  });

  it('opens a form from a slash command in a modal at once', async () => {
    await postToSlackRoute(slack.url, slashCommand('huishouden HH-2041'));
    const [open] = await slack.fake.waitForCalls('views.open');
    expect(open!.body.trigger_id).toMatch(/^trigger-/);
    expect(open!.body.view).toMatchObject({ type: 'modal', callback_id: 'note:HH-2041' });
  });

  it('answers a direct message with a form as an "Open form" button that opens the modal when pressed', async () => {
    await postToSlackRoute(slack.url, json(event('event-message-im.json', { text: 'huishouden HH-2041' })));
    const [post] = await slack.fake.waitForCalls('chat.postMessage');
    expect(post!.body.channel).toBe('D0CASUSDM1');
    expect(slackText(post!.body)).toContain('Huishouden HH-2041');
    expect(slackText(post!.body)).not.toContain('niet invullen');
    const [open] = buttonsIn(post!.body.blocks);
    expect(open?.text.text).toBe('Formulier openen');
    expect(open?.action_id).toMatch(/^form\.open#\d+$/);
    expect(decodeActionValue('form.open', open?.value)).toEqual({
      ok: true,
      payload: { text: 'huishouden HH-2041' },
    });

    const pressed = press(open!, messageIn('D0CASUSDM1', false));
    await postToSlackRoute(slack.url, pressed.post);
    const [modal] = await slack.fake.waitForCalls('views.open');
    expect(modal!.body.trigger_id).toBe(pressed.trigger);
    const view = modal!.body.view as Json;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'note:HH-2041', submit: { text: 'Opslaan' } });
    const inputs = (view.blocks as Json[]).filter((block) => block.type === 'input');
    expect(inputs.map((input) => (input.element as Json).type)).toEqual([
      'plain_text_input',
      'multi_static_select',
    ]);
    // The text ran again, privately, for the modal; the router never saw form.open itself.
    expect(requests.map((request) => [request.kind, request.conversation])).toEqual([
      ['text', 'private'],
      ['text', 'private'],
    ]);
    expect(requests[1]).toMatchObject({ text: 'huishouden HH-2041' });
    expect(slackText(view)).toContain('Alleen jij ziet dit.');
    // The message keeps its button: nothing replaced it.
    expect(slack.fake.callsTo('response_url')).toEqual([]);
  });

  it('lets someone in the channel open the form of a mention answer in a modal of their own', async () => {
    await postToSlackRoute(
      slack.url,
      json(event('event-app-mention.json', { text: '<@UCASUSBOT> household HH-3001' })),
    );
    const [post] = await slack.fake.waitForCalls('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0TEAM1', thread_ts: '1700000100.000200' });
    expect(slackText(post!.body)).toContain('Iedereen hier ziet dit.');
    const [open] = buttonsIn(post!.body.blocks);
    expect(open?.text.text).toBe('Formulier openen');

    const pressed = press(open!, messageIn('C0TEAM1', false));
    await postToSlackRoute(slack.url, pressed.post);
    const [modal] = await slack.fake.waitForCalls('views.open');
    expect(modal!.body.trigger_id).toBe(pressed.trigger);
    expect(modal!.body.view).toMatchObject({ callback_id: 'note:HH-3001' });
    expect(requests.map((request) => [request.kind, request.conversation])).toEqual([
      ['text', 'shared'],
      ['text', 'private'],
    ]);
  });

  it('answers a tampered "Open form" button like any button it does not know, only to the presser', async () => {
    const pressed = press(
      { action_id: 'form.open#0', value: '{"text":""}' },
      messageIn('C0TEAM1', false),
      'tampered',
    );
    await postToSlackRoute(slack.url, pressed.post);
    const [answer] = await slack.fake.waitForCalls('response_url');
    expect(answer!.responseName).toBe('tampered');
    expect(answer!.body.response_type).toBe('ephemeral');
    expect(answer!.body.replace_original).toBeUndefined();
    expect(slack.fake.callsTo('views.open')).toEqual([]);
  });
});
