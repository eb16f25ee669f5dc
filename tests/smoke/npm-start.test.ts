import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** What an operator's process manager waits before it gives up on a stop. */
const STOP_WITHIN_MS = 10_000;

let group: number | undefined;
let dataDir: string | undefined;

afterEach(() => {
  // A failed run must not leave a server behind on the shared machine.
  if (group !== undefined && groupIsAlive(group)) process.kill(-group, 'SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  group = undefined;
  dataDir = undefined;
});

/** True while any process of the group still exists (signal 0 only checks). */
function groupIsAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return condition();
}

// A process manager (systemd, a container runtime, a CI script) stops `npm start` by sending SIGTERM to the
// process it started: npm. The server behind it has to stop then, not only when its own process is signalled.
describe('npm start', () => {
  it('stops the whole server when the npm process gets SIGTERM', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'casus-npm-start-'));
    const npm = spawn('npm', ['start'], {
      cwd: root,
      // Its own process group, so the test can tell whether anything of the tree is left afterwards.
      detached: true,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    group = npm.pid;
    let stderr = '';
    npm.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<void>((done) => npm.on('exit', () => done()));

    expect(await until(() => /"message":"casus is listening"/.test(stderr), 120_000), stderr).toBe(true);
    const port = Number(/"message":"casus is listening","port":(\d+)/.exec(stderr)?.[1]);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    process.kill(npm.pid as number, 'SIGTERM');
    // npm, the shell it may run the script in, and node: none of them is left.
    expect(await until(() => !groupIsAlive(npm.pid as number), STOP_WITHIN_MS), stderr).toBe(true);
    await exited;
    expect(stderr).toContain('"message":"casus stopped"');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 150_000);
});
