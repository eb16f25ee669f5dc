import type { Config } from '../../config.ts';
import { CodedError } from '../../infra/coded-error.ts';

/**
 * Without MicrosoftAppId the Bot Framework endpoint accepts unauthenticated requests, so anyone who can
 * reach it could talk as any Teams user. That is what the Emulator and the Agents Playground need locally,
 * and never acceptable in production. Call at startup, before the route is served.
 */
export function assertTeamsStartupAllowed(config: Config['teams'], nodeEnv: Config['nodeEnv']): void {
  if (nodeEnv !== 'production' || config.appId) return;
  throw new CodedError(
    'teams-credentials-missing',
    'MicrosoftAppId is not set: the Teams endpoint would accept unauthenticated requests, which is only ' +
      'allowed outside production. Set MicrosoftAppId and MicrosoftAppPassword (see manifests/teams).',
  );
}
