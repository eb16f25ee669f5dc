import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { ConversationKey } from '../../app/ports/messenger.ts';
import type { TryoutDirectory } from '../../app/ports/tryout-directory.ts';
import { isLocale, type Locale } from '../../domain/locale.ts';
import { type Route, sendJson } from '../../infra/http/http-server.ts';
import type { HubMessage } from './message-hub.ts';
import { identify, MAX_PROFESSIONAL_KEY_LENGTH, sendUnknownProfessional } from './tryout-identity.ts';
import type { TryoutMessenger } from './tryout-messenger.ts';

/** Proxies and load balancers close connections that stay silent for a minute or so; a comment is enough. */
export const HEARTBEAT_MS = 15_000;

/** Each open page holds a connection; a public demo should not let anyone hold all of them. */
export const MAX_OPEN_STREAMS = 500;

/** What the page receives per message; `conversation` says which of its two views it belongs in. */
export interface TryoutEvent {
  conversation: 'dm' | 'channel';
  html: string;
  fallbackText: string;
  id: string;
}

export interface TryoutEventsDeps {
  store: ChannelStore;
  directory: TryoutDirectory;
  messenger: TryoutMessenger;
  defaultLocale: Locale;
  /** Open streams, so the channel can end them at shutdown (an open stream keeps server.close waiting). */
  streams: Set<ServerResponse>;
  heartbeatMs?: number;
}

/**
 * `GET /tryout/events?professionalKey=…&lang=…`: a Server-Sent Events stream of the messages casus sends
 * on its own initiative to the picked professional and to the demo team's channel. It first replays what
 * the hub kept, so nothing sent while the page was closed is lost; the page drops ids it already shows,
 * which also covers EventSource's automatic reconnects (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 */
export function tryoutEventsRoute(deps: TryoutEventsDeps): Route {
  return { method: 'GET', path: '/tryout/events', handler: (req, res) => streamEvents(deps, req, res) };
}

async function streamEvents(deps: TryoutEventsDeps, req: IncomingMessage, res: ServerResponse) {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const lang = query.get('lang');
  const locale = isLocale(lang) ? lang : deps.defaultLocale;
  if (deps.streams.size >= MAX_OPEN_STREAMS) {
    res.setHeader('retry-after', '30');
    return sendJson(res, 503, { error: 'too-many-streams', message: 'Too many open try-out pages.' });
  }
  const key = query.get('professionalKey') ?? '';
  if (key === '' || key.length > MAX_PROFESSIONAL_KEY_LENGTH) {
    return sendJson(res, 400, { error: 'bad-request', message: 'professionalKey: required.' });
  }
  const speaker = await identify(deps.store, key);
  if (!speaker) return sendUnknownProfessional(res, locale);

  const channelId = await deps.directory.teamChannelId();
  const conversations: ConversationKey[] = [`user:${speaker.professionalId}`];
  if (channelId !== undefined) conversations.push(`channel:${channelId}`);
  // Like a Teams conversation reference: proof that this person and channel can be reached on the
  // try-out, for an outbox that picks the platform per conversation.
  for (const conversation of conversations) {
    await deps.store.saveConversationReference('tryout', conversation, { professionalKey: key });
  }
  // The page may have gone while we looked things up; then there is nothing to open.
  if (req.destroyed || res.destroyed) return;

  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // nginx buffers responses unless told not to, which would hold every event back.
    'x-accel-buffering': 'no',
  });
  res.write('retry: 3000\n\n');
  const write = (message: HubMessage) => res.write(`data: ${JSON.stringify(toEvent(message))}\n\n`);
  const subscription = deps.messenger.subscribe(conversations, write);
  for (const message of subscription.backlog) write(message);

  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), deps.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  deps.streams.add(res);
  res.on('close', () => {
    clearInterval(heartbeat);
    subscription.unsubscribe();
    deps.streams.delete(res);
  });
}

function toEvent({ target, html, fallbackText, id }: HubMessage): TryoutEvent {
  return { conversation: target.startsWith('user:') ? 'dm' : 'channel', html, fallbackText, id };
}
