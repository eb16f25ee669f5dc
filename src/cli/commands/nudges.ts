import { type DecidedMessage, planNudges, sweepNudges } from '../../app/actions/send-nudges.ts';
import { nudgeReport } from '../../domain/actions/nudge-policy.ts';
import {
  createNudgeStore,
  createNudgeUnitOfWork,
  nudgeParallelUnits,
} from '../../infra/actions/nudge-repository.ts';
import { type CliCommand, EXIT } from '../cli-command.ts';

/**
 * `casus nudges [--at <ISO time>] [--dry-run] [--json]`: exactly what the nudge sweep sends at that moment, and
 * to whom — `{ at, messages: [{ to, kind, actions }] }` (nudgeReport, with `to` the recipient's roster key),
 * each message also with `toName` and its `items` (action, household reference, step, instead of whom). With
 * --dry-run nothing is written; without it the same sweep as the `actions.nudge` job runs and sends. Action
 * texts are never printed. Messages are listed by roster key.
 */
export const nudgesCommand: CliCommand = {
  name: 'nudges',
  summary: 'command.nudges.summary',
  usage: 'command.nudges.usage',
  details: 'command.nudges.details',
  options: { at: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(context, { values }) {
    const { t } = context;
    const at = typeof values.at === 'string' ? parseMoment(values.at) : context.clock.now();
    if (at === null) {
      const message = t('nudges.bad-at', { value: String(values.at) });
      return { exitCode: EXIT.usage, json: { error: { code: 'bad-at', message } }, lines: [message] };
    }
    const dryRun = values['dry-run'] === true;
    const config = context.config();
    const { db } = await context.database();
    const store = createNudgeStore(db.prisma, { timeZone: config.scheduling.timeZone });
    const deps = { store, defaultLocale: config.locale };
    const decided = (
      dryRun
        ? await planNudges(deps, at)
        : await sweepNudges(
            { ...deps, work: createNudgeUnitOfWork(db.prisma, { parallelUnits: nudgeParallelUnits(db) }) },
            at,
          )
    ).sort(
      // By roster key, as administrators know people; a nudge before an escalation.
      (a, b) =>
        a.recipient.key.localeCompare(b.recipient.key) || a.message.kind.localeCompare(b.message.kind),
    );

    const report = nudgeReport(
      at,
      decided.map((d) => d.message),
    );
    const messages = report.messages.map((message, i) => describe(decided[i]!, message.actions));
    const heading = t(dryRun ? 'nudges.heading.dry-run' : 'nudges.heading.sent', {
      at: report.at,
      count: messages.length,
    });
    return {
      exitCode: EXIT.ok,
      json: { at: report.at, dryRun, messages },
      lines: [
        heading,
        ...(messages.length === 0
          ? [t('nudges.none')]
          : messages.map((message) =>
              t('nudges.message', {
                name: message.toName,
                key: message.to,
                kind: t(`nudges.kind.${message.kind}`),
                items: message.items
                  .map((item) =>
                    item.insteadOf === null
                      ? t('nudges.item', { reference: item.household, step: item.step })
                      : t('nudges.item.instead-of', {
                          reference: item.household,
                          step: item.step,
                          key: item.insteadOf,
                        }),
                  )
                  .join(', '),
              }),
            )),
      ],
    };
  },
};

/** One message as `--json` reports it: nudgeReport's fields, `to` as the roster key, and the items. */
function describe({ message, recipient, insteadOf }: DecidedMessage, actions: string[]) {
  return {
    to: recipient.key,
    toName: recipient.name,
    kind: message.kind,
    actions,
    items: message.items.map((item, i) => ({
      action: item.actionId,
      household: item.householdReference,
      step: item.step,
      insteadOf: insteadOf[i] ?? null,
    })),
  };
}

/** An ISO moment with a date and a time (a zone or Z; without one it is read as UTC); null otherwise. */
function parseMoment(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const moment = new Date(withZone);
  return Number.isNaN(moment.getTime()) ? null : moment;
}
