import type { ServerResponse } from 'node:http';
import type { InvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { type Route, sendJson } from '../../infra/http/http-server.ts';
import { readJsonBody } from '../../infra/http/read-json-body.ts';
import type { Logger } from '../../infra/logger.ts';
import { parseTeamsActivity } from './teams-activity-envelope.ts';
import type { CheckedActivityAdapter } from './teams-adapter.ts';

/** Bot messages are capped at about 28 KB by Teams; inbound activities with entities stay well below this. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

/** Any JSON object; parseTeamsActivity decides whether it is an activity. */
const jsonObject = z.record(z.unknown());

/**
 * POST /api/messages on our own node:http server. The route reads the JSON and checks the activity's
 * envelope (teams-activity-envelope.ts) before botbuilder sees it: a malformed body or an activity Teams
 * would never send is a 400 before any turn starts. It then lets the adapter process the checked activity, not
 * CloudAdapter.process(), which prints every failure with console.error (stack traces on stderr, and the 401 of
 * every unauthenticated probe) where our logger should say it. Authentication (JWT) is still the SDK's.
 */
export function teamsRoute(
  adapter: CheckedActivityAdapter,
  logic: (context: TurnContext) => Promise<unknown>,
  logger: Logger,
): Route {
  return {
    method: 'POST',
    path: '/api/messages',
    handler: async (req, res) => {
      // NUL and lone surrogates stay: the envelope check refuses them in ids and replaces them in text.
      const body = await readJsonBody(req, jsonObject, MAX_ACTIVITY_BYTES, { keepUnstorableText: true });
      if (!body.ok) {
        const { problem } = body;
        logger.warn('teams request refused', { problem: problem.kind });
        if (problem.kind === 'too-large') res.setHeader('connection', 'close');
        const status = { 'too-large': 413, 'not-json-content-type': 415, 'bad-request': 400 }[problem.kind];
        return sendJson(res, status, { error: problem.kind });
      }
      const parsed = parseTeamsActivity(body.value);
      if (!parsed.ok) {
        logger.warn('teams request refused', { problem: 'not-a-teams-activity', field: parsed.field });
        return sendJson(res, 400, { error: 'not-a-teams-activity' });
      }
      const authorization = req.headers.authorization ?? '';
      let answer: InvokeResponse | undefined;
      try {
        answer = await adapter.processCheckedActivity(authorization, parsed.activity, async (context) => {
          await logic(context);
        });
      } catch (error) {
        const status = authenticationStatusOf(error);
        if (status === undefined) throw error; // http-server logs it by name and answers 500.
        logger.warn('teams request not authenticated', { status });
        return sendJson(res, status, { error: 'unauthorized' });
      }
      sendInvokeAnswer(res, answer);
    },
  };
}

/**
 * botframework-connector's AuthenticationError carries the HTTP status to answer (401, or 403 for a
 * token of another bot); CloudAdapter.process answers 401 for it. Read by shape, because
 * botframework-connector is botbuilder's dependency, not ours.
 */
function authenticationStatusOf(error: unknown): number | undefined {
  if (!(error instanceof Error) || error.constructor.name !== 'AuthenticationError') return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 401;
}

/**
 * The HTTP answer: 200 without a body for most activities, the invoke response for an invoke. A 5xx
 * invoke answer gets a generic body, because a failing SDK puts its error message there.
 */
function sendInvokeAnswer(res: ServerResponse, answer: InvokeResponse | undefined): void {
  const status = answer?.status ?? 200;
  if (status >= 500) sendJson(res, status, { error: 'internal-error' });
  else if (answer?.body === undefined) res.writeHead(status, { 'content-length': 0 }).end();
  else sendJson(res, status, answer.body);
}
