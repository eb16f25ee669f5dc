import { formatDay } from '../../app/format-when.ts';
import { professionalIdByKey } from '../../infra/db/repositories/action-repository.ts';
import { type CliCommand, EXIT, failure } from '../cli-command.ts';
import { actionCliText } from '../i18n/action-cli-text.ts';
import { openActionCli, problemsOutcome, usage } from './action.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `casus absence <key> --from YYYY-MM-DD --to YYYY-MM-DD [--deputy <key>] [--as <key>] [--json]`: leave for a
 * professional, both days included. Planning leaves them out on those days, and their action reminders go to the
 * deputy (or else the coordinator). Without --as the operator records it; with --as only the person themself
 * or a coach of their team may.
 */
export const absenceCommand: CliCommand = {
  name: 'absence',
  summary: 'command.absence.summary',
  usage: 'command.absence.usage',
  details: 'command.absence.details',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    deputy: { type: 'string' },
    as: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const say = (key: Parameters<typeof actionCliText>[1], params?: Record<string, string | number>) =>
      actionCliText(context.locale, key, params);
    for (const option of ['from', 'to'] as const) {
      const value = values[option];
      if (typeof value !== 'string' || !DATE.test(value))
        return usage('bad-date', say('bad-date', { option: `--${option}`, value: String(value ?? '') }));
    }
    const cli = await openActionCli(context, values.as);
    if ('exitCode' in cli) return cli;
    const key = positionals[0] ?? '';
    const personId = await professionalIdByKey(cli.prisma, key);
    if (!personId) return failure('unknown-professional', say('unknown-professional', { key }));
    let deputyId: string | undefined;
    if (typeof values.deputy === 'string') {
      deputyId = await professionalIdByKey(cli.prisma, values.deputy);
      if (!deputyId)
        return failure('unknown-professional', say('unknown-professional', { key: values.deputy }));
    }
    const outcome = await cli.book.recordAbsence(
      { personId, from: values.from as string, to: values.to as string, ...(deputyId ? { deputyId } : {}) },
      cli.context,
    );
    if (!outcome.ok) return problemsOutcome(cli, outcome.problems);
    const { absence } = outcome;
    return {
      exitCode: EXIT.ok,
      json: {
        absence: {
          id: absence.id,
          professional: absence.person.key,
          from: absence.from,
          to: absence.to,
          deputy: absence.deputy?.key ?? null,
        },
      },
      lines: [
        say('absence.recorded', {
          name: absence.person.name,
          from: formatDay(absence.from, context.locale),
          to: formatDay(absence.to, context.locale),
        }),
        ...(absence.deputy ? [say('absence.deputy', { name: absence.deputy.name })] : []),
      ],
    };
  },
};
