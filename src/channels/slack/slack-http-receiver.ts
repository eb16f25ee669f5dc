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
import { classifySlackBody, type SlackRequest } from './classify-slack-body.ts';
import { isSslCheck, parseSlackBody } from './parse-slack-body.ts';

/** The context properties through which an event listener acknowledges or refuses (see dispatch). */
export const EVENT_ACK_PROPERTY = 'casusAcknowledgeEvent';
export const EVENT_REFUSE_PROPERTY = 'casusRefuseEvent';

/** A block_actions payload repeats the whole message it came from; 1 MiB is far above Slack's largest. */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

/**
 * Slack gives up on a request after 3 seconds (an error for the user, a retry for an event); answering
 * ourselves a little before that beats Bolt's default of a 404 at 3.001 s.
 * https://docs.slack.dev/apis/events-api/#responding
 */
const ACK_DEADLINE_MS = 2500;

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** Milliseconds since the epoch, for the 5-minute staleness rule; an argument so tests can set the time. */
  now?: () => number;
}

/**
 * Bolt's transport on OUR HTTP server: read the raw body, verify Slack's signature, parse and check it
 * against what Slack sends for its kind (400 for what it never sends, 200 at once for kinds no listener
 * takes), answer the URL challenge, then hand the event to the App with an ack that writes the HTTP response. Like Bolt's
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

    const request = classify(contentType, text);
    switch (request.action) {
      case 'refuse':
        this.options.logger.warn('slack: request refused', { reason: request.reason });
        return answer(res, 400);
      case 'ignore':
        // Acknowledged at once: Bolt would hold a body no listener matches for 3 seconds, then answer 404.
        this.options.logger.info('slack: request ignored', { kind: request.kind });
        return answer(res, 200);
      case 'url-verification':
        // https://docs.slack.dev/reference/events/url_verification
        return HTTPModuleFunctions.buildUrlVerificationResponse(res, { challenge: request.challenge });
      case 'handle':
        break;
    }

    const work = this.dispatch(req, res, request.kind, request.body);
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

  /**
   * Hands the checked body to Bolt. Every listener acknowledges first, so the HTTP answer is normally sent
   * long before processEvent resolves. When nothing acknowledged (a listener failed before its ack), the
   * answer is a 200 right away, never a 500: Slack retries 5xx, and the same body would fail the same way.
   */
  private async dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    kind: string,
    body: Record<string, unknown>,
  ) {
    const { logger } = this.options;
    const ack = new HTTPResponseAck({
      logger: this.boltLogger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
      // A listener still busy before its ack() when Slack's 3 seconds are nearly up: answer for it.
      unhandledRequestTimeoutMillis: ACK_DEADLINE_MS,
      unhandledRequestHandler: ({ response }) => {
        logger.error('slack: no acknowledgement in time', { kind });
        if (!response.headersSent) answer(response, 200);
      },
    });
    const acknowledge = ack.bind();
    // Bolt acknowledges events before any listener runs. A listener that takes a request on records it first
    // and then acknowledges through the context (EVENT_ACK_PROPERTY); events no listener takes are answered
    // 200 below once processing ends.
    const isEvent = body.type === 'event_callback';
    const event: ReceiverEvent = {
      body,
      ack: isEvent ? async () => {} : acknowledge,
      ...(isEvent
        ? {
            customProperties: {
              [EVENT_ACK_PROPERTY]: () => acknowledge(),
              // An event casus could not record is refused, so that Slack delivers it again later.
              [EVENT_REFUSE_PROPERTY]: async () => {
                if (!res.headersSent) answer(res, 503);
              },
            },
          }
        : {}),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
    };
    try {
      if (!this.app) throw new Error('SlackHttpReceiver used before App.init');
      await this.app.processEvent(event);
      if (!res.headersSent && !isEvent) logger.warn('slack: no listener acknowledged the request', { kind });
    } catch (error) {
      // After the ack the person may get no answer; before it, the 200 below at least stops Slack retrying.
      logger.error('slack: event processing failed', {
        kind,
        acknowledged: res.headersSent,
        error: error instanceof Error ? error.name : 'unknown',
      });
    } finally {
      if (!res.headersSent) {
        ack.ack();
        answer(res, 200);
      }
    }
  }
}

/** Parses, then checks the body against what Slack sends for its kind (see classify-slack-body). */
function classify(contentType: string | undefined, text: string): SlackRequest {
  const parsed = parseSlackBody(contentType, text);
  if (!parsed.ok) return { action: 'refuse', reason: parsed.reason };
  return classifySlackBody(parsed.transport, parsed.body);
}

function answer(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}
