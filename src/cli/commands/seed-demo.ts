import { DEMO_TEAM_SLUG } from '../../infra/demo/demo-team.ts';
import { seedDemo } from '../../infra/demo/seed-demo.ts';
import { type CliCommand, EXIT, failure } from '../cli-command.ts';
import { countLines } from '../import-report.ts';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: 'command.seed-demo.summary',
  usage: 'command.seed-demo.usage',
  details: 'command.seed-demo.details',
  helpParams: { slug: DEMO_TEAM_SLUG },
  options: { force: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(context, { values }) {
    const { db, migrationsApplied } = await context.database();
    const { t } = context;
    const config = context.config();
    const result = await seedDemo(db, {
      clock: context.clock,
      timeZone: config.scheduling.timeZone,
      onlyIfEmpty: values.force !== true,
    });
    if (result.status === 'not-empty') {
      const message = t('seed-demo.not-empty');
      return failure('not-empty', message, [message], { migrationsApplied });
    }
    if (result.status !== 'imported') throw new Error(`unexpected demo import status ${result.status}`);
    const { created, updated } = result.totals;
    return {
      exitCode: EXIT.ok,
      json: { team: DEMO_TEAM_SLUG, migrationsApplied, counts: result.counts, totals: result.totals },
      lines: [
        t(created + updated === 0 ? 'seed-demo.unchanged' : 'seed-demo.seeded', { slug: DEMO_TEAM_SLUG }),
        ...countLines(t, result.counts),
      ],
    };
  },
};
