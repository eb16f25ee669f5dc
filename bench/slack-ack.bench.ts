// Slack acknowledgement latency: signed `/casus help` requests at a steady 100 per second to the full casus
// Slack channel and to a bare Bolt app with the same receiver and an empty ack handler, one after the other
// in the same run. Slack wants an ack within 3 seconds; we aim for p99 ≤ 100 ms and full p50 ≤ 1.5 × bare p50.
// Only 127.0.0.1: the full app's replies go to a fake Web API / response_url. BENCH_SECONDS shortens it.
//   npx tsx bench/slack-ack.bench.ts
import { createHmac } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { App } from '@slack/bolt';
import { createRouter } from '../src/app/router.ts';
import { createBoltLogger } from '../src/channels/slack/bolt-logger.ts';
import { createSlackChannel } from '../src/channels/slack/slack-channel.ts';
import { SlackHttpReceiver } from '../src/channels/slack/slack-http-receiver.ts';
import { createChannelStore } from '../src/infra/db/repositories/channel-repository.ts';
import { createSlackIdentityRepository } from '../src/infra/db/repositories/slack-identity-repository.ts';
import { type Route, startHttpServer } from '../src/infra/http/http-server.ts';
import { silentLogger } from '../src/infra/logger.ts';
import { openTestDatabase, uniqueSchemaName } from '../tests/support/databases.ts';
import { FakeSlackApi } from '../tests/support/fake-slack-api.ts';
import { ms, percentile } from './stats.ts';

const RATE_PER_SECOND = 100;
const WARMUP_SECONDS = 1;
const SECRET = 'bench-signing-secret';
const P99_TARGET_MS = 100;
const P50_RATIO_TARGET = 1.5;

export interface SlackAckBenchRow {
  app: 'bare Bolt (empty ack)' | 'full casus';
  requests: number;
  failed: number;
  p50: number;
  p99: number;
  max: number;
}

function benchSeconds(): number {
  const value = Number(process.env.BENCH_SECONDS ?? 30);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 300) : 30;
}

/** Requests go out on a fixed schedule whether or not earlier ones were answered (an open loop). */
async function measure(url: string, fake: FakeSlackApi, seconds: number, label: string): Promise<number[]> {
  const total = Math.round(seconds * RATE_PER_SECOND);
  const interval = 1000 / RATE_PER_SECOND;
  const samples: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = new URLSearchParams({
      command: '/casus',
      text: 'help',
      team_id: 'T0BENCH',
      user_id: 'U0BENCH',
      channel_id: 'C0BENCH',
      trigger_id: `${label}-${i}-${start}`,
      response_url: fake.responseUrl(`${label}-${i}`),
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const sent = performance.now();
    pending.push(
      fetch(`${url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
        body,
      }).then(async (response) => {
        await response.arrayBuffer();
        samples.push(response.ok ? performance.now() - sent : Number.NaN);
      }),
    );
  }
  await Promise.allSettled(pending);
  return samples;
}

function row(app: SlackAckBenchRow['app'], samples: number[]): SlackAckBenchRow {
  const ok = samples.filter((sample) => !Number.isNaN(sample));
  return {
    app,
    requests: samples.length,
    failed: samples.length - ok.length,
    p50: percentile(ok, 50),
    p99: percentile(ok, 99),
    max: Math.max(...ok),
  };
}

async function serve(routes: Route[]) {
  return startHttpServer({ port: 0, host: '127.0.0.1', routes, logger: silentLogger });
}

/**
 * The database behind the full app: PostgreSQL when a URL is given (how a busy installation runs), else the
 * embedded PGlite, which runs its queries on this same thread and so competes with the acks themselves.
 */
export async function benchSlackAck(postgresUrl?: string): Promise<SlackAckBenchRow[]> {
  const seconds = benchSeconds();
  const fake = await FakeSlackApi.start();
  const db = await openTestDatabase(
    postgresUrl
      ? { kind: 'postgres', url: postgresUrl, schema: uniqueSchemaName() }
      : { kind: 'embedded', dataDir: 'memory' },
  );
  const config = { signingSecret: SECRET, botToken: 'xoxb-bench', appToken: undefined, apiUrl: fake.apiUrl };
  try {
    // The bare app: the same receiver on the same server, an empty handler that only acks.
    const receiver = new SlackHttpReceiver({ signingSecret: SECRET, logger: silentLogger });
    const bare = new App({
      token: config.botToken,
      receiver,
      logger: createBoltLogger(silentLogger),
      clientOptions: { slackApiUrl: fake.apiUrl },
      deferInitialization: true,
      convoStore: false,
    });
    bare.command('/casus', async ({ ack }) => {
      await ack();
    });
    await bare.init();
    await bare.start();
    const bareServer = await serve([{ method: 'POST', path: '/slack/events', handler: receiver.handler }]);

    const full = createSlackChannel({
      config,
      router: createRouter(),
      store: createChannelStore(db.prisma),
      directory: createSlackIdentityRepository(db.prisma),
      logger: silentLogger,
      defaultLocale: 'nl',
    });
    await full.start();
    const fullServer = await serve(full.routes);

    await measure(bareServer.url, fake, WARMUP_SECONDS, 'warm-bare');
    const bareSamples = await measure(bareServer.url, fake, seconds, 'bare');
    await measure(fullServer.url, fake, WARMUP_SECONDS, 'warm-full');
    const fullSamples = await measure(fullServer.url, fake, seconds, 'full');
    // The full app's answers (after the ack) must all arrive too, or the figures would flatter it.
    await fake.waitForCalls('response_url', (WARMUP_SECONDS + seconds) * RATE_PER_SECOND, 30_000);

    await bareServer.close();
    await fullServer.close();
    await bare.stop();
    await full.stop();
    return [row('bare Bolt (empty ack)', bareSamples), row('full casus', fullSamples)];
  } finally {
    await db.dispose();
    await fake.close();
  }
}

export function printSlackAckBench(rows: SlackAckBenchRow[]): void {
  console.log(`\nSlack ack latency, /casus help at ${RATE_PER_SECOND}/s for ${benchSeconds()} s each`);
  console.table(
    rows.map((r) => ({
      app: r.app,
      requests: r.requests,
      failed: r.failed,
      p50: ms(r.p50),
      p99: ms(r.p99),
      max: ms(r.max),
    })),
  );
  const bare = rows.find((r) => r.app.startsWith('bare'));
  const full = rows.find((r) => r.app === 'full casus');
  if (!bare || !full) return;
  const ratio = full.p50 / bare.p50;
  const p99Met = full.p99 <= P99_TARGET_MS && full.failed === 0;
  console.log(
    `target p99 ≤ ${P99_TARGET_MS} ms (full): ${p99Met ? 'met' : 'NOT met'} (${ms(full.p99)}); ` +
      `full p50 ≤ ${P50_RATIO_TARGET} × bare p50: ${ratio <= P50_RATIO_TARGET ? 'met' : 'NOT met'} ` +
      `(${ratio.toFixed(2)} ×)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSlackAckBench(await benchSlackAck(process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL));
}
