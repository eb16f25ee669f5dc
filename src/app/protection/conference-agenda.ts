import { dutchHolidaysAround } from '../../domain/actions/working-day.ts';
import { officeWorkdays, shiftWorkdays } from '../../domain/actions/working-day-count.ts';
import { carryOver } from '../../domain/conferences/carry-over.ts';
import { consentAllowsAttendance } from '../../domain/consent/consent-state.ts';
import type { Locale } from '../../domain/locale.ts';
import { localDateOf, localDayStart } from '../../domain/slots/zone-offsets.ts';
import type { ConferenceLocation } from '../ports/planning-store.ts';
import type { Scheduler } from '../ports/scheduler.ts';
import type { TimedUseCase } from '../timed-use-case.ts';
import type {
  AgendaAction,
  AgendaConference,
  AgendaDecision,
  AgendaStore,
  AgendaUnitOfWork,
} from './agenda-store.ts';
import { agendaView } from './agenda-views.ts';

/** The timed use case's name (and job name). */
export const CONFERENCE_AGENDA = 'conference.agenda';

/** One agenda per conference and version of its time: a postponed conference gets one for its new time. */
export const agendaKey = (conferenceId: string, startsAt: Date) =>
  `agenda:${conferenceId}:${startsAt.toISOString()}`;

/** How many of a household's latest decisions the agenda shows. */
export const LAST_DECISIONS = 3;

export interface AgendaInput {
  conferenceId: string;
  /** The start it was scheduled for (ISO): an agenda for a time the conference no longer has is not sent. */
  startsAt: string;
}

/**
 * One working day before the start: the same local time on the previous working day (Monday to Friday, no
 * Dutch public holidays). A conference on Monday gets its agenda on Friday; after Easter Monday, on Thursday.
 */
export function agendaAt(startsAt: Date, timeZone: string): Date {
  const startMinute = Math.floor(startsAt.getTime() / 60_000);
  const day = localDateOf(startMinute, timeZone);
  const minuteOfDay = startMinute - localDayStart(day, timeZone);
  const sendDay = shiftWorkdays(day, -1, officeWorkdays(dutchHolidaysAround(day))) ?? day;
  return new Date((localDayStart(sendDay, timeZone) + minuteOfDay) * 60_000);
}

/** Schedules the conference's agenda (called with the quorum check whenever its invitations go out). */
export function scheduleAgenda(
  scheduler: Scheduler,
  conference: { id: string; startsAt: Date },
  timeZone: string,
): Promise<boolean> {
  const input: AgendaInput = { conferenceId: conference.id, startsAt: conference.startsAt.toISOString() };
  return scheduler.schedule({
    useCase: CONFERENCE_AGENDA,
    key: agendaKey(conference.id, conference.startsAt),
    at: agendaAt(conference.startsAt, timeZone),
    input,
  });
}

/** A household of the conference on its agenda. */
export interface AgendaHousehold {
  reference: string;
  /** The start of the last conference about it, whose minutes record nothing for it; null when discussed. */
  notDiscussedSince: Date | null;
  actions: AgendaAction[];
  /** The latest first, at most LAST_DECISIONS. */
  decisions: AgendaDecision[];
}

/** A conference's agenda: care data for its case team only, sent privately. */
export interface Agenda {
  conference: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    location: ConferenceLocation;
    references: string[];
  };
  households: AgendaHousehold[];
  /** Taken from the team's rotations (or set earlier); null when nobody holds it among those attending. */
  chair: { id: string; name: string } | null;
  minuteTaker: { id: string; name: string } | null;
  /** Written input received for this conference. */
  writtenInput: { authorName: string; text: string }[];
  /** Households of other conferences, not discussed there and with no conference of their own: by reference. */
  carried: { householdId: string; reference: string; since: Date }[];
}

export type AgendaResult =
  | { kind: 'not-sent'; why: 'not-found' | 'not-scheduled' | 'other-time' | 'started' }
  | {
      kind: 'sent';
      agenda: Agenda;
      /** Attendees who have not declined and may take part (ids). */
      recipients: string[];
      /** Those who got a new message: not sent before, and reachable on a platform (ids). */
      sentTo: string[];
    };

export interface ConferenceAgendaDeps {
  work: AgendaUnitOfWork;
  defaultLocale: Locale;
  timeZone: string;
}

type Attendee = AgendaConference['attendees'][number];

/**
 * The conference's chair and minute-taker: kept when already set, otherwise whoever holds the team's rotation
 * on the conference's local date — only when that person takes part (an absent holder's turn has already
 * passed on in the rotation; someone not invited is not given the care details). Stored, so a retried job and
 * the minutes agree.
 */
async function conferenceDuties(
  store: AgendaStore,
  conference: AgendaConference,
  recipients: readonly Attendee[],
  timeZone: string,
): Promise<Pick<Agenda, 'chair' | 'minuteTaker'>> {
  const taking = (id: string | null) => recipients.find((r) => r.id === id) ?? null;
  let { chairId, minuteTakerId } = conference;
  if (chairId === null || minuteTakerId === null) {
    const date = localDateOf(Math.floor(conference.startsAt.getTime() / 60_000), timeZone);
    const holders = await store.dutyHolders(conference.teamId, date);
    const changed = {
      chairId: chairId ?? taking(holders.chair)?.id ?? null,
      minuteTakerId: minuteTakerId ?? taking(holders.minuteTaker)?.id ?? null,
    };
    if (changed.chairId !== chairId || changed.minuteTakerId !== minuteTakerId) {
      await store.setDuties(conference.id, changed);
      ({ chairId, minuteTakerId } = changed);
    }
  }
  const person = (id: string | null) => {
    const attendee = conference.attendees.find((a) => a.id === id);
    return attendee ? { id: attendee.id, name: attendee.name } : null;
  };
  return { chair: person(chairId), minuteTaker: person(minuteTakerId) };
}

