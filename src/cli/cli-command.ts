import type { ParseArgsConfig } from 'node:util';
import type { Clock } from '../app/ports/clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../infra/db/database.ts';
import type { CliMessageKey, CliTranslate, Locale, MessageParams } from './i18n/translate.ts';

/** 0 done, 1 the command failed (bad file, database down, bad configuration), 2 the command line is wrong. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/**
 * One `casus <name>` subcommand; adding one is a file in src/cli/commands/ plus a line in command-table.ts.
 * Its help texts are keys of the CLI catalogues (src/cli/i18n/), in English and Dutch.
 */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: CliMessageKey;
  /** Arguments and options after the name, e.g. `<file>... [--format json|csv]`. */
  usage: CliMessageKey;
  /** More help lines, shown by `casus help <name>`. */
  details?: CliMessageKey;
  /** Values for the placeholders of the help texts. */
  helpParams?: MessageParams;
  /** Options besides the global --json and --help. */
  options: OptionSpec;
  positionals: { min: number; max: number };
  run(context: CliContext, args: CliArgs): Promise<CommandOutcome>;
}

export interface CliArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * What a command reports, in both forms: `json` becomes the one JSON document of --json (the runner adds
 * `ok` and `command`), `lines` the human text (stdout on success, stderr on failure).
 */
export interface CommandOutcome {
  exitCode: ExitCode;
  json: Record<string, unknown>;
  lines: string[];
}

export interface CliContext {
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
  readonly clock: Clock;
  readonly commands: readonly CliCommand[];
  /** The language of every message: --lang, else LOCALE, else Dutch. */
  readonly locale: Locale;
  /** A message of the CLI catalogues in `locale`. */
  readonly t: CliTranslate;
  /** The configuration, parsed on first use (a ConfigError stops the command with exit code 1). */
  config(): Config;
  /** The database, opened and brought up to date on first use; the runner closes it. */
  database(): Promise<{ db: Database; migrationsApplied: string[] }>;
  /** A progress line for people (stderr); silent with --json, which keeps stdout one JSON document. */
  progress(line: string): void;
}

/** The command line is wrong: exit code 2 with the usage. The message is said in the user's language. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    readonly key: CliMessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

/** Outcome of a command that could not do what was asked. */
export function failure(
  code: string,
  message: string,
  lines: string[] = [message],
  json: Record<string, unknown> = {},
): CommandOutcome {
  return { exitCode: EXIT.failure, json: { error: { code, message }, ...json }, lines };
}

/**
 * One line that says what went wrong. Prisma puts "Invalid `prisma.x()` invocation:" and a code frame first
 * and the reason last; other errors lead with the reason.
 */
export function errorSummary(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines[0] ?? (error instanceof Error ? error.name : typeof error);
  return /^Invalid `.*` invocation/.test(first) ? (lines.at(-1) ?? first) : first;
}
