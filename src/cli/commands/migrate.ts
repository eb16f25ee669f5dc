import { type CliCommand, EXIT } from '../cli-command.ts';
import { databaseName } from '../i18n/translate.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'command.migrate.summary',
  usage: 'command.migrate.usage',
  details: 'command.migrate.details',
  options: {},
  positionals: { min: 0, max: 0 },
  async run(context) {
    const { db, migrationsApplied } = await context.database();
    const { t } = context;
    const count = migrationsApplied.length;
    const database = databaseName(t, db.kind);
    return {
      exitCode: EXIT.ok,
      json: { database: db.kind, applied: migrationsApplied },
      lines:
        count === 0
          ? [t('migrate.up-to-date', { database })]
          : [
              t(count === 1 ? 'migrate.applied.one' : 'migrate.applied.other', { count, database }),
              ...migrationsApplied.map((m) => `  ${m}`),
            ],
    };
  },
};
