import type { UnitOfWork, WorkPorts } from '../../app/ports/unit-of-work.ts';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { createAccessLog } from '../db/repositories/access-log-repository.ts';
import { transactionOutbox } from './transaction-outbox.ts';
import { transactionScheduler } from './transaction-scheduler.ts';

/**
 * The ports bound to a transaction that is already open: for a repository whose own write (a booking, an
 * answer) must commit together with what the use case queues, schedules and logs.
 */
export function workPortsOf(tx: Prisma.TransactionClient): WorkPorts {
  return {
    outbox: transactionOutbox(tx),
    scheduler: transactionScheduler(tx),
    accessLog: createAccessLog(tx),
  };
}

/** One Prisma interactive transaction per `run`: an error thrown by the work rolls all of it back. */
export function createUnitOfWork(prisma: PrismaClient): UnitOfWork {
  return { run: (work) => prisma.$transaction((tx) => work(workPortsOf(tx))) };
}
