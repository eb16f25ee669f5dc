import { remindFollowUp } from './app/conferences/remind-follow-up.ts';
import type { Clock } from './app/ports/clock.ts';
import type { Locale } from './domain/locale.ts';
import { followUpJob, followUpJobName } from './infra/conferences/follow-up-job.ts';
import { createFollowUpStore } from './infra/conferences/follow-up-repository.ts';
import type { Database } from './infra/db/database.ts';
import type { JobHandler } from './infra/jobs/job-runner.ts';
import { createUnitOfWork } from './infra/work/prisma-unit-of-work.ts';

export interface TimedWorkDeps {
  db: Pick<Database, 'prisma'>;
  clock: Clock;
  /** For people without a locale of their own. */
  defaultLocale: Locale;
}

/**
 * The registry of timed use cases: every name a use case may pass to `Scheduler.schedule` maps to the job
 * that parses its input and calls it (see docs/architecture.md, "A timed job"). A name scheduled but missing
 * here fails its job with job-handler-missing — add the entry in the same commit as the first `schedule` call.
 */
export function composeTimedWork(deps: TimedWorkDeps): Record<string, JobHandler> {
  const { db, clock, defaultLocale } = deps;
  const unitOfWork = createUnitOfWork(db.prisma);
  return {
    [followUpJobName]: followUpJob(
      remindFollowUp({ store: createFollowUpStore(db.prisma), unitOfWork, defaultLocale }),
      clock,
    ),
  };
}
