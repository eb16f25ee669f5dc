import { isoWithOffset } from '../../app/planning/iso-with-offset.ts';
import { LOCATIONS } from '../../app/planning/proposal-view.ts';
import { type ConferenceProposal, planConference } from '../../app/planning/propose-conference.ts';
import type { ConferenceLocation, PublishedBusyReader } from '../../app/ports/planning-store.ts';
import { readPublishedBusy } from '../../infra/calendar/published-busy.ts';
import { createPlanningStore } from '../../infra/db/repositories/planning-repository.ts';
import { type CliCommand, type CliContext, type CommandOutcome, EXIT } from '../cli-command.ts';
import { openCliHousehold } from '../cli-household.ts';

/** --location, or a usage outcome naming what was wrong. */
export function parseLocation(
  context: CliContext,
  value: string | boolean | undefined,
): ConferenceLocation | CommandOutcome {
  if (value === undefined) return 'office';
  if (typeof value === 'string' && (LOCATIONS as readonly string[]).includes(value)) {
    return value as ConferenceLocation;
  }
  return {
    exitCode: EXIT.usage,
    json: { error: { code: 'bad-location' } },
    lines: [context.t('plan.bad-location', { value: String(value) })],
  };
}

/** Proposal attendees as the JSON: `required` is false for optional attendees. */
export function attendeesJson(proposal: ConferenceProposal) {
  return proposal.attendees.map((a) => ({
    professional: a.professional,
    name: a.name,
    discipline: a.discipline,
    required: a.role !== 'optional',
    alreadyInvolved: a.alreadyInvolved,
    role: a.role,
  }));
}

export function slotsJson(proposal: ConferenceProposal, timeZone: string) {
  return proposal.slots.map((s) => ({
    start: isoWithOffset(s.start, timeZone),
    end: isoWithOffset(s.end, timeZone),
  }));
}

/** The proposal as lines for people. */
export function proposalLines(context: CliContext, proposal: ConferenceProposal, timeZone: string): string[] {
  const { t } = context;
  const helpers = proposal.tooManyHelpers;
  return [
    t('plan.heading', { reference: proposal.household }),
    t('plan.required', { disciplines: proposal.required.join(', ') || '—' }),
    ...(helpers ? [t('plan.consolidation', { count: helpers.involved })] : []),
    ...(helpers?.suggestedCoordinator
      ? [t('plan.suggested-coordinator', { name: helpers.suggestedCoordinator.name })]
      : []),
    ...proposal.attendees.map((a) =>
      t(
        a.role === 'optional'
          ? 'plan.attendee-optional'
          : a.alreadyInvolved
            ? 'plan.attendee-involved'
            : 'plan.attendee-new',
        { name: a.name, discipline: (a.covers.length > 0 ? a.covers : [a.discipline ?? '—']).join(', ') },
      ),
    ),
    ...proposal.gapDetails.map((g) => t(`plan.gap.${g.reason}`, { discipline: g.discipline })),
    ...(proposal.residentInvited ? [t('plan.invited-resident')] : []),
    ...(proposal.networkInvited ? [t('plan.invited-network')] : []),
    ...(proposal.unreadableCalendars.length > 0
      ? [
          t('plan.unreadable-calendars', {
            names: proposal.unreadableCalendars.map((p) => p.name).join(', '),
          }),
        ]
      : []),
    ...(proposal.slots.length === 0
      ? [t('plan.no-slots', { days: proposal.horizonWorkingDays })]
      : slotsJson(proposal, timeZone).map((s) => t('plan.slot', s))),
  ];
}

/**
 * `casus plan <ref> [--from YYYY-MM-DD] [--location …] [--team <slug>]`: who must be at the table, who may
 * join, and the three best slots (see docs/planning.md).
 */
export function createPlanCommand(deps: { readPublishedBusy?: PublishedBusyReader } = {}): CliCommand {
  return {
    name: 'plan',
    summary: 'command.plan.summary',
    usage: 'command.plan.usage',
    details: 'command.plan.details',
    options: {
      from: { type: 'string' },
      location: { type: 'string' },
      team: { type: 'string' },
      as: { type: 'string' },
    },
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
      const location = parseLocation(context, values.location);
      if (typeof location !== 'string') return location;
      const { db } = await context.database();
      const timeZone = context.config().scheduling.timeZone;
      const store = createPlanningStore(db.prisma);
      const opened = await openCliHousehold(context, db.prisma, store, {
        reference,
        team: values.team,
        as: values.as,
        kind: 'proposal',
      });
      if ('exitCode' in opened) return opened;
      const { household } = opened;
      const settings = await store.settings(household.teamId);
      // --from is the first day to look at; without it, the team's notice period counts from now (and a
      // follow-up from the last conference's date plus the follow-up interval).
      const { proposal } = await planConference({
        household,
        store,
        settings,
        now: context.clock.now(),
        ...(typeof fromText === 'string' ? { from: new Date(`${fromText}T00:00:00Z`) } : {}),
        timeZone,
        location,
        ...(deps.readPublishedBusy ? { readPublishedBusy: deps.readPublishedBusy } : {}),
      });
      return {
        exitCode: EXIT.ok,
        json: {
          household: proposal.household,
          required: proposal.required,
          attendees: attendeesJson(proposal),
          gaps: proposal.gaps,
          slots: slotsJson(proposal, timeZone),
          kind: proposal.kind,
          location: proposal.location,
          residentInvited: proposal.residentInvited,
          networkInvited: proposal.networkInvited,
          unreadableCalendars: proposal.unreadableCalendars.map((p) => p.name),
        },
        lines: proposalLines(context, proposal, timeZone),
      };
    },
  };
}

export const planCommand: CliCommand = createPlanCommand({ readPublishedBusy });
