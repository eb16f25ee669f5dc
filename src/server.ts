import type { Clock } from './app/ports/clock.ts';
import { systemClock } from './app/ports/clock.ts';
import { createRouter } from './app/router.ts';
import { createSlackChannel } from './channels/slack/slack-channel.ts';
import { createTeamsChannel } from './channels/teams/teams-channel.ts';
import { assertTeamsStartupAllowed } from './channels/teams/teams-startup.ts';
import { createTryoutChannel } from './channels/tryout/tryout-channel.ts';
import type { Config } from './config.ts';
import { composeFeatures } from './features.ts';
import { type Database, databaseTarget, openDatabase } from './infra/db/database.ts';
import { applyMigrations } from './infra/db/migrations.ts';
import { createAgendaStore } from './infra/db/repositories/agenda-repository.ts';
import { createChannelStore } from './infra/db/repositories/channel-repository.ts';
import { createInboundStore } from './infra/db/repositories/inbound-repository.ts';
import { createSlackIdentityRepository } from './infra/db/repositories/slack-identity-repository.ts';
import { createTeamsIdentityRepository } from './infra/db/repositories/teams-identity-repository.ts';
import { createTryoutDirectory } from './infra/db/repositories/tryout-directory.ts';
import { seedDemoIfEmpty } from './infra/demo/seed-demo.ts';
import { type Route, type RunningHttpServer, sendJson, startHttpServer } from './infra/http/http-server.ts';
import { createJobRunner, type JobRunner } from './infra/jobs/job-runner.ts';
import type { Logger } from './infra/logger.ts';
import { outboxSendJobName } from './infra/outbox/outbox-job.ts';
import { createOutboxSender } from './infra/outbox/outbox-sender.ts';
import { scheduleStandingWork } from './timed-work.ts';

/** How long running jobs may take to finish after a stop signal before we close the database anyway. */
const JOB_GRACE_MS = 10_000;

export interface RunningCasus {
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  stop(): Promise<void>;
}

/**
 * Composition: database (migrated; demo-seeded when empty, outside production only) → job runner → one HTTP
 * server. The channels (Slack, Teams, try-out) register their routes here as they are built.
 */
