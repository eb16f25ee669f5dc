import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/app/ports/messenger.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createInboundStore } from '../../../src/infra/db/repositories/inbound-repository.ts';
import { createSlackIdentityRepository } from '../../../src/infra/db/repositories/slack-identity-repository.ts';
import { createView, header, text } from '../../../src/views/view-model.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { type SlackHarness, startSlackHarness } from './slack-test-kit.ts';

const view = createView('Reminder: action due tomorrow', [header('Reminder'), text('Action due tomorrow')]);

describeEachDatabase('the Slack messenger', (db) => {
  let slack: SlackHarness;
  let professionalId = '';
  let teamChannelId = '';

  beforeAll(async () => {
    slack = await startSlackHarness({
      inbound: createInboundStore(db().prisma, 'slack'),
      store: createChannelStore(db().prisma),
      directory: createSlackIdentityRepository(db().prisma),
    });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    slack.fake.reset();
    await truncateAll(db());
    const org = await db().prisma.organisation.create({ data: { name: 'Wijkteam Noord' } });
    const professional = await db().prisma.professional.create({
      data: {
        externalKey: 'p-1',
        name: 'Fictief Persoon',
        organisationId: org.id,
        identities: { create: [{ platform: 'slack', workspace: 'T0CASUS', externalUserId: 'U0WIJK1' }] },
      },
    });
    professionalId = professional.id;
    const team = await db().prisma.team.create({ data: { slug: 'noord', name: 'Noord' } });
    const channel = await db().prisma.teamChannel.create({
      data: { teamId: team.id, platform: 'slack', workspace: 'T0CASUS', channelId: 'C0TEAM1' },
    });
    teamChannelId = channel.id;
  });

  it('sends a direct message: conversations.open, then chat.postMessage with blocks and text', async () => {
    const sent = await slack.channel.messenger.send({
      target: `user:${professionalId}`,
      view,
      idempotencyKey: 'outbox-1',
    });

    const [open] = slack.fake.callsTo('conversations.open');
    expect(open!.body.users).toBe('U0WIJK1');
    const [post] = slack.fake.callsTo('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'DU0WIJK1', text: 'Reminder: action due tomorrow' });
    expect(JSON.stringify(post!.body.blocks)).toContain('Action due tomorrow');
    expect(post!.body.metadata).toMatchObject({ event_payload: { idempotency_key: 'outbox-1' } });
    expect(sent.platformMessageId).toMatch(/^DU0WIJK1:\d+\.\d+$/);
  });

  it("posts to a team's Slack channel", async () => {
    const sent = await slack.channel.messenger.send({
      target: `channel:${teamChannelId}`,
      view,
      idempotencyKey: 'outbox-2',
    });
    expect(slack.fake.callsTo('conversations.open')).toEqual([]);
    expect(slack.fake.callsTo('chat.postMessage')[0]!.body.channel).toBe('C0TEAM1');
    expect(sent.platformMessageId).toMatch(/^C0TEAM1:/);
  });

  it('turns a 429 with Retry-After into a rate-limited DeliveryError, without retrying itself', async () => {
    slack.fake.failNext('chat.postMessage', { kind: 'rate-limited', retryAfterSeconds: 7 });
    const sending = slack.channel.messenger.send({
      target: `channel:${teamChannelId}`,
      view,
      idempotencyKey: 'outbox-3',
    });
    await expect(sending).rejects.toMatchObject({
      name: 'DeliveryError',
      failure: 'rate-limited',
      retryAfterMs: 7000,
    });
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each([
    [{ kind: 'slack-error', error: 'channel_not_found' } as const, 'permanent'],
    [{ kind: 'slack-error', error: 'token_revoked' } as const, 'permanent'],
    [{ kind: 'http', status: 503 } as const, 'server'],
  ])('maps %o to %s', async (failure, expected) => {
    slack.fake.failNext('chat.postMessage', failure);
    const sending = slack.channel.messenger.send({
      target: `channel:${teamChannelId}`,
      view,
      idempotencyKey: 'outbox-4',
    });
    await expect(sending).rejects.toBeInstanceOf(DeliveryError);
    await expect(sending).rejects.toMatchObject({ failure: expected });
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('gives up on a professional without a Slack account', async () => {
    const sending = slack.channel.messenger.send({ target: 'user:nobody', view, idempotencyKey: 'outbox-5' });
    await expect(sending).rejects.toMatchObject({ failure: 'permanent' });
    expect(slack.fake.calls).toEqual([]);
  });
});
