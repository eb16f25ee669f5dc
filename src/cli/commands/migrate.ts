import { type CliCommand, EXIT } from '../cli-command.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'apply the database migrations that have not been applied yet',
  usage: '[--json]',
  details: [
    'Safe to run any time: migrations already applied are skipped. The server also does this at start.',
  ],
  options: {},
  positionals: { min: 0, max: 0 },
  async run(context) {
    const { db, migrationsApplied } = await context.database();
    const count = migrationsApplied.length;
    return {
      exitCode: EXIT.ok,
      json: { database: db.kind, applied: migrationsApplied },
      lines:
        count === 0
          ? [`The ${db.kind} database is up to date: no migrations to apply.`]
          : [
              `Applied ${count} migration${count === 1 ? '' : 's'} to the ${db.kind} database:`,
              ...migrationsApplied.map((m) => `  ${m}`),
            ],
    };
  },
};
