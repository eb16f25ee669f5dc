import {
  type Activity,
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { unexpectedErrorView } from '../../app/error-view.ts';
import type { Config } from '../../config.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Logger } from '../../infra/logger.ts';
import { cardActionError } from './invoke-responses.ts';
import { renderTeamsMessage } from './render-adaptive-card.ts';
import { localeOfTag } from './teams-locale.ts';

/**
 * CloudAdapter.process() parses the request itself and prints every failure with console.error. The
 * route parses and checks the activity first (teams-route.ts) and logs failures through our logger, so it
 * calls the step after parsing, which CloudAdapterBase keeps protected.
 */
export class CheckedActivityAdapter extends CloudAdapter {
  processCheckedActivity(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/**
 * botbuilder's CloudAdapter with the Bot Framework credentials from the configuration. With an app id it
 * validates every inbound JWT and signs outbound calls; without one, authentication is disabled on both
 * sides, which is what the Bot Framework Emulator and the Agents Playground speak (assertTeamsStartupAllowed
 * keeps that out of production). Option names: https://learn.microsoft.com/azure/bot-service/bot-builder-authentication
 */
export function createTeamsAdapter(
  config: Config['teams'],
  logger: Logger,
  defaultLocale: Locale,
): CheckedActivityAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    config.appId
      ? {
          MicrosoftAppId: config.appId,
          MicrosoftAppPassword: config.appPassword,
          MicrosoftAppType: config.appType,
          MicrosoftAppTenantId: config.tenantId,
        }
      : {},
  );
  const adapter = new CheckedActivityAdapter(auth);
  // Without this, CloudAdapter answers 500 with the error message as body and prints it with console.error.
  adapter.onTurnError = async (context, error) => {
    const activity = context.activity;
    logger.error('teams turn failed', {
      activityType: activity.type,
      activityId: activity.id,
      error: error instanceof Error ? error.name : 'unknown',
    });
    const locale = localeOfTag(activity.locale) ?? defaultLocale;
    try {
      if (activity.type === ActivityTypes.Invoke) {
        await context.sendActivity(
          cardActionError(500, 'InternalError', unexpectedErrorView(locale).fallbackText),
        );
      } else if (activity.type === ActivityTypes.Message) {
        await context.sendActivity(renderTeamsMessage(unexpectedErrorView(locale), locale));
      }
    } catch {
      // The connector may be what failed; the log line above is all we can do.
    }
  };
  return adapter;
}
