import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A recording stand-in for the Bot Connector service (the `serviceUrl` of a Teams activity), on 127.0.0.1.
 * It answers the three calls casus makes the way the real service does: `{ id }` for a new or reply activity
 * and for an update. Failures can be scripted, one response per call, for the Messenger's error mapping.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
 */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** For replies (POST …/activities/:id) and updates (PUT …/activities/:id). */
  activityId: string | undefined;
  /** The Authorization header, to check that local traffic is sent without one. */
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeBotConnector {
  /** The serviceUrl to put in activities and conversation references (ends with a slash, like Teams'). */
  readonly serviceUrl: string;
  readonly calls: readonly ConnectorCall[];
  /** Answers the next calls with these failures, in order, before answering normally again. */
  failNext(...failures: ScriptedFailure[]): void;
  /** Resolves once `count` calls have arrived (replies are sent after the HTTP answer for some turns). */
  waitForCalls(count: number, timeoutMs?: number): Promise<readonly ConnectorCall[]>;
  reset(): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  const failures: ScriptedFailure[] = [];
  let nextId = 1;
  let waiters: (() => void)[] = [];

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const match = ROUTE.exec(path);
    const method = req.method;
    if (!match || (method !== 'POST' && method !== 'PUT') || (method === 'PUT' && !match[2])) {
      return send(res, 404, { error: { code: 'NotFound', message: 'not a Bot Connector call we know' } });
    }
    const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
    const activityId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    calls.push({
      method,
      conversationId: decodeURIComponent(match[1] ?? ''),
      activityId,
      authorization: req.headers.authorization,
      body,
    });
    for (const wake of waiters) wake();

    const failure = failures.shift();
    if (failure)
      return send(res, failure.status, failure.body ?? { error: { code: 'Failure' } }, failure.headers);
    const id = method === 'PUT' ? activityId : `activity-${nextId++}`;
    send(res, method === 'PUT' ? 200 : 201, { id });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    failNext: (...next) => void failures.push(...next),
    waitForCalls(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== check);
          reject(new Error(`expected ${count} connector calls, got ${calls.length}`));
        }, timeoutMs);
        const check = () => {
          if (calls.length < count) return;
          clearTimeout(timer);
          waiters = waiters.filter((w) => w !== check);
          resolve(calls);
        };
        waiters.push(check);
        check();
      });
    },
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
