import { bookConference } from '../../app/planning/book-conference.ts';
import { isoWithOffset } from '../../app/planning/iso-with-offset.ts';
import type { PublishedBusyReader } from '../../app/ports/planning-store.ts';
import { readPublishedBusy } from '../../infra/calendar/published-busy.ts';
import { queueConferenceInvitations } from '../../infra/conferences/queue-invitations.ts';
import { createBookingStore, type QueueInvitations } from '../../infra/db/repositories/booking-repository.ts';
import { createPlanningStore } from '../../infra/db/repositories/planning-repository.ts';
import { type CliCommand, EXIT, failure } from '../cli-command.ts';
import { openCliHousehold } from '../cli-household.ts';
import { parseLocation, proposalLines, slotsJson } from './plan.ts';

/** A start with its UTC offset (or Z), to the minute: 2026-12-01T09:00:00+01:00. */
const SLOT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:00(\.0+)?)?(Z|[+-]\d{2}:\d{2})$/;

export interface InviteDeps {
  queueInvitations: QueueInvitations;
  readPublishedBusy?: PublishedBusyReader;
}

/**
 * `casus invite <ref> --slot <start> [--location] [--team] [--as]`: books through the same use case as the
 * chat's slot buttons, with the coordinator (or --as) as organizer, and queues the invitations.
 */
export function createInviteCommand(deps: InviteDeps): CliCommand {
  return {
    name: 'invite',
    summary: 'command.invite.summary',
    usage: 'command.invite.usage',
    details: 'command.invite.details',
    options: {
      slot: { type: 'string' },
      location: { type: 'string' },
      team: { type: 'string' },
      as: { type: 'string' },
      /** The explicit choice of a second conference while one is still to come (the chat's confirm step). */
      another: { type: 'boolean' },
    },
    positionals: { min: 1, max: 1 },
    async run(context, { values, positionals }) {
      const { t } = context;
      const reference = positionals[0] ?? '';
      const slotText = values.slot;
      if (typeof slotText !== 'string') {
        return {
          exitCode: EXIT.usage,
          json: { error: { code: 'missing-slot' } },
          lines: [t('invite.missing-slot')],
        };
      }
      const startMs = SLOT.test(slotText) ? Date.parse(slotText) : Number.NaN;
      if (!Number.isFinite(startMs)) {
        return {
          exitCode: EXIT.usage,
          json: { error: { code: 'bad-slot' } },
          lines: [t('invite.bad-slot', { value: slotText })],
        };
      }
      const start = startMs / 60_000;
      const location = parseLocation(context, values.location);
      if (typeof location !== 'string') return location;

      const { db } = await context.database();
      const config = context.config();
      const timeZone = config.scheduling.timeZone;
      const store = createPlanningStore(db.prisma);
      // With --as the booking is that professional's, who must be allowed to book (the chat's rule).
      const opened = await openCliHousehold(context, db.prisma, store, {
        reference,
        team: values.team,
        as: values.as,
        kind: 'conference',
        deed: 'book',
      });
      if ('exitCode' in opened) return opened;
      const { household } = opened;
      const organizerId = opened.actorId ?? household.coordinatorId;
      if (organizerId === undefined) {
        return failure('no-organizer', t('invite.no-organizer', { reference }));
      }

      const booking = createBookingStore(db.prisma, {
        queueInvitations: deps.queueInvitations,
        publicUrl: config.server.publicUrl,
        timeZone,
        defaultLocale: config.locale,
      });
      const outcome = await bookConference({
        household,
        store,
        booking,
        ...(deps.readPublishedBusy ? { readPublishedBusy: deps.readPublishedBusy } : {}),
        start,
        location,
        organizerId,
        ...(values.another === true ? { another: true } : {}),
        now: context.clock.now(),
        timeZone,
        // The booking's access-log entry names the command line as its channel.
        channel: 'cli',
      });
      const iso = (minute: number) => isoWithOffset(minute, timeZone);

      if (outcome.status === 'taken') {
        const message = t('invite.taken', { reference, start: iso(start) });
        const lines = proposalLines(context, outcome.proposal, timeZone);
        return failure('slot-taken', message, [message, ...lines], {
          slots: slotsJson(outcome.proposal, timeZone),
        });
      }
      // A closed plan, a conference still to come or a move: chat questions the command line does not ask.
      if (
        outcome.status === 'plan-closed' ||
        outcome.status === 'needs-choice' ||
        outcome.status === 'move-gone' ||
        outcome.status === 'moved'
      ) {
        const message = t(outcome.status === 'plan-closed' ? 'invite.plan-closed' : 'invite.not-now', {
          reference,
        });
        return failure(outcome.status, message);
      }
      const conference = {
        id: outcome.conference.id,
        icsUid: outcome.conference.icsUid,
        start: iso(outcome.conference.start),
        end: iso(outcome.conference.end),
        location: outcome.conference.location,
        kind: outcome.conference.kind,
      };
      if (outcome.status === 'already-planned') {
        return {
          exitCode: EXIT.ok,
          json: { conference, household: household.reference, alreadyPlanned: true },
          lines: [t('invite.already-planned', { reference, start: conference.start })],
        };
      }
      return {
        exitCode: EXIT.ok,
        json: {
          conference,
          household: household.reference,
          attendees: outcome.attendees.map((a) => ({
            professional: a.professional,
            name: a.name,
            role: a.role,
            discipline: a.discipline,
          })),
          invitations: outcome.invitations,
        },
        lines: [
          t('invite.booked', {
            reference,
            start: conference.start,
            end: conference.end,
            location: t(`location.${conference.location}`),
            count: outcome.attendees.length,
          }),
          ...outcome.attendees.map((a) =>
            t('invite.attendee', {
              name: a.name,
              discipline: a.discipline ?? '—',
              role: t(`role.${a.role}`),
            }),
          ),
        ],
      };
    },
  };
}

export const inviteCommand: CliCommand = createInviteCommand({
  queueInvitations: queueConferenceInvitations,
  readPublishedBusy,
});
