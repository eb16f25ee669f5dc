import type { Clock } from '../../../src/app/ports/clock.ts';
import type { Database } from '../../../src/infra/db/database.ts';

/** A clock that moves only when told to. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/** A promise the test resolves when it chooses: holds a handler mid-job. */
export function gate(): { opened: Promise<void>; open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Polls `check` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function jobByKey(db: Database, key: string) {
  return db.prisma.job.findUniqueOrThrow({ where: { key } });
}

export async function effectCount(db: Database, key?: string): Promise<number> {
  return key === undefined ? db.prisma.jobEffect.count() : db.prisma.jobEffect.count({ where: { key } });
}

/** Invocations per job id, to prove a job ran exactly once. */
export function countCalls(): { calls: Map<string, number>; record(id: string): void; total(): number } {
  const calls = new Map<string, number>();
  return {
    calls,
    record: (id) => calls.set(id, (calls.get(id) ?? 0) + 1),
    total: () => [...calls.values()].reduce((sum, n) => sum + n, 0),
  };
}