export async function startCasus(
  config: Config,
  logger: Logger,
  clock: Clock = systemClock,
): Promise<RunningCasus> {
  // Refused before the database is opened or migrated: an operator hears at once, and nothing is written.
  assertTeamsStartupAllowed(config.teams, config.nodeEnv);
  const db = await openDatabase(databaseTarget(config.database.url, config.database.dataDir));
  let http: RunningHttpServer | undefined;
  // Open event streams of the try-out page never finish by themselves; they must end before the server closes.
  let closeStreams = () => {};
  let stopSlack = async () => {};
  let stopJobs = async (): Promise<unknown> => undefined;
  try {
    const applied = await applyMigrations(db, (line) => logger.info(line));
    logger.info('database ready', { kind: db.kind, migrationsApplied: applied.length });
    // Production never seeds the demo by itself: an operator adds it on purpose with `casus seed-demo`.
    if (config.nodeEnv !== 'production' && (await seedDemoIfEmpty(db))) {
      logger.info('empty database: seeded the fictional demo team');
    }

    const composed = composeFeatures(db, config, clock);
    const router = createRouter({
      features: composed.features,
      agenda: createAgendaStore(db.prisma),
      clock,
      timeZone: config.scheduling.timeZone,
      reportUnexpected: (error) =>
        logger.error('answer failed', { error: error instanceof Error ? error.name : 'unknown' }),
    });
    const store = createChannelStore(db.prisma, config.homeWorkspaces);
    const directory = createTryoutDirectory(db.prisma, { demoOnly: config.tryout.demoOnly });
    const tryout = createTryoutChannel({
      router,
      store,
      directory,
      onlyListed: config.tryout.demoOnly,
      defaultLocale: config.locale,
    });
    if (config.tryout.enabled && (await directory.listProfessionals()).length === 0) {
      logger.warn('the try-out page has nobody to pick: add the fictional demo team with `casus seed-demo`');
    }
    closeStreams = () => tryout.close();

    let jobs: JobRunner | undefined;
    const slack =
      config.slack &&
      createSlackChannel({
        config: config.slack,
        router,
        store,
        directory: createSlackIdentityRepository(db.prisma),
        logger,
        defaultLocale: config.locale,
        inbound: createInboundStore(db.prisma, 'slack'),
        // The runner starts below; an ack before that leaves the job queued for its first poll.
        runJobNow: async (key) => jobs?.runNow(key),
        clock,
      });
    // auth.test: a wrong token stops startup here with a clear error, before we take requests.
    await slack?.start();
    stopSlack = async () => slack?.stop();

    // Refuses production without Bot Framework credentials; accepts local emulator traffic otherwise.
    const teams = createTeamsChannel({
      config: config.teams,
      nodeEnv: config.nodeEnv,
      router,
      store,
      teamChannels: createTeamsIdentityRepository(db.prisma, config.homeWorkspaces.teams),
      logger,
      defaultLocale: config.locale,
      clock,
    });

    // One runner for all timed work; the outbox sends through each configured platform's messenger.
    const messengers = [tryout.messenger, teams.messenger, ...(slack ? [slack.messenger] : [])];
    const runner = createJobRunner({
      db,
      clock,
      logger,
      leaseMs: config.jobs.leaseMs,
      // One process owns an embedded database: what is marked running was left by a process that died.
      takeOverLeasesAtStart: db.kind === 'embedded',
      handlers: {
        ...composed.jobHandlers,
        ...(slack ? slack.jobHandlers : {}),
        [outboxSendJobName]: createOutboxSender({ db, messengers, clock, logger }),
      },
    });
    jobs = runner;
    // The nudge sweep and the turn announcements schedule their own next run; this starts the chains (once per
    // slot, whichever instance).
    await scheduleStandingWork({ db, clock, timeZone: config.scheduling.timeZone });
    runner.start();
    stopJobs = () => runner.stop({ graceMs: JOB_GRACE_MS });

    const routes = [
      ...(slack?.routes ?? []),
      ...teams.routes,
      ...baseRoutes(db),
      ...composed.routes,
      // Switched off, the try-out's paths do not exist (404); its messenger stays for the outbox.
      ...(config.tryout.enabled ? tryout.routes : []),
    ];
    http = await startHttpServer({ port: config.server.port, routes, logger });
    const url = addressToOpen(config, http.port);
    // `port` stays the first field: scripts and tests read it from this line.
    logger.info('casus is listening', {
      port: http.port,
      url,
      database: db.kind,
      tryoutPage: config.tryout.enabled ? `${url}/` : 'off',
    });
    const server = http;
    let stopping: Promise<void> | undefined;
    return {
      url: server.url,
      port: server.port,
      db,
      stop: () => {
        stopping ??= (async () => {
          closeStreams();
          await server.close();
          // Replies still being sent after an ack finish before the database closes.
          await stopSlack();
          await stopJobs();
          await db.close();
          logger.info('casus stopped');
        })();
        return stopping;
      },
    };
  } catch (error) {
    closeStreams();
    await http?.close();
    await stopSlack();
    await stopJobs();
    await db.close();
    throw error;
  }
}

/** PUBLIC_URL when set; otherwise localhost on the port actually taken (PORT=0 picks a free one). */
function addressToOpen(config: Config, port: number): string {
  const { publicUrl } = config.server;
  return publicUrl === `http://localhost:${config.server.port}` ? `http://localhost:${port}` : publicUrl;
}

function baseRoutes(db: Database): Route[] {
  const notWiredYet =
    (channel: string): Route['handler'] =>
    (_req, res) =>
      sendJson(res, 503, { error: 'channel-not-configured', channel });
  return [
    {
      method: 'GET',
      path: '/healthz',
      handler: async (_req, res) => {
        const up = await db.ping();
        sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'database-unavailable', database: db.kind });
      },
    },
    { method: 'POST', path: '/slack/events', handler: notWiredYet('slack') },
    // Browsers ask for it on every page; an empty answer keeps 404s out of the console.
    { method: 'GET', path: '/favicon.ico', handler: (_req, res) => void res.writeHead(204).end() },
  ];
}
