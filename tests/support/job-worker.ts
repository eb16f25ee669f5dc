/**
 * A job runner in its own process, for the tests that SIGKILL a worker mid-job
 * (tests/infra/jobs/across-instances.ts). It reports on stdout, one JSON line per event, when a job
 * reaches the point where the test kills it, then blocks there for good.
 *
 * Env: JOB_WORKER_DATABASE_URL, JOB_WORKER_SCHEMA, JOB_WORKER_LEASE_MS. Importing it runs it.
 */
import { openDatabase } from '../../src/infra/db/database.ts';
import { runEffectOnce } from '../../src/infra/jobs/effects.ts';
import { createJobRunner } from '../../src/infra/jobs/job-runner.ts';
import { createLogger } from '../../src/infra/logger.ts';

const killedAfterEffect = 'kill-test.after-effect';
const killedInsideEffect = 'kill-test.inside-effect';

const forever = new Promise<never>(() => {});

function report(event: string, key: string): void {
  process.stdout.write(`${JSON.stringify({ event, key })}\n`);
}

async function main(): Promise<void> {
  const url = process.env.JOB_WORKER_DATABASE_URL;
  const schema = process.env.JOB_WORKER_SCHEMA;
  if (!url || !schema) throw new Error('JOB_WORKER_DATABASE_URL and JOB_WORKER_SCHEMA are required');
  const db = await openDatabase({ kind: 'postgres', url, schema });
  const runner = createJobRunner({
    db,
    instanceId: 'child-worker',
    pollIntervalMs: 20,
    leaseMs: Number(process.env.JOB_WORKER_LEASE_MS ?? 1000),
    logger: createLogger('warn'),
    handlers: {
      // The effect committed; the worker dies before it can mark the job completed.
      [killedAfterEffect]: async (job) => {
        await runEffectOnce(db, `effect:${job.key}`, async () => {});
        report('after-effect', job.key);
        await forever;
      },
      // The worker dies with the effect's transaction still open: it must roll back, key and all.
      [killedInsideEffect]: async (job) => {
        await runEffectOnce(
          db,
          `effect:${job.key}`,
          async () => {
            report('inside-effect', job.key);
            await forever;
          },
          { timeoutMs: 60_000 },
        );
      },
    },
  });
  runner.start();
  report('started', '');
}

main().catch((error: unknown) => {
  process.stderr.write(`job worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
