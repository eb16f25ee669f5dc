import { z } from 'zod';
import { DIGEST_SWEEP, type DigestSweepInput } from '../../app/digest/send-digests.ts';
import type { Clock } from '../../app/ports/clock.ts';
import type { TimedUseCase } from '../../app/timed-use-case.ts';
import type { JobHandler } from '../jobs/job-runner.ts';
import { timedJob } from '../jobs/timed-job.ts';

export const digestJobName = DIGEST_SWEEP;

/** The payload as every version queued it: `{}` (the sweep reads which teams are due when it runs). */
const digestPayload = z.object({}) satisfies z.ZodType<DigestSweepInput>;

/** The `digest.sweep` job: parses its payload and calls the sweep (app/digest/send-digests.ts). */
export function digestJob(useCase: TimedUseCase<DigestSweepInput>, clock: Clock): JobHandler {
  return timedJob(digestJobName, digestPayload, useCase, clock);
}
