import type { ChannelStore } from '../../app/ports/channel-store.ts';
import type { Router } from '../../app/router.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Logger } from '../../infra/logger.ts';

/** What every Slack listener needs: one router call, the store for identity and idempotency, a logger. */
export interface ListenerDeps {
  router: Router;
  store: ChannelStore;
  logger: Logger;
  defaultLocale: Locale;
}

/**
 * Claims the delivery keys in order; false (and nothing left claimed beyond the first taken key) when any
 * was claimed before: a retry, a redelivery or a double click.
 */
export async function isFirstDelivery(deps: ListenerDeps, keys: readonly string[]): Promise<boolean> {
  for (const key of keys) {
    if (!(await deps.store.claimDelivery(key))) {
      deps.logger.info('slack: repeated delivery ignored', { kind: key.split(':', 2)[1] });
      return false;
    }
  }
  return true;
}
