import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A recording fake of the Slack Web API (and of response_url) on 127.0.0.1, for driving the real Bolt app
 * and WebClient in tests. Answers like Slack: HTTP 200 with `{ ok: true, ... }`, or a scripted failure.
 * https://docs.slack.dev/apis/web-api#responses
 */
export interface RecordedCall {
  /** Web API method name ("chat.postMessage"), or "response_url" for a POST to a response URL. */
  method: string;
  /** The parsed body: form fields with JSON values (blocks, metadata) decoded, or the JSON body. */
  body: Record<string, unknown>;
  /** For response_url calls: the name passed to responseUrl(). */
  responseName?: string;
  authorization?: string;
}

export type ScriptedFailure =
  /** HTTP 429 with a Retry-After header, as Slack rate-limits. */
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** HTTP 200 with ok:false and this error code (channel_not_found, invalid_auth…). */
  | { kind: 'slack-error'; error: string }
  /** A bare HTTP status, such as 503. */
  | { kind: 'http'; status: number };

export const FAKE_BOT = { userId: 'UCASUSBOT', botId: 'BCASUSBOT', teamId: 'T0CASUS' } as const;

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, ScriptedFailure[]>();
  private readonly waiters = new Set<() => void>();
  private server: Server | undefined;
  private port = 0;
  private nextTs = 1_700_000_000;

  static async start(): Promise<FakeSlackApi> {
    const fake = new FakeSlackApi();
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server?.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** The WebClient's slackApiUrl. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response_url that records what is posted to it under `name`. */
  responseUrl(name: string): string {
    return `http://127.0.0.1:${this.port}/response/${encodeURIComponent(name)}`;
  }

  /** The next call of `method` fails like this (queue several for several calls). */
  failNext(method: string, failure: ScriptedFailure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the calls to `method` once there are at least `count`; rejects after `timeoutMs`. */
  async waitForCalls(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`expected ${count} call(s) to ${method}, got ${this.callsTo(method).length}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
    return this.callsTo(method);
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = parseBody(req.headers['content-type'], raw);
    if (path.startsWith('/response/')) {
      const responseName = decodeURIComponent(path.slice('/response/'.length));
      this.record({ method: 'response_url', body, responseName });
      return send(res, 200, { ok: true });
    }
    const method = path.replace(/^\/api\//, '');
    this.record({ method, body, authorization: req.headers.authorization });
    const failure = this.failures.get(method)?.shift();
    if (failure?.kind === 'rate-limited') {
      return send(
        res,
        429,
        { ok: false, error: 'ratelimited' },
        { 'retry-after': `${failure.retryAfterSeconds}` },
      );
    }
    if (failure?.kind === 'slack-error') return send(res, 200, { ok: false, error: failure.error });
    if (failure?.kind === 'http') return send(res, failure.status, { ok: false });
    send(res, 200, this.answer(method, body));
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    for (const wake of [...this.waiters]) {
      this.waiters.delete(wake);
      wake();
    }
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://casus-test.slack.com/',
          team: 'casus test',
          user: 'casus',
          team_id: FAKE_BOT.teamId,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
        };
      case 'chat.postMessage':
      case 'chat.update': {
        this.nextTs += 1;
        const ts = `${this.nextTs}.000100`;
        return { ok: true, channel: body.channel, ts: body.ts ?? ts, message: { text: body.text, ts } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users ?? 'X').replace(/,/g, '')}` } };
      case 'views.publish':
      case 'views.open':
        return { ok: true, view: { id: 'V0FAKE', type: method === 'views.publish' ? 'home' : 'modal' } };
      default:
        return { ok: true };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The WebClient posts forms with nested values (blocks, metadata) as JSON strings; respond() posts JSON. */
function parseBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return fields;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
