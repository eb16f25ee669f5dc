import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * What main.ts installs, in a process of its own (an uncaught exception must end it): SDK console output,
 * a Node warning, a stray rejection and an uncaught exception all come out as JSON lines without messages
 * or stacks, and the process exits 1.
 */
const script = `
import { createLogger } from './src/infra/logger.ts';
import { routeProcessOutputToLogger } from './src/infra/process-output.ts';
routeProcessOutputToLogger(createLogger('debug'), (code) => process.exit(code));
console.error(new TypeError('endpoint.toLowerCase is not a function, Dorpsstraat 7'));
console.warn('BadRequest: Missing activity or activity type.\\n    at Dorpsstraat (x.js:1:2)');
console.log('Activity Log:', { text: 'Dorpsstraat 7' });
process.emitWarning('Dorpsstraat 7', 'DeprecationWarning');
Promise.reject(new Error('Dorpsstraat 7'));
setTimeout(() => { throw new RangeError('Dorpsstraat 7'); }, 50);
setTimeout(() => process.exit(0), 2000);
`;

it('turns console output, warnings, rejections and uncaught exceptions into JSON lines, then exits 1', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const code = await new Promise<number | null>((done) => child.on('exit', done));

  expect(code).toBe(1);
  expect(stdout).toBe('');
  const entries = stderr
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(stderr).not.toContain('Dorpsstraat');
  expect(entries).toEqual([
    expect.objectContaining({ level: 'error', message: 'console: TypeError' }),
    expect.objectContaining({
      level: 'warn',
      message: 'console: BadRequest: Missing activity or activity type.',
    }),
    expect.objectContaining({ level: 'debug', message: 'console: Activity Log: object' }),
    expect.objectContaining({ level: 'warn', message: 'node warning', warning: 'DeprecationWarning' }),
    expect.objectContaining({ level: 'error', message: 'unhandled rejection', error: 'Error' }),
    expect.objectContaining({ level: 'error', message: 'uncaught exception, stopping', error: 'RangeError' }),
  ]);
}, 30_000);
