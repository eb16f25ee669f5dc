import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { renderHome } from './block-kit.ts';
import { eventKey } from './delivery-keys.ts';
import { homeView } from './home-view.ts';
import { isFirstDelivery, type ListenerBasics } from './listener-deps.ts';
import { findRequester } from './requester.ts';
import { homeOpenedSchema, slackId } from './slack-envelope-schemas.ts';

/**
 * What this listener reads. The HTTP receiver checks it before Bolt; in Socket Mode nothing else has, and
 * a user id that is not an id would reach the database and views.publish.
 */
const homeOpenedBody = z.object({
  event_id: slackId,
  team_id: slackId.optional(),
  event: homeOpenedSchema,
});

/**
 * Opening casus's Home tab publishes that person's Home view. The Messages tab fires the same event with
 * tab "messages"; nothing to do then. https://docs.slack.dev/reference/events/app_home_opened
 */
export function homeListener(deps: ListenerBasics) {
  return async ({ body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    const parsed = homeOpenedBody.safeParse(body);
    if (!parsed.success) return void deps.logger.warn('slack: unexpected app_home_opened payload');
    const { event, event_id: eventId, team_id: teamId } = parsed.data;
    if (event.tab !== 'home') return;
    if (!(await isFirstDelivery(deps, [eventKey(eventId)]))) return;
    const requester = await findRequester(deps.store, deps.defaultLocale, { teamId, userId: event.user });
    const view = await homeView(deps.router, requester);
    await client.views.publish({ user_id: event.user, view: renderHome(view, requester.locale) });
  };
}