async function buildAgenda(
  store: AgendaStore,
  conference: AgendaConference,
  duties: Pick<Agenda, 'chair' | 'minuteTaker'>,
): Promise<Agenda> {
  const householdIds = conference.households.map((h) => h.id);
  const facts = await store.householdFacts(householdIds, LAST_DECISIONS);
  const minuted = await store.minutedHouseholds(conference.teamId, conference.startsAt);
  const candidates = [...new Set(minuted.map((m) => m.householdId))];
  const earliest = Math.min(...minuted.map((m) => m.startsAt.getTime()), conference.startsAt.getTime());
  const booked = await store.bookedConferences(candidates, new Date(earliest));
  const carried = carryOver(
    { id: conference.id, startsAt: conference.startsAt, householdIds },
    minuted,
    booked,
  );
  const notDiscussed = new Map(carried.ownNotDiscussed.map((n) => [n.householdId, n.startsAt]));
  return {
    conference: {
      id: conference.id,
      startsAt: conference.startsAt,
      endsAt: conference.endsAt,
      location: conference.location,
      references: conference.households.map((h) => h.reference),
    },
    ...duties,
    // Not discussed last time comes first.
    households: conference.households
      .map((h) => ({
        reference: h.reference,
        notDiscussedSince: notDiscussed.get(h.id) ?? null,
        actions: facts.get(h.id)?.actions ?? [],
        decisions: facts.get(h.id)?.decisions ?? [],
      }))
      .sort(
        (a, b) =>
          Number(b.notDiscussedSince !== null) - Number(a.notDiscussedSince !== null) ||
          a.reference.localeCompare(b.reference),
      ),
    writtenInput: (await store.writtenInput(conference.id)).map((w) => ({
      authorName: w.authorName,
      text: w.text,
    })),
    carried: carried.carried.map((c) => ({
      householdId: c.householdId,
      reference: c.reference,
      since: c.startsAt,
    })),
  };
}

/**
 * The agenda of a case conference (docs/protection.md, "Agenda and carry-over"): per household its open
 * actions, latest decisions and whether it was discussed last time; the written input received; and the
 * team's households carried over. Sent privately, one working day before, to each attendee who has not
 * declined and whose organisation may still take part (consent); once per conference, start and person.
 */
export function conferenceAgenda(deps: ConferenceAgendaDeps) {
  const { defaultLocale, timeZone } = deps;
  return {
    send: (input: { conferenceId: string; now: Date; startsAt?: Date }): Promise<AgendaResult> =>
      deps.work.run(async (ports) => {
        const { store, outbox, accessLog } = ports;
        const { conferenceId, now } = input;
        const conference = await store.conference(conferenceId);
        if (!conference) return { kind: 'not-sent', why: 'not-found' };
        // Cancelled (or never booked, or already held): no agenda.
        if (conference.status !== 'scheduled') return { kind: 'not-sent', why: 'not-scheduled' };
        // Scheduled for a time the conference no longer has (postponed): the new time has its own agenda.
        if (input.startsAt && input.startsAt.getTime() !== conference.startsAt.getTime())
          return { kind: 'not-sent', why: 'other-time' };
        if (conference.startsAt.getTime() <= now.getTime()) return { kind: 'not-sent', why: 'started' };

        const today = localDateOf(Math.floor(now.getTime() / 60_000), timeZone);
        const recipients = conference.attendees.filter(
          (a) =>
            a.rsvp !== 'declined' &&
            consentAllowsAttendance(
              { professionalId: a.id, organisationId: a.organisationId },
              conference.households,
              today,
            ),
        );
        const duties = await conferenceDuties(store, conference, recipients, timeZone);
        const agenda = await buildAgenda(store, conference, duties);
        const key = agendaKey(conferenceId, conference.startsAt);
        const sentTo: string[] = [];
        for (const recipient of recipients) {
          const queued = await outbox.toPerson({
            professionalId: recipient.id,
            view: agendaView(agenda, {
              locale: recipient.locale ?? defaultLocale,
              timeZone,
              recipientId: recipient.id,
            }),
            idempotencyKey: `${key}:${recipient.id}`,
          });
          // Already sent (a retried job), or no chat account: nothing new was read.
          if (queued === 0) continue;
          sentTo.push(recipient.id);
          const entry = {
            at: now,
            actorId: null,
            onBehalfOf: `job:${CONFERENCE_AGENDA}`,
            teamId: conference.teamId,
            kind: 'conference' as const,
            action: 'view' as const,
            channel: 'job' as const,
            subjectId: conferenceId,
            details: { agenda: true, sentTo: recipient.id },
          };
          for (const household of conference.households) {
            await accessLog.record({
              ...entry,
              householdId: household.id,
              reference: household.reference,
              outcome: 'ok',
            });
          }
          for (const carried of agenda.carried) {
            await accessLog.record({
              ...entry,
              householdId: carried.householdId,
              reference: carried.reference,
              outcome: 'reference-only',
            });
          }
        }
        return { kind: 'sent', agenda, recipients: recipients.map((r) => r.id), sentTo };
      }),
  };
}

/** The timed use case: the agenda one working day before the start it was scheduled for. */
export function sendConferenceAgenda(agenda: ReturnType<typeof conferenceAgenda>): TimedUseCase<AgendaInput> {
  return async ({ conferenceId, startsAt }, { now }) => {
    await agenda.send({ conferenceId, now, startsAt: new Date(startsAt) });
  };
}
