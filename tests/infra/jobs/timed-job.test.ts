import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TimedContext } from '../../../src/app/timed-use-case.ts';
import { CodedError } from '../../../src/infra/coded-error.ts';
import type { Job } from '../../../src/infra/jobs/job-runner.ts';
import { timedJob } from '../../../src/infra/jobs/timed-job.ts';

const now = new Date('2030-03-04T09:00:00.000Z');
const job = (payload: unknown): Job => ({
  id: 'j1',
  name: 'test.timed',
  key: 'timed:1',
  payload,
  attempt: 2,
  maxAttempts: 5,
  signal: new AbortController().signal,
});

describe('a timed job', () => {
  const schema = z.object({ conferenceId: z.string().min(1) });

  it('calls its use case with the parsed input and the run’s time, key and attempt', async () => {
    const calls: [unknown, TimedContext][] = [];
    const handler = timedJob(
      'test.timed',
      schema,
      async (input, context) => void calls.push([input, context]),
      {
        now: () => now,
      },
    );
    await handler(job({ conferenceId: 'c1', extra: 'ignored' }));
    expect(calls).toEqual([[{ conferenceId: 'c1' }, { now, key: 'timed:1', attempt: 2 }]]);
  });

  it('fails with a coded error and calls nothing when the payload does not parse', async () => {
    let called = false;
    const handler = timedJob(
      'test.timed',
      schema,
      async () => {
        called = true;
      },
      { now: () => now },
    );
    const failure = await handler(job({})).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CodedError);
    expect(failure).toMatchObject({ code: 'test.timed-job-invalid' });
    expect(called).toBe(false);
  });
});
