import { countJobsByStatus, listFailedJobs } from '../../infra/jobs/job-inspection.ts';
import { type CliCommand, EXIT } from '../cli-command.ts';

/** Timed work kept for inspection: how many jobs are in each state, and the failed ones with their error. */
export const jobsCommand: CliCommand = {
  name: 'jobs',
  summary: 'command.jobs.summary',
  usage: 'command.jobs.usage',
  details: 'command.jobs.details',
  options: { limit: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(context, args) {
    const { t } = context;
    const limit = Number(args.values.limit ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      return {
        exitCode: EXIT.usage,
        json: { error: { code: 'bad-limit' } },
        lines: [t('jobs.bad-limit', { value: String(args.values.limit) })],
      };
    }
    const { db } = await context.database();
    const counts = await countJobsByStatus(db);
    const failed = await listFailedJobs(db, { limit });
    return {
      exitCode: EXIT.ok,
      json: { counts, failed },
      lines: [
        t('jobs.counts', counts),
        ...(failed.length === 0
          ? [t('jobs.none-failed')]
          : [
              t('jobs.failed-heading', { shown: failed.length }),
              ...failed.map((job) =>
                t('jobs.failed-line', {
                  name: job.name,
                  key: job.key,
                  attempts: job.attempts,
                  at: job.runAt.toISOString(),
                  error: job.lastError ?? '',
                }),
              ),
            ]),
      ],
    };
  },
};
