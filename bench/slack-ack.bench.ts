// Slack acknowledgement latency: signed `/casus help` requests at a steady 100 per second to the full casus
// Slack channel and to a bare Bolt app with the same receiver and an empty ack handler, one after the other
// in the same run. Slack wants an ack within 3 seconds; we aim for p99 ≤ 100 ms and full p50 ≤ 1.5 × bare p50.
// Only 127.0.0.1: the full app's replies go to a fake Web API / response_url. BENCH_SECONDS shortens it.
// The fake Slack and the load generator run in a second process (bench/slack-load-process.ts), as a real
// Slack would, so that only the server under test runs on this process's event loop.
//   npx tsx bench/slack-ack.bench.ts
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App } from '@slack/bolt';
import { createRouter } from '../src/app/router.ts';
import { createBoltLogger } from '../src/channels/slack/bolt-logger.ts';
import { createSlackChannel } from '../src/channels/slack/slack-channel.ts';
import { SlackHttpReceiver } from '../src/channels/slack/slack-http-receiver.ts';
import { createChannelStore } from '../src/infra/db/repositories/channel-repository.ts';
import { createInboundStore } from '../src/infra/db/repositories/inbound-repository.ts';
import { createSlackIdentityRepository } from '../src/infra/db/repositories/slack-identity-repository.ts';
import { type Route, startHttpServer } from '../src/infra/http/http-server.ts';
import { silentLogger } from '../src/infra/logger.ts';
import { openTestDatabase, uniqueSchemaName } from '../tests/support/databases.ts';
import type { LoadCommand, LoadReply } from './slack-load-process.ts';
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

/** The fake Slack (Web API, response_url) and the load generator, in a second process as a real Slack would be. */
class SlackLoadProcess {
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (reply: LoadReply) => void; reject: (error: Error) => void }
  >();
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exited = true;
        const error = new Error(`slack load process exited (code ${code}, signal ${signal})`);
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
        resolve();
      });
    });
    child.on('message', (reply: LoadReply) => {
      if (reply.type === 'ready' || reply.id === undefined) return;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.type === 'failed') waiter.reject(new Error(`slack load process: ${reply.error}`));
      else waiter.resolve(reply);
    });
  }

  static async start(): Promise<{ load: SlackLoadProcess; apiUrl: string }> {
    const child = fork(fileURLToPath(new URL('./slack-load-process.ts', import.meta.url)), [], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      execArgv: ['--import', 'tsx'],
      // NaN (a failed request) survives the trip only with the structured-clone serialisation.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const load = new SlackLoadProcess(child);
    try {
      const ready = await new Promise<Extract<LoadReply, { type: 'ready' }>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('slack load process not ready within 30 s')), 30_000);
        child.on('message', (reply: LoadReply) => {
          if (reply.type !== 'ready') return;
          clearTimeout(timer);
          resolve(reply);
        });
        child.once('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`slack load process exited before ready (code ${code})`));
        });
      });
      return { load, apiUrl: ready.apiUrl };
    } catch (error) {
      await load.close();
      throw error;
    }
  }

  private request(command: DistributiveOmit<LoadCommand & { id: number }, 'id'>): Promise<LoadReply> {
    if (this.exited) return Promise.reject(new Error('slack load process has exited'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ ...command, id } as LoadCommand, (error) => {
        if (!error) return;
        this.waiting.delete(id);
        reject(error);
      });
    });
  }

  /** Open-loop load at RATE_PER_SECOND against `url` for `seconds`; one sample per request, NaN if it failed. */
  async measure(url: string, seconds: number, label: string): Promise<number[]> {
    const reply = await this.request({
      type: 'measure',
      url,
      seconds,
      ratePerSecond: RATE_PER_SECOND,
      secret: SECRET,
      label,
    });
    if (reply.type !== 'measured') throw new Error(`unexpected reply ${reply.type}`);
    return reply.samples;
  }

  /** Resolves once the fake has seen `count` posts to response_url; rejects after `timeoutMs`. */
  async waitForResponses(count: number, timeoutMs: number): Promise<void> {
    await this.request({ type: 'wait-responses', count, timeoutMs });
  }

  /** Asks the child to close its fake and exit; kills it if it has not gone within 5 s. */
  async close(): Promise<void> {
    if (this.exited) return;
    if (this.child.connected) this.child.send({ type: 'close' } satisfies LoadCommand, () => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exit;
    clearTimeout(timer);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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
  const { load, apiUrl } = await SlackLoadProcess.start();
  // If this process is stopped (Ctrl-C) the child goes too: it exits when its IPC channel closes.
  let db: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  try {
    db = await openTestDatabase(
      postgresUrl
        ? { kind: 'postgres', url: postgresUrl, schema: uniqueSchemaName() }
        : { kind: 'embedded', dataDir: 'memory' },
    );
    const config = { signingSecret: SECRET, botToken: 'xoxb-bench', appToken: undefined, apiUrl };
    // The bare app: the same receiver on the same server, an empty handler that only acks.
    const receiver = new SlackHttpReceiver({ signingSecret: SECRET, logger: silentLogger });
    const bare = new App({
      token: config.botToken,
      receiver,
      logger: createBoltLogger(silentLogger),
      clientOptions: { slackApiUrl: apiUrl },
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
      inbound: createInboundStore(db.prisma, 'slack'),
    });
    await full.start();
    const fullServer = await serve(full.routes);

    await load.measure(bareServer.url, WARMUP_SECONDS, 'warm-bare');
    const bareSamples = await load.measure(bareServer.url, seconds, 'bare');
    await load.measure(fullServer.url, WARMUP_SECONDS, 'warm-full');
    const fullSamples = await load.measure(fullServer.url, seconds, 'full');
    // The full app's answers (after the ack) must all arrive too, or the figures would flatter it.
    await load.waitForResponses(Math.round((WARMUP_SECONDS + seconds) * RATE_PER_SECOND), 30_000);

    await bareServer.close();
    await fullServer.close();
    await bare.stop();
    await full.stop();
    return [row('bare Bolt (empty ack)', bareSamples), row('full casus', fullSamples)];
  } finally {
    await load.close();
    await db?.dispose();
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
