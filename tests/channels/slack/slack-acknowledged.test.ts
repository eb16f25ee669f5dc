import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelStore } from '../../../src/app/ports/channel-store.ts';
import type { InboundStore } from '../../../src/app/ports/inbound-store.ts';
import { createRouter, type Router } from '../../../src/app/router.ts';
import { RECORD_DEADLINE_MS } from '../../../src/channels/slack/listener-deps.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createInboundStore } from '../../../src/infra/db/repositories/inbound-repository.ts';
import { createJobRunner, type JobRunner } from '../../../src/infra/jobs/job-runner.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { memoryInboundStore } from '../../support/memory-inbound-store.ts';
import {
  form,
  formFixture,
  json,
  jsonFixture,
  postToSlackRoute,
  type SlackHarness,
  slackText,
  startSlackHarness,
} from './slack-test-kit.ts';

const DUTCH_HELP = 'Wat kan casus voor je doen?';

/** Counts the router's calls, so a test can tell "answered again" from "ran the use case again". */
function countingRouter(): Router & { textCalls: number } {
  const inner = createRouter();
  const router = {
    textCalls: 0,
    handleText: (request: Parameters<Router['handleText']>[0]) => {
      router.textCalls += 1;
      return inner.handleText(request);
    },
    handleAction: inner.handleAction,
    handleForm: inner.handleForm,
    showHome: inner.showHome,
  };
  return router;
}

