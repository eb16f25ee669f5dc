import { App } from '@slack/bolt';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import { type Clock, systemClock } from '../../app/ports/clock.ts';
import { type InboundStore, inboundJobKey } from '../../app/ports/inbound-store.ts';
import type { Messenger } from '../../app/ports/messenger.ts';
import type { Router } from '../../app/router.ts';
import type { Config } from '../../config.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Route } from '../../infra/http/http-server.ts';
import type { Logger } from '../../infra/logger.ts';
import { answerInbound } from './answer-inbound.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { registerListeners } from './register-listeners.ts';
import { SlackHttpReceiver } from './slack-http-receiver.ts';
import { createOutboxWebClient, type SlackDirectory, SlackMessenger } from './slack-messenger.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackChannelDeps {
  config: NonNullable<Config['slack']>;
  router: Router;
  store: ChannelStore;
  /** For the outbox messenger: Slack ids of professionals and team channels (slack-identity-repository). */
  directory: SlackDirectory;
  logger: Logger;
  defaultLocale: Locale;
  /** Milliseconds since the epoch for request signature checks; tests pass a fixed clock. */
  now?: () => number;
  /** Acknowledged requests, recorded before the ack and answered by the job `inbound.slack`. */
  inbound: InboundStore;
  /**
   * Runs a queued job now (JobRunner.runNow), for the answer right after the ack. Without it (tests without a
   * job runner) the answer runs directly in the listener.
   */
  runJobNow?: (jobKey: string) => Promise<void>;
  /** For how long a trigger_id may still open a modal; the system clock unless a test sets it. */
  clock?: Clock;
}

/** The job that answers an acknowledged Slack request (see answer-inbound.ts). */
export const SLACK_INBOUND_JOB = 'inbound.slack';

export interface SlackChannel {
  /** POST /slack/events in HTTP mode; none in Socket Mode (Slack connects to us over a WebSocket). */
  readonly routes: Route[];
  /** Learns the bot's identity (auth.test), then opens the route or the Socket Mode connection. */
  start(): Promise<void>;
  /** Closes the route or socket and waits for replies still being sent. */
  stop(): Promise<void>;
  readonly messenger: Messenger;
  /**
   * For the job runner: answers acknowledged requests, at once or after a restart. Typed by the one field the
   * handler reads, so the channel needs nothing of infra/jobs (tests/architecture/layer-boundaries.ts).
   */
  readonly jobHandlers: Readonly<Record<string, (job: { readonly payload: unknown }) => Promise<void>>>;
}

/**
 * Slack through Bolt: HTTP mode on our own server (signed requests to POST /slack/events), or Socket Mode
 * when an app-level token is configured. https://docs.slack.dev/apis/events-api/using-socket-mode
 */
export function createSlackChannel(deps: SlackChannelDeps): SlackChannel {
  const { config, logger } = deps;
  const slackApiUrl = config.apiUrl ? withTrailingSlash(config.apiUrl) : undefined;
  const boltLogger = createBoltLogger(logger);
  const common = {
    token: config.botToken,
    logger: boltLogger,
    // Replies from listeners may retry a little; outbox sends use their own client without retries.
    clientOptions: { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig: { retries: 2 } },
    // auth.test runs in start(), where a failure stops startup with a clear error instead of an unhandled
    // rejection at construction time.
    deferInitialization: true,
    // State lives in our database, not in Bolt's in-memory conversation store.
    convoStore: false as const,
  };

  let receiver: SlackHttpReceiver | undefined;
  let app: App;
  if (config.appToken) {
    app = new App({ ...common, socketMode: true, appToken: config.appToken });
  } else {
    if (!config.signingSecret) throw new Error('SLACK_SIGNING_SECRET is needed for Slack over HTTP');
    receiver = new SlackHttpReceiver({ signingSecret: config.signingSecret, logger, now: deps.now });
    app = new App({ ...common, receiver });
  }

  app.error(async (error) => {
    logger.error('slack: listener failed', { error: error.name, code: error.code });
  });
  const answer = (key: string) =>
    answerInbound(
      {
        router: deps.router,
        store: deps.store,
        inbound: deps.inbound,
        client: app.client,
        logger,
        defaultLocale: deps.defaultLocale,
        clock: deps.clock ?? systemClock,
      },
      key,
    );
  const runJobNow = deps.runJobNow;
  registerListeners(app, {
    ...deps,
    answerSoon: runJobNow ? (key) => runJobNow(inboundJobKey(key)) : answer,
  });

  const messenger = new SlackMessenger({
    client: createOutboxWebClient(config.botToken, slackApiUrl, boltLogger),
    directory: deps.directory,
    locale: deps.defaultLocale,
  });
  return {
    routes: receiver ? [{ method: 'POST', path: SLACK_EVENTS_PATH, handler: receiver.handler }] : [],
    async start() {
      await deps.inbound.warmUp();
      await app.init();
      await app.start();
      logger.info('slack channel started', { mode: receiver ? 'http' : 'socket' });
    },
    async stop() {
      await app.stop();
    },
    messenger,
    jobHandlers: {
      [SLACK_INBOUND_JOB]: async (job) => {
        const key = (job.payload as { key?: unknown } | null)?.key;
        if (typeof key === 'string') await answer(key);
      },
    },
  };
}

/** The WebClient joins method names onto slackApiUrl, so it must end in a slash. */
function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
