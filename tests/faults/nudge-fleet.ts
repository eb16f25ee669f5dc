import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../src/infra/db/migrations.ts';

/** The bot token of a worker: the fake Slack records it with every call, so the test knows who posted what. */
export const workerToken = (workerId: string) => `xoxb-nudge-${workerId}`;

/** What every worker of one run shares (see nudge-worker.ts). */
export interface FleetSettings {
  databaseUrl: string;
  schema: string;
  slackApiUrl: string;
  /** Added to the real clock in every worker, so that all of them agree on the shifted time. */
  clockOffsetMs: number;
  leaseMs: number;
  batchSize: number;
}

interface Worker {
  child: ChildProcess;
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The worker processes of one run, by id (worker-1, worker-2 …; a replacement gets the next number). */
export class NudgeFleet {
  private readonly live = new Map<string, Worker>();
  private readonly stderrOfAll: string[] = [];
  private started = 0;
  /** The longest event-loop stall any worker reported (nudge-worker.ts watchStalls), in ms. */
  maxStallMs = 0;
  /** Leases a live worker lost to another instance: the same job then ran twice at once. */
  leasesLost = 0;

  constructor(private readonly settings: FleetSettings) {}

  get ids(): string[] {
    return [...this.live.keys()];
  }

  /** Starts a new worker and resolves with its id once its runner polls. */
  async startOne(timeoutMs = 30_000): Promise<string> {
    this.started += 1;
    const id = `worker-${this.started}`;
    const s = this.settings;
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/faults/nudge-worker.ts'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NUDGE_WORKER_ID: id,
        NUDGE_WORKER_DATABASE_URL: s.databaseUrl,
        NUDGE_WORKER_SCHEMA: s.schema,
        NUDGE_WORKER_SLACK_API_URL: s.slackApiUrl,
        NUDGE_WORKER_CLOCK_OFFSET_MS: String(s.clockOffsetMs),
        NUDGE_WORKER_LEASE_MS: String(s.leaseMs),
        NUDGE_WORKER_BATCH_SIZE: String(s.batchSize),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: string[] = [];
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      this.stderrOfAll.push(`[${id}] ${chunk.toString()}`);
    });
    createInterface({ input: child.stderr! }).on('line', (line) => this.noteLogLine(line));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    this.live.set(id, { child, stderr, exited });
    const ready = new Promise<void>((resolve) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.includes('"started"')) resolve();
      });
    });
    let timer: NodeJS.Timeout | undefined;
    const failed = Promise.race([
      exited.then(({ code }) => `exited with ${code}`),
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`not started within ${timeoutMs} ms`), timeoutMs);
      }),
    ]);
    const outcome = await Promise.race([ready.then(() => undefined), failed]);
    clearTimeout(timer);
    if (outcome) throw new Error(`${id} ${outcome}: ${stderr.join('')}`);
    return id;
  }

  /** kill -9, and wait until the process is gone. */
  async kill(id: string): Promise<void> {
    const worker = this.live.get(id);
    if (!worker) throw new Error(`no live worker ${id}`);
    worker.child.kill('SIGKILL');
    const { signal } = await worker.exited;
    this.live.delete(id);
    if (signal !== 'SIGKILL') throw new Error(`${id} ended before the kill: ${worker.stderr.join('')}`);
  }

  /** SIGTERM to all: each stops its runner and closes its pool. */
  async stopAll(): Promise<void> {
    const workers = [...this.live];
    for (const [, worker] of workers) worker.child.kill('SIGTERM');
    for (const [id, worker] of workers) {
      const { code } = await worker.exited;
      this.live.delete(id);
      if (code !== 0) throw new Error(`${id} did not stop cleanly: ${worker.stderr.join('')}`);
    }
  }

  /** For a test that gives up half-way. */
  killAll(): void {
    for (const [, worker] of this.live) worker.child.kill('SIGKILL');
    this.live.clear();
  }

  private noteLogLine(line: string): void {
    if (line.includes('job lease lost to another instance')) this.leasesLost += 1;
    const stall = /"event loop stalled","maxMs":(\d+)/.exec(line);
    if (stall) this.maxStallMs = Math.max(this.maxStallMs, Number(stall[1]));
  }

  /** Everything the workers wrote on stderr (warnings and errors), each line marked with its worker. */
  logs(): string {
    return this.stderrOfAll.join('');
  }
}
