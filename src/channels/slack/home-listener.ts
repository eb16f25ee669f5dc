import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHome } from './block-kit.ts';
import { eventKey } from './delivery-keys.ts';
import { homeView } from './home-view.ts';
import { isFirstDelivery, type ListenerDeps } from './listener-deps.ts';
import { findRequester } from './requester.ts';

/**
 * Opening casus's Home tab publishes that person's Home view. The Messages tab fires the same event with
 * tab "messages"; nothing to do then. https://docs.slack.dev/reference/events/app_home_opened
 */
export function homeListener(deps: ListenerDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    if (!(await isFirstDelivery(deps, [eventKey(body.event_id)]))) return;
    const requester = await findRequester(deps.store, deps.defaultLocale, {
      teamId: body.team_id,
      userId: event.user,
    });
    const view = await homeView(deps.router, requester);
    await client.views.publish({ user_id: event.user, view: renderHome(view, requester.locale) });
  };
}
