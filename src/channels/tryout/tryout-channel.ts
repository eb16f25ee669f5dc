import type { ServerResponse } from 'node:http';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { TryoutDirectory } from '../../app/ports/tryout-directory.ts';
import type { Router } from '../../app/router.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Route } from '../../infra/http/http-server.ts';
import { type HubLimits, MessageHub } from './message-hub.ts';
import { tryoutEventsRoute } from './tryout-events.ts';
import { onlyListedSpeakers } from './tryout-identity.ts';
import { TryoutMessenger } from './tryout-messenger.ts';
import { tryoutRoutes } from './tryout-routes.ts';

export interface TryoutChannelDeps {
  router: Router;
  store: ChannelStore;
  defaultLocale: Locale;
  directory: TryoutDirectory;
  /**
   * Accept only the professionals the directory lists as speakers (production). Otherwise any try-out
   * identity in the roster can speak, as it always could outside production.
   */
  onlyListed?: boolean;
  /** Tests shorten these; production uses the defaults. */
  heartbeatMs?: number;
  hubLimits?: HubLimits;
}

export interface TryoutChannel {
  /** GET /, POST /tryout/message, /tryout/action and /tryout/form, GET /tryout/events. */
  routes: Route[];
  /** The outbox's messenger for platform 'tryout'. */
  messenger: TryoutMessenger;
  /**
   * Ends every open event stream. Call it before closing the HTTP server: an open stream is a request
   * that never finishes, and server.close() waits for those.
   */
  close(): void;
}

/** The browser try-out as a third channel: it renders answers like Slack and Teams and receives proactive messages. */
export function createTryoutChannel(deps: TryoutChannelDeps): TryoutChannel {
  const { router, defaultLocale, directory } = deps;
  const store = deps.onlyListed ? onlyListedSpeakers(deps.store, directory) : deps.store;
  const messenger = new TryoutMessenger(new MessageHub(deps.hubLimits));
  const streams = new Set<ServerResponse>();
  const events = tryoutEventsRoute({
    store,
    directory,
    messenger,
    defaultLocale,
    streams,
    heartbeatMs: deps.heartbeatMs,
  });
  return {
    routes: [
      ...tryoutRoutes({
        router,
        store,
        directory,
        defaultLocale,
        updateMessage: (target, id, view) => messenger.update(target, id, view),
      }),
      events,
    ],
    messenger,
    close: () => {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
