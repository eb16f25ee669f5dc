import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../src/app/router.ts';
import { createTryoutChannel, type TryoutChannel } from '../../../src/channels/tryout/tryout-channel.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { createView, text } from '../../../src/views/view-model.ts';
import { fakeTryoutDeps, JOOST, SANNE, TEAM_CHANNEL_ID } from './fake-tryout-deps.ts';
import { openEventStream } from './sse-client.ts';

let server: RunningHttpServer;
let channel: TryoutChannel;
const deps = fakeTryoutDeps();
let sent = 0;

beforeAll(async () => {
  channel = createTryoutChannel({ router: createRouter(), defaultLocale: 'nl', heartbeatMs: 50, ...deps });
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    routes: channel.routes,
    logger: silentLogger,
  });
});

afterAll(() => {
  channel.close();
  return server.close();
});

const events = (professionalKey: string, lang = 'nl') =>
  openEventStream(
    `${server.url}/tryout/events?professionalKey=${encodeURIComponent(professionalKey)}&lang=${lang}`,
  );

function send(target: `user:${string}` | `channel:${string}`, words: string) {
  return channel.messenger.send({
    target,
    view: createView(words, [text(`*${words}*`)]),
    idempotencyKey: `test-${++sent}`,
  });
}

describe('GET /tryout/events', () => {
  it('replays what was sent while nobody listened, DMs and team channel in send order', async () => {
    const first = await send('user:p-sanne', 'for Sanne');
    await send('user:p-joost', 'for Joost');
    const second = await send(`channel:${TEAM_CHANNEL_ID}`, 'for the team');

    const stream = await events('demo-sanne');
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(await stream.nextEvent()).toEqual({
      conversation: 'dm',
      html: '<article class="casus-view" aria-label="for Sanne"><p class="view-text"><strong>for Sanne</strong></p></article>',
      fallbackText: 'for Sanne',
      id: first.platformMessageId,
    });
    expect(await stream.nextEvent()).toMatchObject({ conversation: 'channel', id: second.platformMessageId });
    stream.close();
  });

  it('pushes new messages to an open page as they are sent', async () => {
    const stream = await events('demo-joost');
    await stream.nextEvent(); // Joost's DM from the test above
    await stream.nextEvent(); // the team message from the test above
    await send(`channel:${TEAM_CHANNEL_ID}`, 'live for the team');
    await send('user:p-sanne', 'not for Joost');
    await send('user:p-joost', 'live for Joost');
    expect(await stream.nextEvent()).toMatchObject({
      conversation: 'channel',
      fallbackText: 'live for the team',
    });
    expect(await stream.nextEvent()).toMatchObject({ conversation: 'dm', fallbackText: 'live for Joost' });
    stream.close();
  });

  it('keeps a quiet stream alive with heartbeat comments', async () => {
    const stream = await events('demo-sanne');
    const frames: (string | undefined)[] = [];
    while (!frames.includes(': heartbeat')) frames.push(await stream.nextFrame());
    expect(frames[0]).toBe('retry: 3000');
    stream.close();
  });

  it('stops listening when the page goes away', async () => {
    const stream = await events('demo-sanne');
    await stream.nextFrame();
    expect(channel.messenger.listenerCount(`user:${SANNE.id}`)).toBe(1);
    stream.close();
    await vi.waitFor(() => expect(channel.messenger.listenerCount(`user:${SANNE.id}`)).toBe(0));
    expect(channel.messenger.listenerCount(`channel:${TEAM_CHANNEL_ID}`)).toBe(0);
  });

  it('records that the professional and the team channel can be reached on the try-out', async () => {
    const stream = await events('demo-joost');
    await stream.nextFrame();
    expect(await deps.store.findConversationReference('tryout', `user:${JOOST.id}`)).toEqual({
      professionalKey: 'demo-joost',
    });
    expect(await deps.store.findConversationReference('tryout', `channel:${TEAM_CHANNEL_ID}`)).toBeDefined();
    stream.close();
  });

  it('refuses an unknown professional with 400 in the language of the page', async () => {
    const response = await fetch(`${server.url}/tryout/events?professionalKey=nobody&lang=en`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'unknown-professional',
      message: 'This professional does not exist in the try-out (any more). Pick someone from the list.',
    });
    expect((await fetch(`${server.url}/tryout/events`)).status).toBe(400);
  });

  it('ends open streams when the channel closes, so the server can stop', async () => {
    const other = createTryoutChannel({ router: createRouter(), defaultLocale: 'nl', ...deps });
    const own = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: other.routes,
      logger: silentLogger,
    });
    const stream = await openEventStream(`${own.url}/tryout/events?professionalKey=demo-sanne`);
    expect(await stream.nextFrame()).toBe('retry: 3000');
    other.close();
    while ((await stream.nextFrame()) !== undefined);
    await own.close();
  });
});
