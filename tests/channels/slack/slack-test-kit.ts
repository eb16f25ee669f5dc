import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ChannelStore } from '../../../src/app/ports/channel-store.ts';
import type { InboundStore } from '../../../src/app/ports/inbound-store.ts';
import { createRouter, type Router } from '../../../src/app/router.ts';
import { createSlackChannel, type SlackChannel } from '../../../src/channels/slack/slack-channel.ts';
import type { SlackDirectory } from '../../../src/channels/slack/slack-messenger.ts';
import type { Locale } from '../../../src/domain/locale.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { type Logger, silentLogger } from '../../../src/infra/logger.ts';
import { FakeSlackApi } from '../../support/fake-slack-api.ts';
import { memoryInboundStore } from '../../support/memory-inbound-store.ts';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';
/** The clock the app checks signatures against; requests are signed with this time unless a test says. */
export const NOW_MS = 1_700_000_300_000;
export const NOW_SECONDS = Math.floor(NOW_MS / 1000);

const FIXTURES = new URL('../../fixtures/slack/', import.meta.url);

export function jsonFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
}

/** A form fixture with some fields replaced (response_url pointed at the fake, a new trigger_id…). */
export function formFixture(name: string, overrides: Record<string, string> = {}): string {
  const form = new URLSearchParams(readFileSync(new URL(name, FIXTURES), 'utf8'));
  for (const [key, value] of Object.entries(overrides)) form.set(key, value);
  return form.toString();
}

/** Interactivity payloads arrive as a form with one field, `payload`, holding JSON. */
export function payloadForm(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/**
 * Slack's request signature: HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret.
 * https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
export function slackSignature(body: string, timestampSeconds: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSeconds}:${body}`).digest('hex')}`;
}

export interface SlackPost {
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  /** Seconds; NOW_SECONDS unless given. */
  timestamp?: number;
  /** Replaces the computed signature; null sends no signature headers at all. */
  signature?: string | null;
  headers?: Record<string, string>;
}

export async function postToSlackRoute(url: string, post: SlackPost): Promise<Response> {
  const timestamp = post.timestamp ?? NOW_SECONDS;
  const signing: Record<string, string> =
    post.signature === null
      ? {}
      : {
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': post.signature ?? slackSignature(post.body, timestamp),
        };
  return fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': post.contentType, ...signing, ...post.headers },
    body: post.body,
  });
}

export const json = (value: unknown): SlackPost => ({
  body: JSON.stringify(value),
  contentType: 'application/json',
});
export const form = (body: string): SlackPost => ({ body, contentType: 'application/x-www-form-urlencoded' });

/** A ChannelStore that records which methods were called, around a real one. */
export function spyOnStore(store: ChannelStore): ChannelStore & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    findProfessional(...args) {
      calls.push('findProfessional');
      return store.findProfessional(...args);
    },
    claimDelivery(key) {
      calls.push('claimDelivery');
      return store.claimDelivery(key);
    },
    saveConversationReference(...args) {
      calls.push('saveConversationReference');
      return store.saveConversationReference(...args);
    },
    findConversationReference(...args) {
      calls.push('findConversationReference');
      return store.findConversationReference(...args);
    },
  };
}

export const noDirectory: SlackDirectory = {
  findSlackUserId: async () => undefined,
  findSlackChannelId: async () => undefined,
};

export interface SlackHarness {
  url: string;
  fake: FakeSlackApi;
  channel: SlackChannel;
  close(): Promise<void>;
}

/** The real Bolt app behind our HTTP server, its Web API and response_url pointed at a recording fake. */
export async function startSlackHarness(options: {
  store: ChannelStore;
  directory?: SlackDirectory;
  defaultLocale?: Locale;
  /** The real router without features unless a test brings its own (e.g. one that records requests). */
  router?: Router;
  /** Where the channel logs; silent unless a test reads the log lines (see recordingLogger). */
  logger?: Logger;
  /** Where acknowledged requests are recorded; in memory unless a test brings the database's. */
  inbound?: InboundStore;
  /** The job runner's fast path (JobRunner.runNow); without it the answer runs in the listener. */
  runJobNow?: (jobKey: string) => Promise<void>;
}): Promise<SlackHarness> {
  const fake = await FakeSlackApi.start();
  const channel = createSlackChannel({
    config: {
      signingSecret: SIGNING_SECRET,
      botToken: 'xoxb-test',
      appToken: undefined,
      apiUrl: fake.apiUrl,
    },
    router: options.router ?? createRouter(),
    store: options.store,
    directory: options.directory ?? noDirectory,
    logger: options.logger ?? silentLogger,
    defaultLocale: options.defaultLocale ?? 'nl',
    now: () => NOW_MS,
    inbound: options.inbound ?? memoryInboundStore(),
    ...(options.runJobNow ? { runJobNow: options.runJobNow } : {}),
  });
  await channel.start();
  const http: RunningHttpServer = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    routes: channel.routes,
    logger: silentLogger,
  });
  return {
    url: http.url,
    fake,
    channel,
    async close() {
      await http.close();
      await channel.stop();
      await fake.close();
    },
  };
}

/** Every text a person can read in rendered Block Kit (and the notification text), for assertions. */
export function slackText(body: Record<string, unknown>): string {
  return JSON.stringify([body.text, body.blocks ?? body.view]);
}

export interface LoggedLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown>;
  /** The line as the real logger would write it, to check that no payload content leaks into it. */
  json: string;
}

/** A Logger that keeps every line, for tests that check what an operator would read. */
export function recordingLogger(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const at =
    (level: LoggedLine['level']) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, message, fields, json: JSON.stringify({ level, message, ...fields }) });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
