import { isoWithOffset } from '../../app/planning/iso-with-offset.ts';
import { proposeConference } from '../../app/planning/propose-conference.ts';
import { DEFAULT_EXPERTISE_RULES } from '../../domain/expertise/expertise-rules.ts';
import { createPlanningStore } from '../../infra/db/repositories/planning-repository.ts';
import { type CliCommand, EXIT, failure } from '../cli-command.ts';

/** Horizon and length of a case conference until teams can set their own. */
const HORIZON_WORKING_DAYS = 15;
const DURATION_MINUTES = 90;

/** `casus plan <ref> [--from YYYY-MM-DD]`: who must be at the table and the three earliest common slots. */
export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'command.plan.summary',
  usage: 'command.plan.usage',
  details: 'command.plan.details',
  options: { from: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const { t } = context;
    const reference = positionals[0] ?? '';
    const fromText = values.from;
    if (typeof fromText === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(fromText)) {
      return {
        exitCode: EXIT.usage,
        json: { error: { code: 'bad-from' } },
        lines: [t('plan.bad-from', { value: fromText })],
      };
    }
    const { db } = await context.database();
    const timeZone = context.config().scheduling.timeZone;
    const store = createPlanningStore(db.prisma);
    const matches = await store.findHouseholds(reference);
    if (matches.length !== 1) {
      const key = matches.length === 0 ? 'plan.unknown-household' : 'plan.ambiguous-household';
      const message = t(key, { reference });
      return failure(matches.length === 0 ? 'unknown-household' : 'ambiguous-household', message, [message]);
    }
    const from = typeof fromText === 'string' ? new Date(`${fromText}T00:00:00Z`) : context.clock.now();
    const proposal = await proposeConference({
      household: matches[0]!,
      store,
      rules: DEFAULT_EXPERTISE_RULES,
      from,
      timeZone,
      horizonWorkingDays: HORIZON_WORKING_DAYS,
      durationMinutes: DURATION_MINUTES,
    });
    const slots = proposal.slots.map((s) => ({
      start: isoWithOffset(s.start, timeZone),
      end: isoWithOffset(s.end, timeZone),
    }));
    const { gapDetails: _details, ...rest } = proposal;
    return {
      exitCode: EXIT.ok,
      json: { ...rest, slots },
      lines: [
        t('plan.heading', { reference: proposal.household }),
        t('plan.required', { disciplines: proposal.required.join(', ') || '—' }),
        ...proposal.attendees.map((a) =>
          t(a.alreadyInvolved ? 'plan.attendee-involved' : 'plan.attendee-new', {
            name: a.name,
            discipline: a.discipline ?? '—',
          }),
        ),
        ...proposal.gapDetails.map((g) => t(`plan.gap.${g.reason}`, { discipline: g.discipline })),
        ...(slots.length === 0 ? [t('plan.no-slots')] : slots.map((s) => t('plan.slot', s))),
      ],
    };
  },
};
