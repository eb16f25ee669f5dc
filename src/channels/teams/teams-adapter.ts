import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { unexpectedErrorView } from '../../app/error-view.ts';
import type { Config } from '../../config.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Logger } from '../../infra/logger.ts';
import { renderTeamsMessage } from './render-adaptive-card.ts';
import { localeOfTag } from './teams-locale.ts';

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
): CloudAdapter {
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
  const adapter = new CloudAdapter(auth);
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
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: {
            status: 200,
            body: {
              statusCode: 500,
              type: 'application/vnd.microsoft.error',
              value: { code: 'InternalError', message: unexpectedErrorView(locale).fallbackText },
            },
          },
        });
      } else if (activity.type === ActivityTypes.Message) {
        await context.sendActivity(renderTeamsMessage(unexpectedErrorView(locale), locale));
      }
    } catch {
      // The connector may be what failed; the log line above is all we can do.
    }
  };
  return adapter;
}
