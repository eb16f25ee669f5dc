import type { Router } from '../../app/router.ts';
import type { Requester } from './requester.ts';

/** What the Home tab shows: the person's upcoming conferences and open actions, from the core. */
export function homeView(router: Router, { locale, actor }: Requester) {
  return router.showHome({ locale, actor });
}
