// The Slack side of bench/slack-ack.bench.ts, in a process of its own as a real Slack would be: the recording
// fake Web API / response_url server and the open-loop load generator, so that neither competes for the event
// loop of the server under test. Started by the bench with child_process.fork and `--import tsx`; talks over
// IPC only (see LoadCommand and LoadReply). Everything stays on 127.0.0.1, every step is bounded, and the
// process exits when told to, when its parent goes away, or after a hard time limit.
import { slackSignature } from '../tests/channels/slack/slack-test-kit.ts';
import { FakeSlackApi } from '../tests/support/fake-slack-api.ts';

/** Parent → child. */
export type LoadCommand =
  | {
      type: 'measure';
      id: number;
      /** The server under test, http://127.0.0.1:port (no path). */
      url: string;
      seconds: number;
      ratePerSecond: number;
      /** The signing secret shared with the app under test. */
      secret: string;
      label: string;
    }
  | { type: 'wait-responses'; id: number; count: number; timeoutMs: number }
  | { type: 'close' };

/** Child → parent. Samples are milliseconds from send to full response, NaN for a failed request. */
export type LoadReply =
  | { type: 'ready'; apiUrl: string; responseUrlBase: string }
  | { type: 'measured'; id: number; samples: number[] }
  | { type: 'waited'; id: number; count: number }
  | { type: 'failed'; id?: number; error: string };

/** Longest single measurement the child accepts (the bench caps BENCH_SECONDS at 300). */
const MAX_SECONDS = 300;
const MAX_RATE_PER_SECOND = 1000;
/** However it is driven, the child ends by itself after this long. */
const HARD_LIMIT_MS = 20 * 60_000;
/** Requests still unanswered this long after they were sent count as failed. */
const REQUEST_TIMEOUT_MS = 10_000;

/** Requests go out on a fixed schedule whether or not earlier ones were answered (an open loop). */
async function measure(
  fake: FakeSlackApi,
  { url, seconds, ratePerSecond, secret, label }: Extract<LoadCommand, { type: 'measure' }>,
): Promise<number[]> {
  const rate = Math.min(Math.max(ratePerSecond, 1), MAX_RATE_PER_SECOND);
  const total = Math.round(Math.min(seconds, MAX_SECONDS) * rate);
  const interval = 1000 / rate;
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
    const signature = slackSignature(body, timestamp, secret);
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
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          samples.push(response.ok ? performance.now() - sent : Number.NaN);
        },
        () => {
          samples.push(Number.NaN);
        },
      ),
    );
  }
  await Promise.allSettled(pending);
  return samples;
}

function isLoopback(url: string): boolean {
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) throw new Error('slack-load-process must be started by the bench with an IPC channel (fork)');
  const reply = (message: LoadReply) => send(message);

  const fake = await FakeSlackApi.start();
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    clearTimeout(hardLimit);
    await fake.close().catch(() => undefined);
    if (process.connected) process.disconnect();
    process.exit(code);
  };
  const hardLimit = setTimeout(() => void shutdown(2), HARD_LIMIT_MS);
  hardLimit.unref();
  // No orphans: when the parent dies or closes the channel, so do we.
  process.on('disconnect', () => void shutdown(0));

  process.on('message', (command: LoadCommand) => {
    void (async () => {
      if (command.type === 'close') return shutdown(0);
      try {
        if (command.type === 'measure') {
          if (!isLoopback(command.url)) throw new Error(`refusing non-loopback target ${command.url}`);
          const samples = await measure(fake, command);
          reply({ type: 'measured', id: command.id, samples });
        } else if (command.type === 'wait-responses') {
          const calls = await fake.waitForCalls('response_url', command.count, command.timeoutMs);
          reply({ type: 'waited', id: command.id, count: calls.length });
        }
      } catch (error) {
        reply({
          type: 'failed',
          id: command.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    })();
  });

  reply({ type: 'ready', apiUrl: fake.apiUrl, responseUrlBase: fake.responseUrl('') });
}

main().catch((error) => {
  console.error(error);
  if (process.connected) process.disconnect();
  process.exit(1);
});
