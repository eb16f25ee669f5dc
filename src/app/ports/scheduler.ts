/**
 * Runs a named use case at a time, durably (it survives restarts and runs once across instances). Scheduling
 * joins the current unit of work (see unit-of-work.ts): a rolled-back change schedules nothing.
 *
 * `useCase` names a timed use case registered at composition (src/timed-work.ts); `input` must survive JSON and
 * carries ids, never care data. One job per key: scheduling a key that is already waiting changes nothing.
 */
export interface Scheduler {
  schedule(job: { useCase: string; key: string; at: Date; input: unknown }): Promise<boolean>;
  /** Cancels the waiting job with this key; false when there is none (already ran, or never scheduled). */
  cancel(key: string): Promise<boolean>;
}
