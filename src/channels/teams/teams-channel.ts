import type { CloudAdapter } from 'botbuilder';
import type { ChannelStore } from '../../app/ports/channel-store.ts';
import { type Clock, systemClock } from '../../app/ports/clock.ts';
import type { Messenger } from '../../app/ports/messenger.ts';
import type { Router } from '../../app/router.ts';
import type { Config } from '../../config.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Route } from '../../infra/http/http-server.ts';
import type { Logger } from '../../infra/logger.ts';
import type { TeamChannelDirectory } from './conversation-references.ts';
import { createTeamsAdapter } from './teams-adapter.ts';
import { createTeamsBot, type TeamsBot } from './teams-bot.ts';
import { TeamsMessenger } from './teams-messenger.ts';
import { teamsRoute } from './teams-route.ts';
import { assertTeamsStartupAllowed } from './teams-startup.ts';

export interface TeamsChannelDeps {
  config: Config['teams'];
  nodeEnv: Config['nodeEnv'];
  router: Router;
  store: ChannelStore;
  /** createTeamsIdentityRepository(prisma) from src/infra/db/repositories/teams-identity-repository.ts. */
  teamChannels: TeamChannelDirectory;
  logger: Logger;
  defaultLocale: Locale;
  clock?: Clock;
}

export interface TeamsChannel {
  /** POST /api/messages. */
  routes: Route[];
  messenger: Messenger;
  adapter: CloudAdapter;
  bot: TeamsBot;
}

/** Microsoft Teams: the Bot Framework endpoint, the turn logic, and proactive sending. */
export function createTeamsChannel(deps: TeamsChannelDeps): TeamsChannel {
  const { config, nodeEnv, store, logger, defaultLocale } = deps;
  assertTeamsStartupAllowed(config, nodeEnv);
  if (!config.appId) logger.warn('teams: no MicrosoftAppId, accepting unauthenticated local traffic only');
  const adapter = createTeamsAdapter(config, logger, defaultLocale);
  const bot = createTeamsBot(deps);
  const messenger = new TeamsMessenger({
    adapter,
    appId: config.appId,
    store,
    clock: deps.clock ?? systemClock,
    defaultLocale,
  });
  return { routes: [teamsRoute(adapter, (context) => bot.run(context), logger)], messenger, adapter, bot };
}
