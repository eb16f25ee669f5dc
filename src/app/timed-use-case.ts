/**
 * A use case that runs later, by name, through the Scheduler port (src/app/ports/scheduler.ts). It gets its
 * input back as scheduled and the context of this run; it must be safe to run twice (a retried or taken-over
 * job), which its effects get from idempotency keys decided from the input, never from the run.
 */
export interface TimedContext {
  /** When this run started, from the runner's clock. */
  now: Date;
  /** The key it was scheduled under. */
  key: string;
  /** 1-based; greater than 1 when an earlier run failed or its worker died. */
  attempt: number;
}

export type TimedUseCase<Input> = (input: Input, context: TimedContext) => Promise<void>;
