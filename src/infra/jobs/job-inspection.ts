import type { JobStatus } from '../../generated/prisma/client.ts';
import type { Database } from '../db/database.ts';

export type JobCounts = Record<JobStatus, number>;

/** A failed job as `casus jobs` shows it: no payload, which may hold care data. */
export interface FailedJob {
  id: string;
  name: string;
  key: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
  createdAt: Date;
}

export async function countJobsByStatus(db: Pick<Database, 'prisma'>): Promise<JobCounts> {
  const groups = await db.prisma.job.groupBy({ by: ['status'], _count: { _all: true } });
  const counts: JobCounts = { queued: 0, running: 0, completed: 0, failed: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Most recently created first. */
export async function listFailedJobs(
  db: Pick<Database, 'prisma'>,
  { limit = 50 }: { limit?: number } = {},
): Promise<FailedJob[]> {
  return db.prisma.job.findMany({
    where: { status: 'failed' },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      name: true,
      key: true,
      attempts: true,
      maxAttempts: true,
      lastError: true,
      runAt: true,
      createdAt: true,
    },
  });
}
