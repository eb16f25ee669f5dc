import { runCli } from './run-cli.ts';

// The `casus` command (bin/casus.js). Everything is in runCli so tests can run commands in-process.
const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});

// Exit explicitly once the output is flushed: the WebAssembly schema engine behind applyMigrations leaves a
// timer running for about 10 s after the database is closed, which would keep a finished command waiting.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
process.exit(exitCode);
