import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createChannelStore } from '../../src/infra/db/repositories/channel-repository.ts';
import { silentLogger } from '../../src/infra/logger.ts';
import { queueMessage } from '../../src/infra/outbox/queue-message.ts';
import { startCasus } from '../../src/server.ts';
import { createView, header, text } from '../../src/views/view-model.ts';
import { testDeployments } from '../support/deployments.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts';
import { FAKE_BOT, FakeSlackApi } from '../support/fake-slack-api.ts';

// A message casus sends on its own initiative reaches a person on Slack and on Teams through the outbox, and a
// restart between queueing and sending loses nothing and sends nothing twice.
const { deployments, cleanUp } = testDeployments();
let slackApi: FakeSlackApi;
let connector: FakeBotConnector;

beforeAll(async () => {
  slackApi = await FakeSlackApi.start();
  connector = await startFakeBotConnector();
});
afterAll(async () => {
  await slackApi?.close();
  await connector?.close();
  await cleanUp();
});

const reminder = createView('Herinnering: je actie voor HH-2041 is morgen klaar.', [
  header('Herinnering'),
  text('Je actie voor *HH-2041* is morgen klaar.'),
]);

for (const { label, env: makeEnv } of deployments) {
  describe(`proactive messages through the outbox [${label}]`, () => {
    it('reach a person on Slack and on Teams after a restart between queueing and sending, once each', async () => {
      slackApi.reset();
      connector.reset();
      const env = {
        PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: 'test-signing-secret',
        SLACK_API_URL: slackApi.apiUrl,
        ...makeEnv(),
      };
      const first = await startCasus(loadConfig(env), silentLogger);
      const person = await first.db.prisma.professional.findFirstOrThrow({ orderBy: { externalKey: 'asc' } });
      await first.db.prisma.platformIdentity.create({
        data: {
          professionalId: person.id,
          platform: 'slack',
          workspace: FAKE_BOT.teamId,
          externalUserId: 'U0PERSON',
        },
      });
      // What Teams gave us when the person installed casus (stored by the Teams channel on install).
      await createChannelStore(first.db.prisma).saveConversationReference('teams', `user:${person.id}`, {
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: { id: 'a:personal-chat-1', conversationType: 'personal', tenantId: 'tenant-1' },
        bot: { id: '28:casus-bot', name: 'casus' },
        user: { id: '29:person', aadObjectId: 'aad-person' },
      });
      const notBefore = new Date(Date.now() + 1500);
      for (const platform of ['slack', 'teams'] as const) {
        await first.db.prisma.$transaction((tx) =>
          queueMessage(tx, {
            idempotencyKey: `reminder:${platform}:1`,
            platform,
            target: `user:${person.id}`,
            view: reminder,
            notBefore,
          }),
        );
      }
      await first.stop();
      expect(slackApi.callsTo('chat.postMessage')).toHaveLength(0);
      expect(connector.calls).toHaveLength(0);

      const second = await startCasus(loadConfig(env), silentLogger);
      try {
        const [post] = await slackApi.waitForCalls('chat.postMessage', 1, 20_000);
        expect(JSON.stringify(post?.body)).toContain('HH-2041');
        const [activity] = await connector.waitForCalls(1, 20_000);
        expect(activity?.conversationId).toBe('a:personal-chat-1');
        expect(JSON.stringify(activity?.body)).toContain('application/vnd.microsoft.card.adaptive');

        // The outbox records the send right after the platform answered.
        const sentRows = async () => {
          for (let i = 0; i < 50; i++) {
            const rows = await second.db.prisma.outboxMessage.findMany({ orderBy: { platform: 'asc' } });
            if (rows.every((r) => r.status !== 'pending')) return rows;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return second.db.prisma.outboxMessage.findMany({ orderBy: { platform: 'asc' } });
        };
        const rows = await sentRows();
        expect(rows.map((r) => [r.platform, r.status, r.attempts, r.lastError])).toEqual([
          ['slack', 'sent', 1, null],
          ['teams', 'sent', 1, null],
        ]);
        expect(rows.every((r) => r.platformMessageId)).toBe(true);
        // Two more poll rounds: nothing is sent again.
        await new Promise((resolve) => setTimeout(resolve, 2500));
        expect(slackApi.callsTo('chat.postMessage')).toHaveLength(1);
        expect(connector.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
      } finally {
        await second.stop();
      }
    }, 90_000);
  });
}
