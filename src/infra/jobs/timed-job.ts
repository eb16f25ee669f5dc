import type { z } from 'zod';
import type { Clock } from '../../app/ports/clock.ts';
import type { TimedUseCase } from '../../app/timed-use-case.ts';
import { CodedError } from '../coded-error.ts';
import type { JobHandler } from './job-runner.ts';

/**
 * The whole of an infra job for a timed use case: parse the payload with the job's schema (jobs queued by
 * older versions must still parse: widen the schema, never narrow it) and call the use case. An invalid
 * payload fails without retries being of any use, so it is coded `<name>-job-invalid` for `casus jobs`.
 */
export function timedJob<Schema extends z.ZodType>(
  name: string,
  schema: Schema,
  useCase: TimedUseCase<z.infer<Schema>>,
  clock: Clock,
): JobHandler {
  return async (job) => {
    const parsed = schema.safeParse(job.payload);
    if (!parsed.success) throw new CodedError(`${name}-job-invalid`, `A ${name} job has an invalid payload`);
    await useCase(parsed.data, { now: clock.now(), key: job.key, attempt: job.attempt });
  };
}
