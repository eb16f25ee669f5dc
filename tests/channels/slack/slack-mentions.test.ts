import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { neutralUserMentions } from '../../../src/channels/slack/mention-text.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createInboundStore } from '../../../src/infra/db/repositories/inbound-repository.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { recordingRouter } from '../recording-router.ts';
import {
  form,
  formFixture,
  json,
  jsonFixture,
  postToSlackRoute,
  type SlackHarness,
  startSlackHarness,
} from './slack-test-kit.ts';

type Json = Record<string, unknown>;

/**
 * Slack user mentions reach the router platform-neutral, through the real Bolt app: `<@U0SANNE>` in the text
 * becomes `@U0SANNE`, with a Mention of the professional linked to that account in the same workspace.
 */
describeEachDatabase('Slack: mentions of people in requests', (db) => {
  const { router, requests } = recordingRouter();
  let slack: SlackHarness;
  let count = 0;
  let sanneId: string;

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
    const prisma = db().prisma;
    const org = await prisma.organisation.create({ data: { name: 'Wijkteam Noord' } });
    const person = (externalKey: string, name: string, workspace: string, externalUserId: string) =>
      prisma.professional.create({
        data: {
          externalKey,
          name,
          organisationId: org.id,
          identities: { create: [{ platform: 'slack', workspace, externalUserId }] },
        },
      });
    await person('p-1', 'Fictief Persoon', 'T0CASUS', 'U0WIJK1');
    sanneId = (await person('s.devries', 'Sanne de Vries', 'T0CASUS', 'U0SANNE')).id;
    // Karin's Slack account is in another workspace; the same user id in ours is somebody else.
    await person('k.bos', 'Karin Bos', 'T0OTHER', 'U0KARIN');
  });

  const next = () => {
    count += 1;
    return count;
  };

  function event(fixture: string, changes: Json = {}): Json {
    const body = jsonFixture(fixture);
    return { ...body, event_id: `Ev0MENT${next()}`, event: { ...(body.event as Json), ...changes } };
  }

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

  /** The request and its answer: nothing of one test is still on its way when the next one starts. */
  async function waitForRequests(
    n: number,
    answer: 'chat.postMessage' | 'response_url' = 'chat.postMessage',
  ) {
    await slack.fake.waitForCalls(answer);
    for (let tries = 0; requests.length < n && tries < 500; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(requests).toHaveLength(n);
  }

  it('turns a mention in a channel into @<user id> with the professional, the bot mention stripped', async () => {
    const text = '<@UCASUSBOT> actie HH-2041 <@U0SANNE> vrijdag Aanvraag indienen';
    await postToSlackRoute(slack.url, json(event('event-app-mention.json', { text })));
    await waitForRequests(1);
    expect(requests[0]).toMatchObject({
      kind: 'text',
      text: 'actie HH-2041 @U0SANNE vrijdag Aanvraag indienen',
      mentions: [{ handle: 'U0SANNE', professionalId: sanneId, displayName: 'Sanne de Vries' }],
    });
  });

  it('reads the <@U|name> form of a slash command, keeping Slack’s name for messages', async () => {
    await postToSlackRoute(slack.url, slashCommand('afwezig 21-12 tot 3-1 <@U0SANNE|sanne>'));
    await waitForRequests(1, 'response_url');
    expect(requests[0]).toMatchObject({
      kind: 'text',
      text: 'afwezig 21-12 tot 3-1 @U0SANNE',
      mentions: [{ handle: 'U0SANNE', professionalId: sanneId, displayName: 'sanne' }],
    });
  });

  it('never links a mention to a professional of another workspace', async () => {
    await postToSlackRoute(
      slack.url,
      json(event('event-message-im.json', { text: 'actie HH-2041 <@U0KARIN> vrijdag' })),
    );
    await waitForRequests(1);
    expect(requests[0]).toMatchObject({ kind: 'text', text: 'actie HH-2041 @U0KARIN vrijdag' });
    const request = requests[0];
    expect(request?.kind === 'text' && request.mentions).toEqual([{ handle: 'U0KARIN' }]);
  });

  it('leaves a name typed after @ as it is, without a mention', async () => {
    await postToSlackRoute(slack.url, json(event('event-message-im.json', { text: 'actie HH-2041 @sanne' })));
    await waitForRequests(1);
    expect(requests[0]).toMatchObject({ kind: 'text', text: 'actie HH-2041 @sanne' });
    expect(requests[0]).not.toHaveProperty('mentions');
  });
});

describe('neutralUserMentions', () => {
  it('rewrites each user mention and lists every user once, in order', () => {
    expect(neutralUserMentions('<@U0B|bo> en <@W0ENTERPRISE> en <@U0B> <#C0TEAM|team> <!here>')).toEqual({
      text: '@U0B en @W0ENTERPRISE en @U0B <#C0TEAM|team> <!here>',
      users: [{ userId: 'U0B', label: 'bo' }, { userId: 'W0ENTERPRISE' }],
    });
  });
});
