import { formatTimeRange } from '../../app/format-when.ts';
import {
  type ConferenceFacts,
  type ConferenceProtection,
  protectConference,
  type Refusal,
} from '../../app/protection/protect-conference.ts';
import { reasonCode, refusalText } from '../../app/protection/protection-feature.ts';
import { formatLatest, protectionText } from '../../app/protection/protection-views.ts';
import { CANCEL_REASONS, isCancelReason } from '../../domain/conferences/rescue-policy.ts';
import { professionalIdByKey } from '../../infra/db/repositories/action-repository.ts';
import { createProtectionUnitOfWork } from '../../infra/db/repositories/protection-repository.ts';
import { type CliCommand, type CliContext, type CommandOutcome, EXIT, failure } from '../cli-command.ts';
import { usage } from './action.ts';

/**
 * `casus decline|cancel|postpone <household> --as <key>`: the protection of the household's next conference
 * from the command line (docs/protection.md), with the same rules and messages as in chat. Always as a person:
 * who declines, and whether they may cancel or move it, depends on who they are.
 */
interface RescueCli {
  protection: ConferenceProtection;
  requester: { professionalId: string; channel: 'cli' };
  conferenceId: string;
  now: Date;
  timeZone: string;
}

async function openRescueCli(
  context: CliContext,
  reference: string,
  as: string | boolean | undefined,
): Promise<RescueCli | CommandOutcome> {
  const t = (key: Parameters<typeof protectionText>[1], params?: Record<string, string>) =>
    protectionText(context.locale, key, params);
  if (typeof as !== 'string' || as === '') return usage('as-required', t('cli.as-required'));
  const { db } = await context.database();
  const config = context.config();
  const professionalId = await professionalIdByKey(db.prisma, as);
  if (!professionalId) return failure('unknown-professional', t('cli.unknown-professional', { key: as }));
  const timeZone = config.scheduling.timeZone;
  const protection = protectConference({
    work: createProtectionUnitOfWork(db.prisma, {
      publicUrl: config.server.publicUrl,
      timeZone,
      defaultLocale: config.locale,
    }),
    defaultLocale: config.locale,
    timeZone,
  });
  const now = context.clock.now();
  const requester = { professionalId, channel: 'cli' as const };
  const conferenceId = await protection.nextConference({ reference, requester, now });
  if (!conferenceId) return failure('no-conference', t('refusal.no-conference', { reference }));
  return { protection, requester, conferenceId, now, timeZone };
}

const conferenceJson = (c: ConferenceFacts) => ({
  id: c.id,
  households: c.references,
  startsAt: c.startsAt.toISOString(),
  endsAt: c.endsAt.toISOString(),
  location: c.location,
});

function refused(context: CliContext, refusal: Refusal): CommandOutcome {
  return failure(refusal.kind, refusalText(refusal, context.locale));
}

export const declineCommand: CliCommand = {
  name: 'decline',
  summary: 'command.decline.summary',
  usage: 'command.decline.usage',
  details: 'command.decline.details',
  options: { as: { type: 'string' }, reason: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const cli = await openRescueCli(context, positionals[0] ?? '', values.as);
    if ('exitCode' in cli) return cli;
    const said = typeof values.reason === 'string' ? values.reason.trim() : '';
    // A reason in either language becomes its code (ziek, ill → ziekte); other words are kept as typed.
    const reason = said ? reasonCode(said) : null;
    const result = await cli.protection.decline({
      conferenceId: cli.conferenceId,
      professionalId: cli.requester.professionalId,
      reason,
      now: cli.now,
      channel: 'cli',
    });
    if (result.kind !== 'covered' && result.kind !== 'gap') return refused(context, result);
    const { locale } = context;
    const t = (key: Parameters<typeof protectionText>[1], params?: Record<string, string>) =>
      protectionText(locale, key, params);
    const when = formatTimeRange(result.conference.startsAt, result.conference.endsAt, locale, cli.timeZone);
    const references = result.conference.references.join(', ');
    const lines = result.unchanged
      ? [t('answer.declined.unchanged', { references })]
      : result.kind === 'covered'
        ? [t('answer.declined.covered', { references, when })]
        : [
            result.asked.length > 0
              ? t('answer.declined.gap', {
                  references,
                  when,
                  asked: result.asked.map((p) => p.name).join(', '),
                })
              : t('answer.declined.gap-nobody', { references, when }),
            ...(result.deputies.length > 0
              ? result.deputies.map((d) => `  ${t('rescue.deputies')}: ${d.name} (${t(`deputy.${d.kind}`)})`)
              : [`  ${t('rescue.no-deputies', { discipline: result.discipline })}`]),
          ];
    return {
      exitCode: EXIT.ok,
      json: {
        conference: conferenceJson(result.conference),
        step: result.kind,
        unchanged: result.unchanged,
        frozen: result.frozen,
        discipline: result.discipline,
        ...(result.kind === 'covered'
          ? { coveredBy: result.coveredBy.map((p) => p.name) }
          : {
              deputies: result.deputies.map((d) => ({ key: d.key, name: d.name, kind: d.kind })),
              asked: result.asked.map((p) => p.name),
            }),
      },
      lines,
    };
  },
};

