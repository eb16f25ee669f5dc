import { z } from 'zod';
import { NUDGE_SWEEP, type NudgeSweepInput } from '../../app/actions/send-nudges.ts';
import type { Clock } from '../../app/ports/clock.ts';
import type { TimedUseCase } from '../../app/timed-use-case.ts';
import type { JobHandler } from '../jobs/job-runner.ts';
import { timedJob } from '../jobs/timed-job.ts';

export const nudgeJobName = NUDGE_SWEEP;

/** The payload as every version queued it: `{}` (the sweep reads what is due when it runs). */
const nudgePayload = z.object({}) satisfies z.ZodType<NudgeSweepInput>;

/** The `actions.nudge` job: parses its payload and calls the sweep (app/actions/send-nudges.ts). */
export function nudgeJob(useCase: TimedUseCase<NudgeSweepInput>, clock: Clock): JobHandler {
  return timedJob(nudgeJobName, nudgePayload, useCase, clock);
}
