import { z } from 'zod';
import { type FollowUpInput, followUpKey, followUpUseCase } from '../../app/conferences/remind-follow-up.ts';
import type { Clock } from '../../app/ports/clock.ts';
import type { TimedUseCase } from '../../app/timed-use-case.ts';
import type { JobHandler } from '../jobs/job-runner.ts';
import { timedJob } from '../jobs/timed-job.ts';

/** Kept: jobs queued by older versions carry this name and key. */
export const followUpJobName = followUpUseCase;
export const followUpJobKey = followUpKey;

/** The payload as every version queued it: `{ conferenceId, weeks }`. */
const followUpPayload = z.object({
  conferenceId: z.string().min(1),
  weeks: z.number().int().min(1).max(52),
}) satisfies z.ZodType<FollowUpInput>;

/** The `conference.follow-up` job: parses its payload and calls the use case (app/conferences/remind-follow-up.ts). */
export function followUpJob(useCase: TimedUseCase<FollowUpInput>, clock: Clock): JobHandler {
  return timedJob(followUpJobName, followUpPayload, useCase, clock);
}
