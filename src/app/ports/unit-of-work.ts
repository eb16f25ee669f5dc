import type { AccessLog } from './access-log.ts';
import type { Outbox } from './outbox.ts';
import type { Scheduler } from './scheduler.ts';

/** The ports whose effects commit together: one database transaction behind them. */
export interface WorkPorts {
  outbox: Outbox;
  scheduler: Scheduler;
  accessLog: AccessLog;
}

/**
 * Runs `work` in one transaction: what it queues, schedules and logs commits together or not at all. A use
 * case that also writes through a store of its own gets that store's transaction-bound twin from the adapter
 * (see docs/architecture.md).
 */
export interface UnitOfWork {
  run<T>(work: (ports: WorkPorts) => Promise<T>): Promise<T>;
}
