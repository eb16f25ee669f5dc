import { App } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/channels/slack/bolt-logger.ts';
import { SlackHttpReceiver } from '../../../src/channels/slack/slack-http-receiver.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import {
  form,
  formFixture,
  NOW_MS,
  postToSlackRoute,
  recordingLogger,
  SIGNING_SECRET,
} from './slack-test-kit.ts';

/**
 * The receiver under a real Bolt App whose listener misbehaves before acknowledging: the HTTP answer is
 * still a fast 200 (Slack retries a 5xx, and the same body would fail the same way), and the failure is
 * logged. casus's own listeners acknowledge first; this is the net under them.
 */
describe('the Slack receiver when a listener fails before its ack', () => {
  let http: RunningHttpServer | undefined;
  let app: App | undefined;
  afterEach(async () => {
    await http?.close();
    await app?.stop();
  });

  async function start(setUp: (app: App) => void) {
    const logger = recordingLogger();
    const receiver = new SlackHttpReceiver({ signingSecret: SIGNING_SECRET, logger, now: () => NOW_MS });
    app = new App({
      receiver,
      logger: createBoltLogger(silentLogger),
      authorize: async () => ({ botToken: 'xoxb-test', botId: 'B0TEST', botUserId: 'U0TEST' }),
    });
    setUp(app);
    await app.start();
    http = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: [{ method: 'POST', path: '/slack/events', handler: receiver.handler }],
      logger: silentLogger,
    });
    return { url: http.url, logger };
  }

  async function command(url: string) {
    const started = performance.now();
    const response = await postToSlackRoute(url, form(formFixture('slash-command.form')));
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  }

  it('answers 200, not 500, when the failure reaches Bolt’s default error handler', async () => {
    const { url, logger } = await start((app) => {
      app.command('/casus', async () => {
        throw new Error('boom');
      });
    });
    const { status, ms } = await command(url);
    expect(status).toBe(200);
    expect(ms).toBeLessThan(1000);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'slack: event processing failed',
        fields: { kind: 'command', acknowledged: false, error: 'Error' },
      }),
    );
  });

  it('answers 200 at once, not 404 after 3 s, when an error handler swallowed the failure', async () => {
    const { url, logger } = await start((app) => {
      app.command('/casus', async () => {
        throw new Error('boom');
      });
      app.error(async () => {});
    });
    const { status, ms } = await command(url);
    expect(status).toBe(200);
    expect(ms).toBeLessThan(1000);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'slack: no listener acknowledged the request' }),
    );
  });

  it('answers 200 before Slack’s 3 s when a listener is still busy before its ack', async () => {
    const { url, logger } = await start((app) => {
      app.command('/casus', async ({ ack }) => {
        await new Promise((resolve) => setTimeout(resolve, 3200));
        await ack().catch(() => {});
      });
    });
    const { status, ms } = await command(url);
    expect(status).toBe(200);
    expect(ms).toBeLessThan(2900);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'slack: no acknowledgement in time' }),
    );
  });
});
