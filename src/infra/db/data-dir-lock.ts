import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodedError } from '../coded-error.ts';

/**
 * A pid file beside the PGlite data. A lock left by a process that no longer runs (after kill -9 or a power
 * cut) is taken over; a lock of a live process stops us with a clear message.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'casus.pid');
  try {
    writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    if (holder !== process.pid && isAlive(holder)) {
      throw new CodedError(
        'data-dir-in-use',
        `The embedded database in ${dataDir} is in use by process ${holder}. Stop it first, or set DATABASE_URL to a PostgreSQL server to run several instances.`,
        { params: { dataDir, pid: holder } },
      );
    }
    writeFileSync(lockPath, String(process.pid));
  }
  return () => rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
