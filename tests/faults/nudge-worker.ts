/**
 * One casus instance's background work in a process of its own, for the nudge crash test
 * (nudge-crash.test.ts): a job runner on the real PostgreSQL with the nudge sweep (`actions.nudge`) and the
 * outbox sender (`outbox.send`), sending to Slack through the real WebClient pointed at the test's fake Slack.
 * The test kills it with SIGKILL wherever it happens to be; SIGTERM stops it gracefully.
 *
 * The clock is the real one shifted by NUDGE_WORKER_CLOCK_OFFSET_MS, the same shift in every worker: the
 * sweep runs on a chosen working-day morning, yet time still passes, which the runner's leases need (a
 * frozen clock would never let a dead worker's lease expire).
 *
 * Env: NUDGE_WORKER_DATABASE_URL, NUDGE_WORKER_SCHEMA, NUDGE_WORKER_ID, NUDGE_WORKER_SLACK_API_URL,
 * NUDGE_WORKER_CLOCK_OFFSET_MS, NUDGE_WORKER_LEASE_MS, NUDGE_WORKER_BATCH_SIZE. Importing it runs it.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sendNudges } from '../../src/app/actions/send-nudges.ts';
import type { Clock } from '../../src/app/ports/clock.ts';
import { createBoltLogger } from '../../src/channels/slack/bolt-logger.ts';
import { createOutboxWebClient, SlackMessenger } from '../../src/channels/slack/slack-messenger.ts';
import { nudgeJob, nudgeJobName } from '../../src/infra/actions/nudge-job.ts';
import {
  createNudgeStore,
  createNudgeUnitOfWork,
  nudgeParallelUnits,
} from '../../src/infra/actions/nudge-repository.ts';
import { openDatabase } from '../../src/infra/db/database.ts';
import { createSlackIdentityRepository } from '../../src/infra/db/repositories/slack-identity-repository.ts';
import { createJobRunner } from '../../src/infra/jobs/job-runner.ts';
import { createLogger } from '../../src/infra/logger.ts';
import { outboxSendJobName } from '../../src/infra/outbox/outbox-job.ts';
import { createOutboxSender } from '../../src/infra/outbox/outbox-sender.ts';
import { workerToken } from './nudge-fleet.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/**
 * Logs on stderr every event-loop stall over STALL_MS: the lease heartbeat of every job in this process waits
 * that long too, and a lease that runs out while the worker lives lets a second worker run the same job.
 */
const STALL_MS = 250;

function watchStalls(workerId: string): void {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  setInterval(() => {
    const maxMs = Math.round(delay.max / 1e6);
    delay.reset();
    if (maxMs > STALL_MS)
      process.stderr.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: 'warn', message: 'event loop stalled', maxMs, workerId })}\n`,
      );
  }, 250).unref();
}

function report(event: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`);
}

async function main(): Promise<void> {
  const workerId = required('NUDGE_WORKER_ID');
  const offsetMs = Number(required('NUDGE_WORKER_CLOCK_OFFSET_MS'));
  const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
  const leaseMs = Number(process.env.NUDGE_WORKER_LEASE_MS ?? 2000);
  const logger = createLogger('warn');
  watchStalls(workerId);
  const db = await openDatabase({
    kind: 'postgres',
    url: required('NUDGE_WORKER_DATABASE_URL'),
    schema: required('NUDGE_WORKER_SCHEMA'),
  });
  const slack = new SlackMessenger({
    client: createOutboxWebClient(
      workerToken(workerId),
      required('NUDGE_WORKER_SLACK_API_URL'),
      createBoltLogger(logger),
    ),
    directory: createSlackIdentityRepository(db.prisma),
    locale: 'nl',
  });
  const sweep = sendNudges({
    store: createNudgeStore(db.prisma, { timeZone: 'Europe/Amsterdam' }),
    work: createNudgeUnitOfWork(db.prisma, { parallelUnits: nudgeParallelUnits(db) }),
    defaultLocale: 'nl',
    // Small units, so that a kill can land between two of them.
    batchSize: Number(process.env.NUDGE_WORKER_BATCH_SIZE ?? 40),
  });
  const runner = createJobRunner({
    db,
    clock,
    logger,
    instanceId: workerId,
    leaseMs,
    pollIntervalMs: 20,
    concurrency: 4,
    handlers: {
      [nudgeJobName]: nudgeJob(sweep, clock),
      [outboxSendJobName]: createOutboxSender({ db, messengers: [slack], clock, logger }),
    },
  });
  process.once('SIGTERM', () => {
    void runner
      .stop({ graceMs: 2000 })
      .then(() => db.close())
      .then(() => process.exit(0));
  });
  runner.start();
  report('started', { workerId });
}

main().catch((error: unknown) => {
  process.stderr.write(`nudge worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
