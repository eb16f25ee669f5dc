import type { AccessChannel } from '../ports/access-log.ts';
import type {
  BookedConference,
  BookingStore,
  ConferenceLocation,
  HouseholdConference,
  PlanningHousehold,
  PlanningReader,
  PublishedBusyReader,
} from '../ports/planning-store.ts';
import {
  type ConferenceProposal,
  type Guests,
  type ProposedAttendee,
  planConference,
} from './propose-conference.ts';

export interface BookInput {
  household: PlanningHousehold;
  /** Reads outside the booking transaction (published calendars are read before it, not while it holds the lock). */
  store: PlanningReader;
  booking: BookingStore;
  readPublishedBusy?: PublishedBusyReader;
  start: number;
  location: ConferenceLocation;
  guests?: Guests;
  organizerId: string;
  /** The person chose to book a second conference while one is still to come (the confirm step). */
  another?: boolean;
  /** The household's scheduled conference this booking moves to `start` (Verplaatsen), instead of a new one. */
  moves?: string;
  now: Date;
  timeZone: string;
  /** For the access log: the channel the booking came through, and its chat request. */
  channel?: AccessChannel;
  requestKey?: string;
}

export type BookingOutcome =
  | {
      status: 'booked';
      conference: BookedConference;
      /** Who was invited: the coordinator and required attendees, and the optional ones free at that time. */
      attendees: ProposedAttendee[];
      proposal: ConferenceProposal;
      invitations: number;
    }
  /** The household already has a conference at exactly this start (a second press, or booked by someone else). */
  | { status: 'already-planned'; conference: BookedConference }
  /** Someone needed is no longer free then (or the time is past): a fresh proposal instead. */
  | { status: 'taken'; proposal: ConferenceProposal }
  /** The household's plan is closed: nothing is booked until it is reopened. */
  | { status: 'plan-closed'; closedAt: Date }
  /** A conference is still to come and the person did not choose a second one: ask, never book silently. */
  | { status: 'needs-choice'; upcoming: HouseholdConference }
  /** The conference to move is no longer scheduled for this household (moved, cancelled or held). */
  | { status: 'move-gone' }
  | {
      status: 'moved';
      conference: BookedConference;
      /** Where it was. */
      from: { start: number; end: number };
      attendees: ProposedAttendee[];
      invitations: number;
    };

/** The household's scheduled conferences that have not started yet at `now`, the earliest first. */
export function upcomingConferences(household: PlanningHousehold, now: Date): HouseholdConference[] {
  const minute = now.getTime() / 60_000;
  return household.conferences
    .filter((c) => c.status === 'scheduled' && c.start > minute)
    .sort((a, b) => a.start - b.start);
}

/** Why nothing may be booked now, before any slot is checked; undefined when booking may go on. */
function refusal(input: BookInput, household: PlanningHousehold): BookingOutcome | undefined {
  if (household.planClosedAt) return { status: 'plan-closed', closedAt: household.planClosedAt };
  const upcoming = upcomingConferences(household, input.now);
  if (input.moves !== undefined) {
    return upcoming.some((c) => c.id === input.moves) ? undefined : { status: 'move-gone' };
  }
  if (upcoming.length > 0 && !input.another) return { status: 'needs-choice', upcoming: upcoming[0]! };
  return undefined;
}

/** Remembers calendars read before the transaction, so the recheck inside it needs no network. */
function rememberingReader(real: PublishedBusyReader | undefined): PublishedBusyReader | undefined {
  if (!real) return undefined;
  const seen = new Map<string, [number, number][] | 'unreadable'>();
  return async (sources, window) => {
    const missing = sources.filter((s) => !seen.has(s.professionalId));
    if (missing.length > 0) {
      const read = await real(missing, window);
      for (const { professionalId } of missing) {
        seen.set(
          professionalId,
          read.unreadable.includes(professionalId) ? 'unreadable' : (read.busy.get(professionalId) ?? []),
        );
      }
    }
    const busy = new Map<string, [number, number][]>();
    const unreadable: string[] = [];
    for (const { professionalId } of sources) {
      const known = seen.get(professionalId);
      if (known === 'unreadable') unreadable.push(professionalId);
      else if (known) busy.set(professionalId, known);
    }
    return { busy, unreadable };
  };
}

