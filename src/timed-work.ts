import type { Clock } from './app/ports/clock.ts';
import type { Locale } from './domain/locale.ts';
import { createFollowUpHandler, followUpJobName } from './infra/conferences/follow-up-job.ts';
import type { Database } from './infra/db/database.ts';
import type { JobHandler } from './infra/jobs/job-runner.ts';

export interface TimedWorkDeps {
  db: Pick<Database, 'prisma'>;
  clock: Clock;
  /** For people without a locale of their own. */
  defaultLocale: Locale;
}

/**
 * The registry of timed use cases: every name a use case may pass to `Scheduler.schedule` maps to the job
 * that parses its input and calls it (see docs/architecture.md, "A timed job"). A name scheduled but missing
 * here fails its job with "no handler" — add the entry in the same commit as the first `schedule` call.
 */
export function composeTimedWork(deps: TimedWorkDeps): Record<string, JobHandler> {
  const { db, defaultLocale } = deps;
  return {
    [followUpJobName]: createFollowUpHandler({ db, defaultLocale }),
  };
}