// What casus acknowledged to Slack must happen, also when the process dies right after the ack: Slack will not
// send a command again once it got its 200. These tests stop the work at the points a kill -9 can, and start a
// new job runner as a restarted instance would.
describeEachDatabase('acknowledged Slack requests survive a crash', (db) => {
  let slack: SlackHarness;
  let router: ReturnType<typeof countingRouter>;
  /** True: answer right after the ack (the fast path); false: the process "died" right after the ack. */
  let answerAtOnce = true;
  let runner: JobRunner | undefined;
  let count = 0;

  const restartedRunner = () =>
    createJobRunner({
      db: db(),
      handlers: slack.channel.jobHandlers,
      pollIntervalMs: 20,
      takeOverLeasesAtStart: true,
    });

  beforeAll(async () => {
    router = countingRouter();
    slack = await startSlackHarness({
      inbound: createInboundStore(db().prisma, 'slack'),
      store: createChannelStore(db().prisma),
      router,
      runJobNow: async (key) => {
        if (answerAtOnce) await runner?.runNow(key);
      },
    });
  });
  afterAll(async () => {
    await runner?.stop();
    await slack.close();
  });
  beforeEach(async () => {
    await runner?.stop();
    runner = createJobRunner({ db: db(), handlers: slack.channel.jobHandlers, pollIntervalMs: 60_000 });
    runner.start();
    answerAtOnce = true;
    router.textCalls = 0;
    slack.fake.reset();
    await truncateAll(db());
  });

  function command(text: string) {
    count += 1;
    return {
      name: `cmd-${count}`,
      post: form(
        formFixture('slash-command.form', {
          text,
          response_url: slack.fake.responseUrl(`cmd-${count}`),
          trigger_id: `trigger-ack-${count}`,
        }),
      ),
    };
  }

  it('answers at once after the ack, through the job, and marks the reply sent', async () => {
    const { name, post } = command('help');
    expect((await postToSlackRoute(slack.url, post)).status).toBe(200);
    const [reply] = await slack.fake.waitForCalls('response_url');
    expect(reply?.responseName).toBe(name);
    expect(slackText(reply!.body)).toContain(DUTCH_HELP);
    await runner?.waitUntilIdle();
    const job = await db().prisma.job.findFirstOrThrow({ where: { name: 'inbound.slack' } });
    expect(job.status).toBe('completed');
    const entry = await db().prisma.inboundDelivery.findFirstOrThrow({
      where: { key: { startsWith: 'slack:command:' } },
    });
    expect(entry.repliedAt).not.toBeNull();
    // What the person typed is not kept once answered.
    expect(entry.request).toBeNull();
  });

  it('answers a command acknowledged just before the process died, once, after the restart', async () => {
    answerAtOnce = false;
    await runner?.stop();
    const { name, post } = command('help');
    expect((await postToSlackRoute(slack.url, post)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(slack.fake.callsTo('response_url')).toHaveLength(0);

    runner = restartedRunner();
    runner.start();
    const [reply] = await slack.fake.waitForCalls('response_url');
    expect(reply?.responseName).toBe(name);
    expect(slackText(reply!.body)).toContain(DUTCH_HELP);
    await runner.stop();
    expect(slack.fake.callsTo('response_url')).toHaveLength(1);
    expect(router.textCalls).toBe(1);
  });

  it('takes over a job the dead process had started: the stored answer is sent without running the use case again', async () => {
    answerAtOnce = false;
    await runner?.stop();
    const { post } = command('help');
    await postToSlackRoute(slack.url, post);
    // The dead process had claimed the job and stored its answer, and died before replying.
    const entry = await db().prisma.inboundDelivery.findFirstOrThrow({
      where: { key: { startsWith: 'slack:command:' } },
    });
    const stored = await createRouter().handleText({ text: 'help', locale: 'nl', actor: {} });
    await createInboundStore(db().prisma, 'slack').saveAnswer(entry.key, stored);
    await db().prisma.job.updateMany({
      where: { name: 'inbound.slack' },
      data: {
        status: 'running',
        attempts: 1,
        lockedBy: 'dead-instance',
        lockedUntil: new Date(Date.now() + 600_000),
      },
    });

    runner = restartedRunner();
    runner.start();
    const [reply] = await slack.fake.waitForCalls('response_url');
    expect(slackText(reply!.body)).toContain(DUTCH_HELP);
    expect(router.textCalls).toBe(0);
  });

  it('does not record or answer a repeat of an acknowledged command (same trigger_id)', async () => {
    const { post } = command('help');
    await postToSlackRoute(slack.url, post);
    await slack.fake.waitForCalls('response_url');
    expect((await postToSlackRoute(slack.url, post)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slack.fake.callsTo('response_url')).toHaveLength(1);
    expect(await db().prisma.job.count({ where: { name: 'inbound.slack' } })).toBe(1);
  });

  it('says a command was not taken on when it cannot be recorded, and answers nothing later', async () => {
    await db().prisma.$executeRawUnsafe(`ALTER TABLE "InboundDelivery" RENAME TO "InboundDeliveryAway"`);
    try {
      const { post } = command('help');
      const response = await postToSlackRoute(slack.url, post);
      // Slack shows the text of a command's HTTP answer to the person who typed it.
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        response_type: 'ephemeral',
        text: expect.stringContaining('niets mee gedaan'),
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(slack.fake.callsTo('response_url')).toHaveLength(0);

      // An event is refused with a 503, so Slack delivers it again later.
      const mention = jsonFixture('event-app-mention.json');
      const refused = await postToSlackRoute(slack.url, json({ ...mention, event_id: 'Ev0NOTRECORDED' }));
      expect(refused.status).toBe(503);
    } finally {
      await db().prisma.$executeRawUnsafe(`ALTER TABLE "InboundDeliveryAway" RENAME TO "InboundDelivery"`);
    }
    expect(await db().prisma.job.count()).toBe(0);
  });

  it('records a mention before acknowledging it, and answers it in its thread once', async () => {
    const mention = jsonFixture('event-app-mention.json');
    const event = { ...mention, event_id: 'Ev0RECORDED' };
    expect((await postToSlackRoute(slack.url, json(event))).status).toBe(200);
    await slack.fake.waitForCalls('chat.postMessage');
    expect((await postToSlackRoute(slack.url, json(event))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await db().prisma.inboundDelivery.count({ where: { key: 'slack:event:Ev0RECORDED' } })).toBe(1);
  });
});

/** A roster that knows nobody: the request never gets as far as asking it. */
const noStore: ChannelStore = {
  findProfessional: async () => undefined,
  claimDelivery: async () => true,
  saveConversationReference: async () => {},
  findConversationReference: async () => undefined,
};

describe('a database too slow to record a request in time', () => {
  it("tells the person nothing was done, within Slack's 3 seconds, and keeps nothing of it", async () => {
    const memory = memoryInboundStore();
    const slow: InboundStore = {
      ...memory,
      // Recording hangs past the deadline, then asks whether it is still wanted before it commits.
      accept: async (keys, request, stillWanted) => {
        await new Promise((resolve) => setTimeout(resolve, RECORD_DEADLINE_MS + 700));
        return memory.accept(keys, request, stillWanted);
      },
    };
    const slack = await startSlackHarness({ store: noStore, inbound: slow });
    try {
      const started = performance.now();
      const response = await postToSlackRoute(
        slack.url,
        form(
          formFixture('slash-command.form', { text: 'help', response_url: slack.fake.responseUrl('slow') }),
        ),
      );
      const ackMs = performance.now() - started;
      expect(response.status).toBe(200);
      expect(ackMs).toBeLessThan(2_900);
      expect(await response.json()).toMatchObject({ text: expect.stringContaining('niets mee gedaan') });
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect(memory.entries.size).toBe(0);
      expect(slack.fake.callsTo('response_url')).toHaveLength(0);
    } finally {
      await slack.close();
    }
  });
});
