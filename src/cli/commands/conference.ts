import type { LedgerConference, LedgerEntry } from '../../app/conferences/conference-ledger-store.ts';
import { listHouseholdConferences } from '../../app/conferences/list-household-conferences.ts';
import { formatInstant, formatTimeRange } from '../../app/format-when.ts';
import { isoWithOffset } from '../../app/planning/iso-with-offset.ts';
import { createConferenceLedgerReader } from '../../infra/conferences/conference-ledger-repository.ts';
import { createPlanningStore } from '../../infra/db/repositories/planning-repository.ts';
import { type CliCommand, type CliContext, EXIT } from '../cli-command.ts';
import { openCliHousehold } from '../cli-household.ts';
import { type ProtectionCliKey, protectionCliText } from '../i18n/protection-cli-text.ts';

/**
 * `casus conference <ref> [--team <slug>] [--as <key>] [--json]`: the household's case conferences, upcoming
 * first (soonest first), then earlier ones (latest first), each with its attendees and their answers and its
 * protection ledger (declines, rescue steps, postponements, cancellation). Through the household door like
 * every CLI read: as the operator, or with --as as that professional, logged in the access log (kind
 * `conference`).
 */
export const conferenceCommand: CliCommand = {
  name: 'conference',
  summary: 'command.conference.summary',
  usage: 'command.conference.usage',
  details: 'command.conference.details',
  options: { team: { type: 'string' }, as: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const reference = positionals[0] ?? '';
    const { db } = await context.database();
    const timeZone = context.config().scheduling.timeZone;
    const opened = await openCliHousehold(context, db.prisma, createPlanningStore(db.prisma), {
      reference,
      team: values.team,
      as: values.as,
      kind: 'conference',
    });
    if ('exitCode' in opened) return opened;
    const { household } = opened;
    const { upcoming, earlier } = await listHouseholdConferences(
      { store: createConferenceLedgerReader(db.prisma) },
      { householdId: household.id, now: context.clock.now() },
    );
    const iso = (instant: Date) => isoWithOffset(instant.getTime() / 60_000, timeZone);
    const json = (conference: LedgerConference, isUpcoming: boolean) => ({
      id: conference.id,
      startsAt: iso(conference.startsAt),
      endsAt: iso(conference.endsAt),
      ...(conference.plannedStartsAt && conference.plannedStartsAt.getTime() !== conference.startsAt.getTime()
        ? { plannedStartsAt: iso(conference.plannedStartsAt) }
        : {}),
      status: conference.status,
      kind: conference.kind,
      location: conference.location,
      shortened: conference.shortened,
      upcoming: isUpcoming,
      attendees: conference.attendees.map((a) => ({
        key: a.key,
        name: a.name,
        role: a.role,
        discipline: a.discipline,
        rsvp: a.rsvp,
        ...(a.deputyFor !== null ? { deputyFor: a.deputyFor } : {}),
        ...(a.declineReason !== null ? { declineReason: a.declineReason } : {}),
      })),
      events: conference.events.map((e) => ({
        kind: e.kind,
        at: iso(e.at),
        ...(e.who !== null ? { who: e.who } : {}),
        ...(e.by !== null ? { by: e.by } : {}),
        ...(e.discipline !== null ? { discipline: e.discipline } : {}),
        ...(e.reason !== null ? { reason: e.reason } : {}),
        ...(e.delayDays !== null ? { delayDays: e.delayDays } : {}),
        leadMinutes: e.leadMinutes,
      })),
    });
    return {
      exitCode: EXIT.ok,
      json: {
        household: household.reference,
        conferences: [...upcoming.map((c) => json(c, true)), ...earlier.map((c) => json(c, false))],
      },
      lines: lines(context, household.reference, upcoming, earlier, timeZone),
    };
  },
};

function lines(
  context: CliContext,
  reference: string,
  upcoming: readonly LedgerConference[],
  earlier: readonly LedgerConference[],
  timeZone: string,
): string[] {
  const { locale } = context;
  const say = (key: ProtectionCliKey, params?: Record<string, string | number>) =>
    protectionCliText(locale, key, params);
  const count = upcoming.length + earlier.length;
  if (count === 0) return [say('conference.none', { reference })];
  const describe = (c: LedgerConference): string[] => [
    say('conference.line', {
      when: formatTimeRange(c.startsAt, c.endsAt, locale, timeZone),
      location: say(`location.${c.location}`),
      status: say(`status.${c.status}`),
      kind: say(`kind.${c.kind}`),
      id: c.id,
    }),
    ...(c.plannedStartsAt && c.plannedStartsAt.getTime() !== c.startsAt.getTime()
      ? [say('conference.planned-first', { when: formatInstant(c.plannedStartsAt, locale, timeZone) })]
      : []),
    ...c.attendees.flatMap((a) => [
      say('conference.attendee', {
        name: a.name,
        key: a.key,
        discipline: a.discipline ?? say('no-discipline'),
        role: say(`role.${a.role}`),
        rsvp: say(`rsvp.${a.rsvp}`),
      }),
      ...(a.deputyFor !== null ? [say('conference.deputy-for', { key: a.deputyFor })] : []),
      ...(a.declineReason !== null ? [say('conference.decline-reason', { reason: a.declineReason })] : []),
    ]),
    ...(c.events.length === 0
      ? []
      : [
          say('conference.events'),
          ...c.events.map((e) =>
            say('conference.event', {
              at: formatInstant(e.at, locale, timeZone),
              kind: say(`event.${e.kind}`),
              details: eventDetails(e, say),
            }),
          ),
        ]),
  ];
  return [
    say('conference.heading', { reference, count }),
    ...(upcoming.length > 0 ? [say('conference.upcoming'), ...upcoming.flatMap(describe)] : []),
    ...(earlier.length > 0 ? [say('conference.earlier'), ...earlier.flatMap(describe)] : []),
  ];
}

function eventDetails(
  e: LedgerEntry,
  say: (key: ProtectionCliKey, params?: Record<string, string | number>) => string,
): string {
  return [
    e.who !== null ? say('event.who', { key: e.who }) : '',
    e.reason !== null ? say('event.reason', { reason: e.reason }) : '',
    e.delayDays !== null ? say('event.delay', { days: e.delayDays }) : '',
    e.leadMinutes > 0 ? say('event.lead', { hours: Math.round(e.leadMinutes / 6) / 10 }) : '',
  ].join('');
}
