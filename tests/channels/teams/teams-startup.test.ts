import { describe, expect, it } from 'vitest';
import type { ChannelStore } from '../../../src/app/ports/channel-store.ts';
import { createRouter } from '../../../src/app/router.ts';
import { createTeamsChannel } from '../../../src/channels/teams/teams-channel.ts';
import { assertTeamsStartupAllowed } from '../../../src/channels/teams/teams-startup.ts';
import type { Config } from '../../../src/config.ts';
import { CodedError } from '../../../src/infra/coded-error.ts';
import { silentLogger } from '../../../src/infra/logger.ts';

const withoutApp: Config['teams'] = {
  appId: undefined,
  appPassword: undefined,
  appType: 'MultiTenant',
  tenantId: undefined,
};
const withApp: Config['teams'] = { ...withoutApp, appId: 'app-id', appPassword: 'secret' };

describe('starting the Teams channel', () => {
  it('refuses production without a bot registration, with a coded error that names the variable', () => {
    let error: unknown;
    try {
      assertTeamsStartupAllowed(withoutApp, 'production');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({
      code: 'teams-credentials-missing',
      message: expect.stringContaining('MicrosoftAppId'),
    });
  });

  it('allows unauthenticated local traffic outside production, and production with credentials', () => {
    expect(() => assertTeamsStartupAllowed(withoutApp, 'development')).not.toThrow();
    expect(() => assertTeamsStartupAllowed(withoutApp, 'test')).not.toThrow();
    expect(() => assertTeamsStartupAllowed(withApp, 'production')).not.toThrow();
  });

  it('is checked by createTeamsChannel too, so the endpoint cannot be served open by mistake', () => {
    const unused = {} as ChannelStore;
    expect(() =>
      createTeamsChannel({
        config: withoutApp,
        nodeEnv: 'production',
        router: createRouter(),
        store: unused,
        teamChannels: { findTeamChannelId: async () => undefined },
        logger: silentLogger,
        defaultLocale: 'nl',
      }),
    ).toThrow(CodedError);
  });
});
