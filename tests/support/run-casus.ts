import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface CasusProcess {
  child: ChildProcess;
  /** Everything written to stderr so far (JSON log lines and startup problems). */
  stderr(): string;
  /** Resolves with the port once the server logs that it listens. */
  listening: Promise<number>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `src/main.ts` (what `npm start` runs) as a child process with the given environment. */
export function startCasusProcess(env: Record<string, string>): CasusProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  const listening = new Promise<number>((done, fail) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"message":"casus is listening","port":(\d+)/.exec(output);
      if (match) done(Number(match[1]));
    });
    exited.then(({ code }) => fail(new Error(`casus exited (${code}) before listening:\n${output}`)));
  });
  listening.catch(() => {});
  return { child, stderr: () => output, listening, exited };
}
