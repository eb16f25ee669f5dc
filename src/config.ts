import { z } from 'zod';
import { isKnownTimeZone } from './domain/slots/wall-clock.ts';

/**
 * The only reader of process.env. Parsed once at startup; every problem is reported at once, one line per
 * variable, naming what it expects. Secrets are never echoed back.
 */

const SECRET_NAMES = new Set([
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'MicrosoftAppPassword',
]);

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'expected development, production or test',
    })
    .default('development'),
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected a port number from 0 to 65535')
    .max(65535, 'expected a port number from 0 to 65535')
    .default(3978),
  PUBLIC_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), {
    message: 'expected the address people reach casus on, such as https://casus.example.nl',
  }),
  DATA_DIR: z.string().trim().min(1, 'expected a directory path').default('./data'),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\/.+/.test(v), {
    message: 'expected postgresql://user@host:port/database (leave unset for the embedded database)',
  }),
  TIME_ZONE: z.string().default('Europe/Amsterdam').refine(isKnownTimeZone, {
    message: 'expected an IANA time zone such as Europe/Amsterdam',
  }),
  LOCALE: z.enum(['nl', 'en'], { message: 'expected nl or en' }).default('nl'),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], {
      message: 'expected debug, info, warn or error',
    })
    .default('info'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'expected a bot token starting with xoxb-',
  }),
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'expected an app-level token starting with xapp- (Socket Mode)',
  }),
  SLACK_API_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), {
    message: 'expected a URL such as https://slack.com/api/',
  }),
  SLACK_TEAM_ID: optionalText.refine((v) => v === undefined || /^[TE][A-Z0-9]+$/.test(v), {
    message: 'expected a Slack workspace id such as T0123ABCD',
  }),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      message: 'expected MultiTenant, SingleTenant or UserAssignedMSI',
    })
    .default('SingleTenant'),
  MicrosoftAppTenantId: optionalText,
  JOB_LEASE_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .int('expected a whole number of seconds')
    .min(2, 'expected at least 2 seconds')
    .max(3600, 'expected at most 3600 seconds')
    .default(60),
  TRYOUT: optionalText.pipe(z.enum(['on', 'off'], { message: 'expected on or off' }).optional()),
});

type Env = z.infer<typeof envSchema>;

/**
 * Rules between variables, checked on the raw values so they are reported together with the per-variable
 * problems (zod skips refinements of an object whose fields already failed).
 */
function crossCheck(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => (env[name]?.trim() ?? '') !== '';
  const problems: string[] = [];
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_SIGNING_SECRET') && !set('SLACK_APP_TOKEN')) {
    problems.push(
      'SLACK_SIGNING_SECRET: expected the signing secret of your Slack app (needed with SLACK_BOT_TOKEN)',
    );
  }
  if ((set('SLACK_SIGNING_SECRET') || set('SLACK_APP_TOKEN')) && !set('SLACK_BOT_TOKEN')) {
    problems.push('SLACK_BOT_TOKEN: expected the bot token (xoxb-…) of your Slack app');
  }
  const appType = env.MicrosoftAppType?.trim() || 'SingleTenant';
  if (set('MicrosoftAppId') && appType !== 'UserAssignedMSI' && !set('MicrosoftAppPassword')) {
    problems.push(
      'MicrosoftAppPassword: expected the client secret of the bot registration (needed with MicrosoftAppId)',
    );
  }
  if (set('MicrosoftAppId') && appType === 'SingleTenant' && !set('MicrosoftAppTenantId')) {
    problems.push(
      'MicrosoftAppTenantId: expected the tenant id (needed when MicrosoftAppType is SingleTenant)',
    );
  }
  return problems;
}

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  /**
   * publicUrl: where people's calendars and browsers reach this server (private feed and invitation links),
   * without a trailing slash; http://localhost:<port> when PUBLIC_URL is unset.
   */
  server: { port: number; publicUrl: string };
  database: { url: string | undefined; dataDir: string };
  scheduling: { timeZone: string };
  locale: 'nl' | 'en';
  /**
   * The browser try-out (GET /, /tryout/*): on by default outside production, off in production unless
   * TRYOUT=on. In production it only ever lets people act as the fictional demo team (demoOnly), because
   * anyone who reaches the server can use it without an account.
   */
  tryout: { enabled: boolean; demoOnly: boolean };
  /**
   * How long a job an instance took stays its own without a heartbeat: after a crash on PostgreSQL, another
   * (or the restarted) instance takes it up once this passed. The embedded database takes over at start.
   */
  jobs: { leaseMs: number };
  /** Present when Slack is configured. Socket Mode when appToken is set. */
  slack:
    | {
        signingSecret: string | undefined;
        botToken: string;
        appToken: string | undefined;
        apiUrl: string | undefined;
      }
    | undefined;
  /**
   * The Slack workspace and Teams tenant this installation belongs to (SLACK_TEAM_ID, MicrosoftAppTenantId).
   * A roster identity without a workspace is matched in these (or in one a team's channel names), never in
   * another workspace or tenant.
   */
  homeWorkspaces: { slack: string | undefined; teams: string | undefined };
  /** Bot Framework credentials; appId undefined means local, unauthenticated traffic only. */
  teams: {
    appId: string | undefined;
    appPassword: string | undefined;
    appType: Env['MicrosoftAppType'];
    tenantId: string | undefined;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The language from LOCALE alone, for the CLI's own messages: they are needed before the rest of the
 * configuration is read, and also when it has problems. An invalid LOCALE gives Dutch here; loadConfig
 * reports it.
 */
export function loadLocale(env: Record<string, string | undefined> = process.env): Config['locale'] {
  const parsed = envSchema.shape.LOCALE.safeParse(env.LOCALE);
  return parsed.success ? parsed.data : 'nl';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const got = env[name];
        const shown = got === undefined || SECRET_NAMES.has(name) ? '' : ` (got "${got}")`;
        return `${name}: ${issue.message}${shown}`;
      });
  problems.push(...crossCheck(env));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    server: { port: e.PORT, publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '') },
    database: { url: e.DATABASE_URL, dataDir: e.DATA_DIR },
    scheduling: { timeZone: e.TIME_ZONE },
    locale: e.LOCALE,
    tryout: {
      enabled: e.TRYOUT === undefined ? e.NODE_ENV !== 'production' : e.TRYOUT === 'on',
      demoOnly: e.NODE_ENV === 'production',
    },
    jobs: { leaseMs: e.JOB_LEASE_SECONDS * 1000 },
    slack: e.SLACK_BOT_TOKEN
      ? {
          signingSecret: e.SLACK_SIGNING_SECRET,
          botToken: e.SLACK_BOT_TOKEN,
          appToken: e.SLACK_APP_TOKEN,
          apiUrl: e.SLACK_API_URL,
        }
      : undefined,
    homeWorkspaces: { slack: e.SLACK_TEAM_ID, teams: e.MicrosoftAppTenantId },
    teams: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
  };
}
