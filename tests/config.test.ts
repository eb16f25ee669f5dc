import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('starts with sensible defaults on an empty environment: embedded database, Dutch, Amsterdam time', () => {
    const config = loadConfig({});
    expect(config.server.port).toBe(3978);
    expect(config.database).toEqual({ url: undefined, dataDir: './data' });
    expect(config.scheduling.timeZone).toBe('Europe/Amsterdam');
    expect(config.locale).toBe('nl');
    expect(config.slack).toBeUndefined();
    expect(config.teams.appId).toBeUndefined();
    expect(config.teams.appType).toBe('SingleTenant');
  });

  it('reports every problem at once, one line per variable, naming what it expects', () => {
    const problems = problemsOf({
      PORT: 'abc',
      TIME_ZONE: 'Mars/Olympus',
      LOCALE: 'de',
      DATABASE_URL: 'mysql://db/casus',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000000',
      MicrosoftAppType: 'SingleTenant',
    });
    expect(problems).toEqual([
      'PORT: expected a port number (got "abc")',
      'DATABASE_URL: expected postgresql://user@host:port/database (leave unset for the embedded database) (got "mysql://db/casus")',
      'TIME_ZONE: expected an IANA time zone such as Europe/Amsterdam (got "Mars/Olympus")',
      'LOCALE: expected nl or en (got "de")',
      'MicrosoftAppPassword: expected the client secret of the bot registration (needed with MicrosoftAppId)',
      'MicrosoftAppTenantId: expected the tenant id (needed when MicrosoftAppType is SingleTenant)',
    ]);
  });

  it('never echoes a secret back in a problem', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'secret-value-123', SLACK_SIGNING_SECRET: 's3cr3t' });
    expect(problems).toEqual(['SLACK_BOT_TOKEN: expected a bot token starting with xoxb-']);
    expect(problems.join('\n')).not.toContain('secret-value-123');
  });

  it('asks for the Slack bot token when only a signing secret is set', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'abc' })).toEqual([
      'SLACK_BOT_TOKEN: expected the bot token (xoxb-…) of your Slack app',
    ]);
  });

  it('enables Slack over HTTP with a signing secret, and Socket Mode with an app token', () => {
    const http = loadConfig({
      SLACK_SIGNING_SECRET: 'abc',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(http.slack).toEqual({
      signingSecret: 'abc',
      botToken: 'xoxb-1',
      appToken: undefined,
      apiUrl: 'http://127.0.0.1:9/api/',
    });
    const socket = loadConfig({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(socket.slack?.appToken).toBe('xapp-1');
  });

  it('takes the home Slack workspace and Teams tenant, and names SLACK_TEAM_ID when it is no workspace id', () => {
    expect(loadConfig({}).homeWorkspaces).toEqual({ slack: undefined, teams: undefined });
    expect(loadConfig({ SLACK_TEAM_ID: 'T0CASUS', MicrosoftAppTenantId: 'tenant-1' }).homeWorkspaces).toEqual(
      { slack: 'T0CASUS', teams: 'tenant-1' },
    );
    expect(problemsOf({ SLACK_TEAM_ID: 'wijkteam' })).toEqual([
      'SLACK_TEAM_ID: expected a Slack workspace id such as T0123ABCD (got "wijkteam")',
    ]);
  });

  it('rejects ports out of range and accepts 0 (any free port)', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([
      'PORT: expected a port number from 0 to 65535 (got "70000")',
    ]);
    expect(loadConfig({ PORT: '0' }).server.port).toBe(0);
  });

  it('asks for the tenant id of a single-tenant bot, the default', () => {
    expect(problemsOf({ MicrosoftAppId: 'a1', MicrosoftAppPassword: 'p' })).toEqual([
      'MicrosoftAppTenantId: expected the tenant id (needed when MicrosoftAppType is SingleTenant)',
    ]);
    expect(
      loadConfig({ MicrosoftAppId: 'a1', MicrosoftAppPassword: 'p', MicrosoftAppType: 'MultiTenant' }).teams
        .appType,
    ).toBe('MultiTenant');
  });

  it('takes a PostgreSQL server from DATABASE_URL and the English locale', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://casus@db:5432/casus', LOCALE: 'en' });
    expect(config.database.url).toBe('postgresql://casus@db:5432/casus');
    expect(config.locale).toBe('en');
  });
  it('takes the job lease in seconds, 60 unless set, and names JOB_LEASE_SECONDS when it is not a whole number from 2', () => {
    expect(loadConfig({}).jobs.leaseMs).toBe(60_000);
    expect(loadConfig({ JOB_LEASE_SECONDS: '5' }).jobs.leaseMs).toBe(5_000);
    expect(() => loadConfig({ JOB_LEASE_SECONDS: '1' })).toThrow(
      /JOB_LEASE_SECONDS: expected at least 2 seconds/,
    );
    expect(() => loadConfig({ JOB_LEASE_SECONDS: 'soon' })).toThrow(
      /JOB_LEASE_SECONDS: expected a number of seconds/,
    );
  });

  it('opens the try-out outside production and keeps it shut in production unless TRYOUT=on', () => {
    expect(loadConfig({}).tryout).toEqual({ enabled: true, demoOnly: false });
    expect(loadConfig({ NODE_ENV: 'test', TRYOUT: 'off' }).tryout).toEqual({
      enabled: false,
      demoOnly: false,
    });
    expect(loadConfig({ NODE_ENV: 'production' }).tryout).toEqual({ enabled: false, demoOnly: true });
    expect(loadConfig({ NODE_ENV: 'production', TRYOUT: '' }).tryout.enabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', TRYOUT: 'off' }).tryout.enabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', TRYOUT: 'on' }).tryout).toEqual({
      enabled: true,
      demoOnly: true,
    });
  });

  it('names TRYOUT when it is neither on nor off', () => {
    expect(problemsOf({ TRYOUT: 'yes' })).toEqual(['TRYOUT: expected on or off (got "yes")']);
    expect(problemsOf({ NODE_ENV: 'production', TRYOUT: 'ON', LOCALE: 'de' })).toEqual([
      'LOCALE: expected nl or en (got "de")',
      'TRYOUT: expected on or off (got "ON")',
    ]);
  });
});
