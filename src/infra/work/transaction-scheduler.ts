import type { Scheduler } from '../../app/ports/scheduler.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { CodedError } from '../coded-error.ts';
import { cancelWaiting, enqueue } from '../jobs/job-queue.ts';

/**
 * The Scheduler port inside one transaction: a timed use case is a `Job` named after it (the registry in
 * src/timed-work.ts maps the name to its handler), its input the payload. enqueue's ON CONFLICT DO NOTHING
 * keeps one job per key; cancelling removes the job while it waits.
 */
export function transactionScheduler(tx: Prisma.TransactionClient): Scheduler {
  return {
    schedule({ useCase, key, at, input }) {
      if (Number.isNaN(at.getTime()))
        throw new CodedError('job-invalid', `Job "${useCase}" has an invalid time`);
      return enqueue(tx, { name: useCase, key, payload: input, runAt: at });
    },
    cancel: (key) => cancelWaiting(tx, key),
  };
}