export const cancelCommand: CliCommand = {
  name: 'cancel',
  summary: 'command.cancel.summary',
  usage: 'command.cancel.usage',
  details: 'command.cancel.details',
  helpParams: { reasons: CANCEL_REASONS.join(', ') },
  options: { as: { type: 'string' }, reason: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const reason = values.reason;
    if (typeof reason !== 'string' || !isCancelReason(reason))
      return usage(
        'bad-reason',
        protectionText(context.locale, 'cli.bad-reason', {
          value: String(reason ?? ''),
          reasons: CANCEL_REASONS.join(', '),
        }),
      );
    const cli = await openRescueCli(context, positionals[0] ?? '', values.as);
    if ('exitCode' in cli) return cli;
    const result = await cli.protection.cancel({
      conferenceId: cli.conferenceId,
      reason,
      requester: cli.requester,
      now: cli.now,
    });
    if (result.kind !== 'cancelled-now') return refused(context, result);
    const t = (key: Parameters<typeof protectionText>[1], params?: Record<string, string>) =>
      protectionText(context.locale, key, params);
    const references = result.conference.references.join(', ');
    const said = t(`reason.${result.reason}`);
    return {
      exitCode: EXIT.ok,
      json: {
        conference: { ...conferenceJson(result.conference), status: 'cancelled', reason: result.reason },
        planClosed: result.planClosed,
      },
      lines: [
        t(result.planClosed ? 'answer.cancelled-plan-closed' : 'answer.cancelled', {
          references,
          reason: said,
        }),
      ],
    };
  },
};

export const postponeCommand: CliCommand = {
  name: 'postpone',
  summary: 'command.postpone.summary',
  usage: 'command.postpone.usage',
  details: 'command.postpone.details',
  options: { as: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const cli = await openRescueCli(context, positionals[0] ?? '', values.as);
    if ('exitCode' in cli) return cli;
    const result = await cli.protection.rescue({
      conferenceId: cli.conferenceId,
      choice: { kind: 'postpone' },
      requester: cli.requester,
      now: cli.now,
    });
    const { locale } = context;
    const show = { locale, timeZone: cli.timeZone };
    if (result.kind === 'no-slot')
      return failure(
        'no-slot',
        protectionText(locale, 'answer.no-slot', { latest: formatLatest(result.latest, show) }),
      );
    if (result.kind !== 'postponed') {
      if (
        result.kind === 'stale' ||
        result.kind === 'deputy-unavailable' ||
        result.kind === 'deputy-added' ||
        result.kind === 'made-online'
      )
        return failure(result.kind, protectionText(locale, 'answer.stale'));
      return refused(context, result);
    }
    return {
      exitCode: EXIT.ok,
      json: {
        conference: conferenceJson(result.conference),
        from: result.from.toISOString(),
        delayWorkingDays: result.delayWorkingDays,
      },
      lines: [
        protectionText(locale, result.delayWorkingDays === 1 ? 'answer.postponed-one' : 'answer.postponed', {
          references: result.conference.references.join(', '),
          when: formatTimeRange(result.conference.startsAt, result.conference.endsAt, locale, cli.timeZone),
          days: String(result.delayWorkingDays),
        }),
      ],
    };
  },
};
