import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/infra/db/database.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Starts the writer, lets it commit at least `commits` rows, kills it with SIGKILL; returns the last acknowledged. */
function writeThenKill(dataDir: string, commits: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/embedded-writer.ts', dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let last = -1;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^committed (\d+)$/.exec(line);
        if (match) last = Number(match[1]);
      }
      if (last + 1 >= commits) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? done(last) : fail(new Error(`writer exited without being killed (${signal})`)),
    );
  });
}

describe('the embedded database after kill -9', () => {
  it('reopens with every acknowledged write, and takes over the dead process lock', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'casus-crash-')), 'pglite');
    const acknowledged = await writeThenKill(dataDir, 40);
    expect(acknowledged).toBeGreaterThanOrEqual(39);

    const db = await openDatabase({ kind: 'embedded', dataDir });
    try {
      const names = new Set((await db.prisma.organisation.findMany()).map((o) => o.name));
      for (let i = 0; i <= acknowledged; i++) expect(names.has(`org-${i}`)).toBe(true);
      await db.prisma.organisation.create({ data: { name: 'after-restart' } });
      expect(await db.ping()).toBe(true);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('refuses a second live process on the same data directory', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'casus-lock-')), 'pglite');
    const first = await openDatabase({ kind: 'embedded', dataDir });
    try {
      const { acquireDataDirLock } = await import('../../../src/infra/db/data-dir-lock.ts');
      const { writeFileSync } = await import('node:fs');
      // Pretend another live process (our parent) holds the lock.
      writeFileSync(join(dataDir, 'casus.pid'), String(process.ppid));
      expect(() => acquireDataDirLock(dataDir)).toThrow(/in use by process/);
    } finally {
      await first.close();
    }
  });
});
