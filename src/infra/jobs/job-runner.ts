import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type Clock, systemClock } from '../../app/ports/clock.ts';
import { CodedError } from '../coded-error.ts';
import type { Database } from '../db/database.ts';
import { type Logger, silentLogger } from '../logger.ts';
import { type Backoff, exponentialBackoff } from './backoff.ts';
import { describeJobError, jobErrorKind } from './job-error.ts';
import {
  type Claim,
  type ClaimedJob,
  claimDueJobs,
  claimJobByKey,
  expireAllLeases,
  failExhaustedLeases,
  markCompleted,
  markFailed,
} from './job-store.ts';
import { startLeaseHeartbeat } from './lease-heartbeat.ts';

/** What a handler gets. Effects must be keyed on `key` (see runEffectOnce): a job can run more than once. */
export interface Job {
  id: string;
  name: string;
  key: string;
  payload: unknown;
  /** 1-based; greater than 1 when an earlier attempt failed or its worker died. */
  attempt: number;
  maxAttempts: number;
  /** Aborted when this worker lost the lease or stopped waiting for the job: give up early where you can. */
  signal: AbortSignal;
  /**
   * This run's claim on the job, for an effect that must not happen twice: check it with `holdsClaim` in the
   * transaction that commits to the effect (the outbox's reservation). Absent when a handler is called
   * directly, without a runner (tests): there is nothing to fence then.
   */
  claim?: Claim;
}

export type JobHandler = (job: Job) => Promise<void>;

export interface JobRunnerOptions {
  db: Pick<Database, 'prisma'>;
  handlers: Readonly<Record<string, JobHandler>>;
  /** Written to `lockedBy`; defaults to host:pid:random. */
  instanceId?: string;
  clock?: Clock;
  logger?: Logger;
  pollIntervalMs?: number;
  /** How long a claim holds without a heartbeat; after that another instance may run the job again. */
  leaseMs?: number;
  /** How often a running job's lease is extended; defaults to a third of leaseMs. */
  heartbeatMs?: number;
  /** Jobs this instance runs at the same time. */
  concurrency?: number;
  backoff?: Backoff;
  /**
   * True only where no other instance can be alive (the embedded database): jobs left running by a process
   * that died are taken up at start instead of after their lease.
   */
  takeOverLeasesAtStart?: boolean;
}

export interface JobRunner {
  readonly instanceId: string;
  /** Starts polling; a runner starts once. */
  start(): void;
  /**
   * Stops claiming, waits up to graceMs for running jobs, then returns. Jobs still running keep their lease
   * (no heartbeat any more) and are retried by another instance once it expires: nothing is lost.
   */
  stop(options?: { graceMs?: number }): Promise<{ unfinished: number }>;
  /**
   * Runs the job with this key now, in this process, if it is waiting (see claimJobByKey); resolves when it
   * ended. Does nothing before start or while stopping: the job stays queued for the poll loop of an instance.
   */
  runNow(key: string): Promise<void>;
  /** Claims what is due now (up to the free slots) and runs it to the end; returns how many jobs ran. */
  runDueJobsOnce(): Promise<number>;
  /** Resolves when no job of this runner is running. */
  waitUntilIdle(): Promise<void>;
}

interface RunningJob {
  done: Promise<void>;
  controller: AbortController;
  stopHeartbeat(): void;
}

