import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request as BotRequest, Response as BotResponse, CloudAdapter, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { type Route, sendJson } from '../../infra/http/http-server.ts';
import { readJsonBody } from '../../infra/http/read-json-body.ts';
import type { Logger } from '../../infra/logger.ts';

/** Bot messages are capped at about 28 KB by Teams; inbound activities with entities stay well below this. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

/** Only what we need to refuse garbage before the SDK sees it; the SDK validates the rest. */
const activityShape = z.object({ type: z.string().min(1) }).passthrough();

/**
 * POST /api/messages on our own node:http server. CloudAdapter.process expects a parsed `req.body` (express
 * and restify parse it for the samples), so the route reads and checks the JSON first: a malformed body is
 * a 400 before any turn starts. Authentication (JWT) is the SDK's, inside process().
 */
export function teamsRoute(
  adapter: CloudAdapter,
  logic: (context: TurnContext) => Promise<unknown>,
  logger: Logger,
): Route {
  return {
    method: 'POST',
    path: '/api/messages',
    handler: async (req, res) => {
      const body = await readJsonBody(req, activityShape, MAX_ACTIVITY_BYTES);
      if (!body.ok) {
        const { problem } = body;
        logger.warn('teams request refused', { problem: problem.kind });
        if (problem.kind === 'too-large') res.setHeader('connection', 'close');
        const status = { 'too-large': 413, 'not-json-content-type': 415, 'bad-request': 400 }[problem.kind];
        return sendJson(res, status, { error: problem.kind });
      }
      await adapter.process(botRequest(req, body.value), botResponse(res), async (context) => {
        await logic(context);
      });
    },
  };
}

function botRequest(req: IncomingMessage, body: Record<string, unknown>): BotRequest {
  return { method: req.method, headers: req.headers, body };
}

/**
 * The express-like response CloudAdapter writes to: status(), header(), send(), end(). Bodies of 5xx answers
 * are replaced, because the SDK puts the error message there.
 */
function botResponse(res: ServerResponse): BotResponse {
  let status = 200;
  let body: string | undefined;
  return {
    socket: res.socket,
    status(code: number) {
      status = code;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
    },
    send(payload: unknown) {
      if (payload === undefined) return;
      if (typeof payload === 'string') {
        body = payload;
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8');
      } else {
        body = JSON.stringify(payload);
        res.setHeader('content-type', 'application/json; charset=utf-8');
      }
    },
    end() {
      if (status >= 500) return sendJson(res, status, { error: 'internal-error' });
      if (body === undefined) return void res.writeHead(status).end();
      res.writeHead(status, { 'content-length': Buffer.byteLength(body) });
      res.end(body);
    },
  };
}
