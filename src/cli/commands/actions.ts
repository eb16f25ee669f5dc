import type { ListedAction } from '../../app/actions/action-book.ts';
import { formatDay } from '../../app/format-when.ts';
import type { Locale } from '../../domain/locale.ts';
import { professionalIdByKey } from '../../infra/db/repositories/action-repository.ts';
import { type CliCommand, EXIT, failure } from '../cli-command.ts';
import { type ActionCliKey, actionCliText } from '../i18n/action-cli-text.ts';
import { openActionCli } from './action.ts';

/**
 * `casus actions [--team <slug>] [--owner <key>] [--overdue] [--json]`: open and blocked actions, overdue first,
 * then by due date, with the office working days each blocked one has waited. No care content: household
 * references, owners' keys, dates and states.
 */
export const actionsCommand: CliCommand = {
  name: 'actions',
  summary: 'command.actions.summary',
  usage: 'command.actions.usage',
  details: 'command.actions.details',
  options: { team: { type: 'string' }, owner: { type: 'string' }, overdue: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(context, { values }) {
    const cli = await openActionCli(context, undefined);
    if ('exitCode' in cli) return cli;
    const { say } = cli;
    let teamId: string | undefined;
    if (typeof values.team === 'string') {
      const slug = values.team;
      teamId = (await cli.prisma.team.findUnique({ where: { slug }, select: { id: true } }))?.id;
      if (!teamId) return failure('unknown-team', say('unknown-team', { slug }));
    }
    let ownerId: string | undefined;
    if (typeof values.owner === 'string') {
      ownerId = await professionalIdByKey(cli.prisma, values.owner);
      if (!ownerId)
        return failure('unknown-professional', say('unknown-professional', { key: values.owner }));
    }
    const actions = await cli.book.listActions({
      today: cli.today,
      ...(teamId ? { teamId } : {}),
      ...(ownerId ? { ownerId } : {}),
      ...(values.overdue === true ? { overdue: true } : {}),
    });
    return {
      exitCode: EXIT.ok,
      json: {
        actions: actions.map((a) => ({
          id: a.id,
          household: a.householdReference,
          owner: a.owner.key,
          dueOn: a.dueOn,
          status: a.status,
          blockedDays: a.blockedDays,
          overdue: a.dueOn < cli.today,
        })),
      },
      lines:
        actions.length === 0
          ? [say('list.empty')]
          : [say('list.heading', { count: actions.length }), ...table(actions, context.locale, cli.today)],
    };
  },
};

/** Aligned columns: due, household, owner, status, days blocked, id. */
function table(actions: readonly ListedAction[], locale: Locale, today: string): string[] {
  const say = (key: ActionCliKey) => actionCliText(locale, key);
  const head = (
    [
      'column.due',
      'column.household',
      'column.owner',
      'column.status',
      'column.blocked-days',
      'column.id',
    ] as const
  ).map(say);
  const rows = actions.map((a) => [
    `${formatDay(a.dueOn, locale)}${a.dueOn < today ? ` (${say('overdue')})` : ''}`,
    a.householdReference,
    a.owner.name,
    say(`status.${a.status}`),
    a.status === 'blocked' ? String(a.blockedDays) : '',
    a.id,
  ]);
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const format = (cells: string[]) =>
    `  ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`;
  return [format(head), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)];
}
