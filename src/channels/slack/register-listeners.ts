import type { App } from '@slack/bolt';
import { buttonListener } from './button-listener.ts';
import { commandListener } from './command-listener.ts';
import { homeListener } from './home-listener.ts';
import type { ListenerDeps } from './listener-deps.ts';
import { directMessageListener, mentionListener } from './message-listeners.ts';
import { submissionListener } from './submission-listener.ts';

/** Every Slack entry point casus answers; each listener parses, makes one router call, renders, replies. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  app.command('/casus', commandListener(deps));
  app.event('app_mention', mentionListener(deps));
  app.message(directMessageListener(deps));
  app.action({ type: 'block_actions' }, buttonListener(deps));
  app.view({ type: 'view_submission' }, submissionListener(deps));
  app.event('app_home_opened', homeListener(deps));
}
