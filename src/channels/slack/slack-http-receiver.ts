import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type App,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
  type ReceiverEvent,
  verifySlackRequest,
} from '@slack/bolt';
import type { RouteHandler } from '../../infra/http/http-server.ts';
import { readRawBody } from '../../infra/http/read-raw-body.ts';
import type { Logger } from '../../infra/logger.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { isSslCheck, parseSlackBody } from './parse-slack-body.ts';

/** A block_actions payload repeats the whole message it came from; 1 MiB is far above Slack's largest. */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** Milliseconds since the epoch, for the 5-minute staleness rule; an argument so tests can set the time. */
  now?: () => number;
}

/**
 * Bolt's transport on OUR HTTP server: read the raw body, verify Slack's signature, parse, answer the URL
 * challenge, then hand the event to the App with an ack that writes the HTTP response. Like Bolt's
 * HTTPReceiver (https://github.com/slackapi/bolt-js/blob/main/src/receivers/HTTPReceiver.ts), but mounted
 * as one route instead of owning a server, and with no business logic: listeners decide everything else.
 *
 * Nothing reaches the App, and so nothing reaches the database, before the signature is checked.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private readonly boltLogger;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly now: () => number;
  private listening = false;

  constructor(private readonly options: SlackHttpReceiverOptions) {
    this.boltLogger = createBoltLogger(options.logger);
    this.now = options.now ?? Date.now;
  }

  init(app: App): void {
    this.app = app;
  }

  /**
   * The HTTP server is the composition root's; start only opens the route. Before App#init has run (it
   * learns the bot's own id with auth.test) events could not be handled, so the route answers 503 and
   * Slack retries later.
   */
  async start(): Promise<void> {
    this.listening = true;
  }

  /** Closes the route and waits for work still running after an ack (a reply being posted). */
  async stop(): Promise<void> {
    this.listening = false;
    await Promise.allSettled([...this.inFlight]);
  }

  readonly handler: RouteHandler = async (req, res) => {
    if (!this.listening) {
      req.resume();
      return answer(res, 503);
    }
    const raw = await readRawBody(req, MAX_SLACK_BODY_BYTES);
    if (raw === undefined) return answer(res, 413);
    const text = raw.toString('utf8');
    const contentType = req.headers['content-type'];
    if (isSslCheck(contentType, text)) return answer(res, 200);
    if (!this.isSignedBySlack(req, text)) return answer(res, 401);

    const parsed = parseSlackBody(contentType, text);
    if (!parsed.ok) {
      this.options.logger.warn('slack: malformed request body', { reason: parsed.reason });
      return answer(res, 400);
    }
    const { body } = parsed;
    // https://docs.slack.dev/reference/events/url_verification
    if (body.type === 'url_verification') return HTTPModuleFunctions.buildUrlVerificationResponse(res, body);

    const work = this.dispatch(req, res, body);
    this.inFlight.add(work);
    try {
      await work;
    } finally {
      this.inFlight.delete(work);
    }
  };

  private isSignedBySlack(req: IncomingMessage, body: string): boolean {
    const signature = req.headers['x-slack-signature'];
    const timestamp = req.headers['x-slack-request-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string') return false;
    try {
      // https://docs.slack.dev/authentication/verifying-requests-from-slack
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
        nowMilliseconds: this.now(),
      });
      return true;
    } catch {
      return false;
    }
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>) {
    const ack = new HTTPResponseAck({
      logger: this.boltLogger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
    };
    try {
      if (!this.app) throw new Error('SlackHttpReceiver used before App.init');
      await this.app.processEvent(event);
    } catch (error) {
      this.options.logger.error('slack: event processing failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
      if (!res.headersSent) {
        ack.ack();
        answer(res, 500);
      }
    }
  }
}

function answer(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}
