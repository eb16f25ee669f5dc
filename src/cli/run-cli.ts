import { parseArgs } from 'node:util';
import { ConfigError, loadLocale } from '../config.ts';
import { editDistance } from '../domain/edit-distance.ts';
import { isLocale } from '../domain/locale.ts';
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
import { type CliTranslate, databaseName, isCliMessageKey } from './i18n/translate.ts';

const GLOBAL_OPTIONS: OptionSpec = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/**
 * Runs `casus <command> [options]` and returns the exit code. The process entry (main.ts) is a thin wrapper,
 * so tests can run commands in-process. With --json, stdout holds exactly one JSON document, also on errors.
 * Every message is in the language of --lang, else of LOCALE, else Dutch.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = commandTable,
): Promise<number> {
  const json = argv.includes('--json');
  // Read before the command line is parsed, so even a wrong command line is explained in the chosen language.
  const lang = langOption(argv);
  const locale = isLocale(lang) ? lang : loadLocale(io.env);
  const context = createCliContext(io, commands, { json, locale });
  let name = 'casus';
  let outcome: CommandOutcome;
  try {
    if (lang !== undefined && !isLocale(lang)) throw new UsageError('usage.bad-lang', { value: lang });
    const { word, rest } = splitCommand(argv);
    const command = findCommand(word, commands);
    name = command.name;
    const args = parseCommandLine(command, rest);
    outcome = args.values.help ? await helpFor(command, commands, context) : await command.run(context, args);
  } catch (error) {
    outcome = outcomeOfError(error, name, context.t);
  } finally {
    await context.close();
  }
  report(io, name, outcome, json);
  return outcome.exitCode;
}

/** The value of `--lang xx` or `--lang=xx`; a missing value is left to parseArgs to report. */
function langOption(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else if (arg === '--lang' && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-'))
      value = argv[i + 1];
  }
  return value;
}

/**
 * The command word is the first argument that is neither an option nor the value of --lang, so
 * `casus --json migrate` and `casus --lang en import x.json` work too.
 */
function splitCommand(argv: readonly string[]): { word: string; rest: string[] } {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--lang') index++;
    else if (!arg.startsWith('-'))
      return { word: arg, rest: [...argv.slice(0, index), ...argv.slice(index + 1)] };
  }
  if (argv.includes('--help') || argv.includes('-h'))
    return { word: 'help', rest: argv.filter((a) => a !== '--help' && a !== '-h') };
  throw new UsageError('usage.no-command');
}

function findCommand(word: string, commands: readonly CliCommand[]): CliCommand {
  const command = commands.find((c) => c.name === word);
  if (command) return command;
  const near = commands.find((c) => editDistance(word, c.name) <= 2);
  throw near
    ? new UsageError('usage.unknown-command-near', { word, suggestion: near.name })
    : new UsageError('usage.unknown-command', { word });
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
    throw parseArgsUsageError(error);
  }
  const { min, max } = command.positionals;
  const count = parsed.positionals.length;
  // `casus import --help` asks for help, not for a file.
  if (!parsed.values.help && (count < min || count > max)) {
    throw count < min
      ? new UsageError('usage.missing-argument')
      : new UsageError('usage.unexpected-argument', { argument: parsed.positionals[max] ?? '' });
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

/**
 * node:util reports unknown options and missing or surplus option values as TypeErrors with an
 * ERR_PARSE_ARGS code and an English message; we keep only the option it names.
 */
function parseArgsUsageError(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const option = /'(-[^'\s]+)/.exec(message)?.[1];
  if (option === undefined) return new UsageError('usage.bad-options');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('usage.unknown-option', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message)
      ? new UsageError('usage.option-takes-no-value', { option })
      : new UsageError('usage.option-needs-value', { option });
  }
  return new UsageError('usage.bad-options');
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

function outcomeOfError(error: unknown, name: string, t: CliTranslate): CommandOutcome {
  if (error instanceof UsageError) {
    const message = t(error.key, error.params);
    const usage = name === 'casus' ? t('usage.general') : `casus ${name} --help`;
    return {
      exitCode: EXIT.usage,
      json: { error: { code: 'usage', message } },
      lines: [`casus: ${message}`, t('usage.hint', { usage })],
    };
  }
  if (error instanceof ConfigError) {
    // The problems name environment variables and come from src/config.ts, which the server shares.
    const message = t('error.config');
    return {
      exitCode: EXIT.failure,
      json: { error: { code: 'config', message, problems: error.problems } },
      lines: [`casus: ${message}:`, ...error.problems.map((p) => `  ${p}`)],
    };
  }
  if (error instanceof CodedError) {
    const message = codedMessage(error, t);
    return {
      exitCode: EXIT.failure,
      json: { error: { code: error.code, message } },
      lines: [`casus: ${message}`],
    };
  }
  // Unexpected: one line (a Prisma error can be long); no stack trace for an administrator.
  const message = t('error.unexpected', { reason: errorSummary(error) });
  return {
    exitCode: EXIT.failure,
    json: { error: { code: 'unexpected', message } },
    lines: [`casus: ${message}`],
  };
}

/** A failure the CLI knows by its code, in the user's language; any other in the words it came with. */
function codedMessage(error: CodedError, t: CliTranslate): string {
  const key = `failure.${error.code}`;
  if (!isCliMessageKey(key)) return error.message;
  const { database } = error.params;
  return t(key, {
    ...error.params,
    ...(database === undefined ? {} : { database: databaseName(t, String(database)) }),
  });
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
