import { z } from 'zod';
import type { Clock } from '../../app/ports/clock.ts';
import { type AnnounceInput, ROTATION_ANNOUNCE } from '../../app/rotations/announce-turns.ts';
import type { TimedUseCase } from '../../app/timed-use-case.ts';
import type { JobHandler } from '../jobs/job-runner.ts';
import { timedJob } from '../jobs/timed-job.ts';

/** The payload as every version queued it: the local day of the run. */
const announcePayload = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
}) satisfies z.ZodType<AnnounceInput>;

/** The `rotation.announce` job: parses its payload and calls the use case (app/rotations/announce-turns.ts). */
export function announceJob(useCase: TimedUseCase<AnnounceInput>, clock: Clock): JobHandler {
  return timedJob(ROTATION_ANNOUNCE, announcePayload, useCase, clock);
}
