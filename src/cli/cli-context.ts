import { type Clock, systemClock } from '../app/ports/clock.ts';
import { type Config, loadConfig } from '../config.ts';
import { CodedError } from '../infra/coded-error.ts';
import { type Database, databaseTarget, openDatabase } from '../infra/db/database.ts';
import { applyMigrations } from '../infra/db/migrations.ts';
import { type CliCommand, type CliContext, errorSummary } from './cli-command.ts';
import { type Locale, translateCli } from './i18n/translate.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  clock?: Clock;
}

/** A context whose configuration and database open lazily, so `casus help` needs neither. */
export function createCliContext(
  io: CliIo,
  commands: readonly CliCommand[],
  { json, locale }: { json: boolean; locale: Locale },
): CliContext & { close(): Promise<void> } {
  let config: Config | undefined;
  let opened: Promise<{ db: Database; migrationsApplied: string[] }> | undefined;
  const context: CliContext & { close(): Promise<void> } = {
    env: io.env,
    cwd: io.cwd,
    clock: io.clock ?? systemClock,
    commands,
    locale,
    t: (key, params) => translateCli(locale, key, params),
    config() {
      config ??= loadConfig(io.env);
      return config;
    },
    database() {
      opened ??= (async () => {
        const { database } = context.config();
        const db = await openDatabase(databaseTarget(database.url, database.dataDir));
        try {
          await checkConnection(db);
          // Every command brings the schema up to date first, as the server does at start.
          const migrationsApplied = await applyMigrations(db);
          for (const name of migrationsApplied) context.progress(context.t('migrate.progress', { name }));
          return { db, migrationsApplied };
        } catch (error) {
          await db.close();
          throw error;
        }
      })();
      return opened;
    },
    progress(line: string) {
      if (!json) io.stderr(`${line}\n`);
    },
    async close() {
      const current = opened;
      opened = undefined;
      if (current)
        await current.then(
          ({ db }) => db.close(),
          () => undefined,
        );
    },
  };
  return context;
}

/**
 * One trivial query before the migrations, so an unreachable server or a refused login is reported as such
 * (the schema engine's own error for it carries no code to recognise it by).
 */
async function checkConnection(db: Database): Promise<void> {
  try {
    await db.prisma.$executeRawUnsafe('SELECT 1');
  } catch (error) {
    const reason = errorSummary(error);
    throw new CodedError(
      'database-unavailable',
      `cannot use the ${db.kind} database: ${reason}; check DATABASE_URL (unset means the embedded database in DATA_DIR)`,
      { cause: error, params: { database: db.kind, reason } },
    );
  }
}
