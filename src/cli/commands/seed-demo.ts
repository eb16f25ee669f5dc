import { DEMO_TEAM_SLUG } from '../../infra/demo/demo-team.ts';
import { seedDemo } from '../../infra/demo/seed-demo.ts';
import { type CliCommand, EXIT, failure } from '../cli-command.ts';
import { countLines } from '../import-report.ts';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: 'add the fictional demo team "Buurtteam Oost" to an empty database',
  usage: '[--force] [--json]',
  details: [
    'The server does this by itself when it starts on an empty database (no teams).',
    'Refuses when the database already has teams, so the demo never mixes with real ones by accident;',
    `--force adds the demo team (slug "${DEMO_TEAM_SLUG}") anyway, or puts an edited demo back as it was.`,
    'Running it again changes nothing.',
  ],
  options: { force: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(context, { values }) {
    const { db, migrationsApplied } = await context.database();
    const config = context.config();
    const result = await seedDemo(db, {
      clock: context.clock,
      timeZone: config.scheduling.timeZone,
      onlyIfEmpty: values.force !== true,
    });
    if (result.status === 'not-empty') {
      const message =
        'The database already has teams, so the demo team was not added. Use --force to add it anyway.';
      return failure('not-empty', message, [message], { migrationsApplied });
    }
    if (result.status !== 'imported') throw new Error(`unexpected demo import status ${result.status}`);
    const { created, updated } = result.totals;
    return {
      exitCode: EXIT.ok,
      json: { team: DEMO_TEAM_SLUG, migrationsApplied, counts: result.counts, totals: result.totals },
      lines: [
        created + updated === 0
          ? `The demo team "${DEMO_TEAM_SLUG}" is already there, unchanged.`
          : `Seeded the fictional demo team "${DEMO_TEAM_SLUG}" (Buurtteam Oost):`,
        ...countLines(result.counts),
      ],
    };
  },
};