// docker stop and most platforms send SIGKILL 10 s after SIGTERM; leave room for closing the database.
const defaultGraceMs = 5_000;

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { handlers, clock = systemClock, logger = silentLogger } = options;
  const {
    pollIntervalMs = 1000,
    leaseMs = 60_000,
    concurrency = 2,
    backoff = exponentialBackoff(),
  } = options;
  const heartbeatMs = options.heartbeatMs ?? Math.max(1, Math.floor(leaseMs / 3));
  const instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw invalid(`concurrency must be ≥ 1`);
  if (!(pollIntervalMs > 0)) throw invalid(`pollIntervalMs must be above 0`);
  if (!(heartbeatMs < leaseMs))
    throw invalid(`heartbeatMs (${heartbeatMs}) must be below leaseMs (${leaseMs})`);
  const sql = options.db.prisma;
  const running = new Set<RunningJob>();
  let state: 'new' | 'started' | 'stopping' | 'stopped' = 'new';
  let loop: Promise<void> = Promise.resolve();
  let stopping: Promise<{ unfinished: number }> | undefined;
  let wakeLoop: (() => void) | undefined;
  let wakeOnFreeSlot = false;

  async function claim(limit: number): Promise<ClaimedJob[]> {
    if (limit <= 0) return [];
    try {
      const now = clock.now();
      const exhausted = await failExhaustedLeases(sql, now);
      if (exhausted > 0)
        logger.warn('jobs failed: lease expired on their last attempt', { exhausted, instanceId });
      return await claimDueJobs(sql, { now, instanceId, leaseMs, limit });
    } catch (error) {
      // A database outage must not end the loop: log and poll again.
      logger.error('claiming jobs failed', { instanceId, error: describeJobError(error) });
      return [];
    }
  }

  function launch(job: ClaimedJob): Promise<void> {
    const claim: Claim = { id: job.id, instanceId, attempts: job.attempts };
    const controller = new AbortController();
    const stopHeartbeat = startLeaseHeartbeat({
      sql,
      claim,
      clock,
      leaseMs,
      everyMs: heartbeatMs,
      logger,
      onLeaseLost: () =>
        controller.abort(new CodedError('job-lease-lost', 'Another instance took over this job')),
    });
    const entry: RunningJob = { done: Promise.resolve(), controller, stopHeartbeat };
    entry.done = execute(job, claim, controller.signal).finally(() => {
      stopHeartbeat();
      running.delete(entry);
      if (wakeOnFreeSlot) wakeLoop?.();
    });
    running.add(entry);
    return entry.done;
  }

  async function execute(job: ClaimedJob, claim: Claim, signal: AbortSignal): Promise<void> {
    const fields = { jobId: job.id, jobName: job.name, attempt: job.attempts, instanceId };
    const handler = Object.hasOwn(handlers, job.name) ? handlers[job.name] : undefined;
    let failure: unknown;
    let succeeded = false;
    if (!handler) {
      failure = new CodedError('job-handler-missing', `No handler registered for job name "${job.name}"`);
    } else {
      try {
        const { id, name, key, payload, attempts: attempt, maxAttempts } = job;
        await handler({ id, name, key, payload, attempt, maxAttempts, signal, claim });
        succeeded = true;
      } catch (error) {
        failure = error;
      }
    }
    try {
      const now = clock.now();
      let recorded: boolean;
      if (succeeded) {
        recorded = await markCompleted(sql, claim, now);
      } else {
        // An unknown name will not become known by waiting: fail it at once.
        const retry = handler !== undefined && job.attempts < job.maxAttempts;
        const retryAt = retry ? new Date(now.getTime() + backoff(job.attempts)) : null;
        recorded = await markFailed(sql, claim, { error: describeJobError(failure), retryAt });
        const message = retry ? 'job failed, will retry' : 'job failed for good';
        logger[retry ? 'warn' : 'error'](message, { ...fields, error: jobErrorKind(failure) });
      }
      if (!recorded) logger.warn('job outcome not recorded: its lease was taken over', fields);
    } catch (error) {
      // The lease will expire and the job run again; runEffectOnce keeps its effects single.
      logger.error('recording a job outcome failed', { ...fields, error: describeJobError(error) });
    }
  }

  async function takeOverLeases(): Promise<void> {
    try {
      const taken = await expireAllLeases(sql, clock.now());
      if (taken > 0) logger.warn('took over jobs left running by a stopped process', { taken, instanceId });
    } catch (error) {
      // Their leases then expire as usual.
      logger.error('taking over jobs at start failed', { instanceId, error: describeJobError(error) });
    }
  }

  async function pollLoop(): Promise<void> {
    while (state === 'started') {
      const free = concurrency - running.size;
      const jobs = await claim(free);
      for (const job of jobs) void launch(job);
      if (state !== 'started') break;
      // All slots taken means more may be due: poll again as soon as one frees up.
      await pause(pollIntervalMs, jobs.length >= free);
    }
  }

  function pause(ms: number, untilSlotFrees: boolean): Promise<void> {
    if (untilSlotFrees && running.size < concurrency) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakeLoop = undefined;
        wakeOnFreeSlot = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakeLoop = done;
      wakeOnFreeSlot = untilSlotFrees;
    });
  }

  async function shutDown(graceMs: number): Promise<{ unfinished: number }> {
    wakeLoop?.();
    await loop;
    if (running.size > 0) await within(Promise.all([...running].map((job) => job.done)), graceMs);
    for (const job of running) {
      job.stopHeartbeat();
      job.controller.abort(new CodedError('job-runner-stopped', 'The runner stopped waiting for this job'));
    }
    if (running.size > 0)
      logger.warn('runner stopped with jobs running; they are retried after their lease', {
        unfinished: running.size,
        instanceId,
      });
    state = 'stopped';
    return { unfinished: running.size };
  }

  return {
    instanceId,
    start() {
      if (state !== 'new')
        throw new CodedError('job-runner-state', `A job runner starts once (it is ${state})`);
      state = 'started';
      const begin = options.takeOverLeasesAtStart ? takeOverLeases() : Promise.resolve();
      loop = begin.then(pollLoop).catch((error: unknown) => {
        logger.error('job runner loop ended', { instanceId, error: describeJobError(error) });
      });
    },
    stop({ graceMs = defaultGraceMs } = {}) {
      if (!stopping) {
        state = 'stopping';
        stopping = shutDown(graceMs);
      }
      return stopping;
    },
    async runNow(key) {
      if (state !== 'started') return;
      try {
        const [job] = await claimJobByKey(sql, { key, now: clock.now(), instanceId, leaseMs });
        // Beyond the concurrency limit on purpose: a person is waiting for this one.
        if (job) await launch(job);
      } catch (error) {
        // The job stays queued; the poll loop takes it.
        logger.error('running a job at once failed', { instanceId, error: describeJobError(error) });
      }
    },
    async runDueJobsOnce() {
      if (state === 'stopping' || state === 'stopped') return 0;
      const jobs = await claim(concurrency - running.size);
      await Promise.all(jobs.map(launch));
      return jobs.length;
    },
    async waitUntilIdle() {
      while (running.size > 0) await Promise.all([...running].map((job) => job.done));
    },
  };
}

function invalid(message: string): CodedError {
  return new CodedError('job-runner-invalid', message);
}

/** Waits for `promise`, but no longer than `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