/**
 * Books a conference for the household at `start`, in one transaction that serialises bookings: availability
 * is computed again inside it, so a slot that was taken in the meantime is refused with a fresh proposal, and
 * a second press on the same slot books nothing new. Invitations are queued in the same transaction.
 * Who may book is decided by the household door (src/app/access/household-door.ts, deed 'book').
 */
export async function bookConference(input: BookInput): Promise<BookingOutcome> {
  const { household, timeZone } = input;
  const before = await input.store.scheduledConferenceAt(household.id, input.start);
  if (before) return { status: 'already-planned', conference: before };
  const refused = refusal(input, household);
  if (refused) return refused;

  const readPublishedBusy = rememberingReader(input.readPublishedBusy);
  // Read once: the recheck inside the transaction plans with the same settings.
  const settings = await input.store.settings(household.teamId);
  const planWith = (store: PlanningReader, current: PlanningHousehold) =>
    planConference({
      household: current,
      store,
      settings,
      // Fresh proposals keep the notice period and the follow-up date; the pressed slot only has to be ahead.
      now: input.now,
      checkFromNow: true,
      timeZone,
      ...(input.moves ? { moving: input.moves } : {}),
      location: input.location,
      ...(input.guests ? { guests: input.guests } : {}),
      checkStart: input.start,
      ...(readPublishedBusy ? { readPublishedBusy } : {}),
    });
  // Read the calendars now, outside the transaction (without published calendars there is nothing to read).
  if (readPublishedBusy) await planWith(input.store, household);

  return input.booking.transaction(async (tx) => {
    const existing = await tx.scheduledConferenceAt(household.id, input.start);
    if (existing) return { status: 'already-planned', conference: existing };
    const current = (await tx.householdById(household.id)) ?? household;
    // Closed, booked or moved by someone else since the first look: the same answers as then.
    const refusedNow = refusal(input, current);
    if (refusedNow) return refusedNow;
    const plan = await planWith(tx, current);
    const { proposal } = plan;
    const check = plan.check(input.start);
    if (!check.free) return { status: 'taken', proposal };

    const attendees = proposal.attendees.filter(
      (a) => a.role !== 'optional' || check.optionalPresent.includes(a.id),
    );
    const end = input.start + proposal.durationMinutes;
    const invitees = attendees.map((a) => ({
      professionalId: a.id,
      role: a.role === 'optional' ? ('optional' as const) : ('required' as const),
      disciplineCode: a.discipline,
    }));
    if (input.moves !== undefined) {
      const old = current.conferences.find((c) => c.id === input.moves)!;
      const moved = await tx.moveConference({
        conferenceId: old.id,
        householdId: current.id,
        teamId: current.teamId,
        start: input.start,
        end,
        location: input.location,
        attendees: invitees,
        actorId: input.organizerId,
        at: input.now,
        ...(input.channel ? { channel: input.channel } : {}),
        ...(input.requestKey ? { requestKey: input.requestKey } : {}),
      });
      if (!moved) return { status: 'move-gone' };
      const { invitations } = await tx.queueInvitations(moved.id, input.now);
      return {
        status: 'moved',
        conference: { ...moved, start: input.start, end, location: input.location, kind: old.kind },
        from: { start: old.start, end: old.end },
        attendees,
        invitations,
      };
    }
    const created = await tx.createConference({
      teamId: current.teamId,
      householdId: current.id,
      start: input.start,
      end,
      location: input.location,
      kind: proposal.kind,
      organizerId: input.organizerId,
      residentInvited: proposal.residentInvited,
      networkInvited: proposal.networkInvited,
      attendees: invitees,
      at: input.now,
      channel: input.channel,
      requestKey: input.requestKey,
    });
    const { invitations } = await tx.queueInvitations(created.id, input.now);
    return {
      status: 'booked',
      conference: {
        id: created.id,
        icsUid: created.icsUid,
        start: input.start,
        end,
        location: input.location,
        kind: proposal.kind,
      },
      attendees,
      proposal,
      invitations,
    };
  });
}
