import { parseArgs } from 'node:util';
import { ConfigError } from '../config.ts';
import { editDistance } from '../domain/edit-distance.ts';
import { CodedError } from '../infra/coded-error.ts';
import {
  type CliCommand,
  type CommandOutcome,
  EXIT,
  errorSummary,
  type OptionSpec,
  UsageError,
} from './cli-command.ts';
import { type CliIo, createCliContext } from './cli-context.ts';
import { commandTable } from './command-table.ts';

const GLOBAL_OPTIONS: OptionSpec = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/**
 * Runs `casus <command> [options]` and returns the exit code. The process entry (main.ts) is a thin wrapper,
 * so tests can run commands in-process. With --json, stdout holds exactly one JSON document, also on errors.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = commandTable,
): Promise<number> {
  const json = argv.includes('--json');
  const context = createCliContext(io, commands, json);
  let name = 'casus';
  let outcome: CommandOutcome;
  try {
    const { word, rest } = splitCommand(argv);
    const command = findCommand(word, commands);
    name = command.name;
    const args = parseCommandLine(command, rest);
    outcome = args.values.help ? await helpFor(command, commands, context) : await command.run(context, args);
  } catch (error) {
    outcome = outcomeOfError(error, name);
  } finally {
    await context.close();
  }
  report(io, name, outcome, json);
  return outcome.exitCode;
}

/** The command word is the first argument that is not an option, so `casus --json migrate` works too. */
function splitCommand(argv: readonly string[]): { word: string; rest: string[] } {
  const index = argv.findIndex((arg) => !arg.startsWith('-'));
  if (index !== -1) return { word: argv[index]!, rest: [...argv.slice(0, index), ...argv.slice(index + 1)] };
  if (argv.includes('--help') || argv.includes('-h'))
    return { word: 'help', rest: argv.filter((a) => a !== '--help' && a !== '-h') };
  throw new UsageError('expected a command');
}

function findCommand(word: string, commands: readonly CliCommand[]): CliCommand {
  const command = commands.find((c) => c.name === word);
  if (command) return command;
  const near = commands.find((c) => editDistance(word, c.name) <= 2);
  throw new UsageError(`unknown command "${word}"${near ? ` (did you mean "${near.name}"?)` : ''}`);
}

function parseCommandLine(command: CliCommand, args: string[]) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // node:util reports unknown options and missing option values as TypeErrors with an ERR_PARSE_ARGS code.
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { min, max } = command.positionals;
  const count = parsed.positionals.length;
  // `casus import --help` asks for help, not for a file.
  if (!parsed.values.help && (count < min || count > max)) {
    throw new UsageError(
      count < min ? 'missing argument' : `unexpected argument "${parsed.positionals[max]}"`,
    );
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

async function helpFor(
  command: CliCommand,
  commands: readonly CliCommand[],
  context: Parameters<CliCommand['run']>[0],
) {
  const help = commands.find((c) => c.name === 'help');
  return help
    ? help.run(context, { values: {}, positionals: [command.name] })
    : { exitCode: EXIT.ok, json: {}, lines: [] };
}

function outcomeOfError(error: unknown, name: string): CommandOutcome {
  if (error instanceof UsageError) {
    const usage = name === 'casus' ? 'casus <command> [options]' : `casus ${name} --help`;
    return {
      exitCode: EXIT.usage,
      json: { error: { code: 'usage', message: error.message } },
      lines: [`casus: ${error.message}`, `Usage: ${usage}   (casus help lists the commands)`],
    };
  }
  if (error instanceof ConfigError) {
    return {
      exitCode: EXIT.failure,
      json: {
        error: { code: 'config', message: 'the configuration has problems', problems: error.problems },
      },
      lines: ['casus: the configuration has problems:', ...error.problems.map((p) => `  ${p}`)],
    };
  }
  if (error instanceof CodedError) {
    return {
      exitCode: EXIT.failure,
      json: { error: { code: error.code, message: error.message } },
      lines: [`casus: ${error.message}`],
    };
  }
  // Unexpected: one line (a Prisma error can be long); no stack trace for an administrator.
  const message = errorSummary(error);
  return {
    exitCode: EXIT.failure,
    json: { error: { code: 'unexpected', message } },
    lines: [`casus: unexpected error: ${message}`],
  };
}

function report(io: CliIo, command: string, outcome: CommandOutcome, json: boolean): void {
  if (json) {
    io.stdout(`${JSON.stringify({ ok: outcome.exitCode === EXIT.ok, command, ...outcome.json }, null, 2)}\n`);
    return;
  }
  const text = outcome.lines.length > 0 ? `${outcome.lines.join('\n')}\n` : '';
  if (outcome.exitCode === EXIT.ok) io.stdout(text);
  else io.stderr(text);
}
