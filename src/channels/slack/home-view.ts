import type { Router } from '../../app/router.ts';
import type { Requester } from './requester.ts';

/**
 * What the Home tab shows. It should list the person's upcoming conferences and open actions; those
 * features do not exist yet, so for now it is the help (which marks them "coming soon"), from the router
 * like every other answer. Replace with a show-home use case once conferences and actions land.
 */
export function homeView(router: Router, { locale, actor }: Requester) {
  return router.handleText({ text: 'help', locale, actor });
}
