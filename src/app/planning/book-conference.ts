import type { AccessChannel } from '../ports/access-log.ts';
import type {
  BookedConference,
  BookingStore,
  ConferenceLocation,
  PlanningHousehold,
  PlanningReader,
  PublishedBusyReader,
} from '../ports/planning-store.ts';
import { earliestStart } from '../settings/team-settings.ts';
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
  | { status: 'taken'; proposal: ConferenceProposal };

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

  const readPublishedBusy = rememberingReader(input.readPublishedBusy);
  // Read once: the recheck inside the transaction plans with the same settings.
  const settings = await input.store.settings(household.teamId);
  const planWith = (store: PlanningReader, current: PlanningHousehold) =>
    planConference({
      household: current,
      store,
      settings,
      // Fresh proposals keep the notice period; the pressed slot only has to be in the future.
      from: earliestStart(input.now, settings),
      checkFrom: input.now,
      timeZone,
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
    const plan = await planWith(tx, current);
    const { proposal } = plan;
    const check = plan.check(input.start);
    if (!check.free) return { status: 'taken', proposal };

    const attendees = proposal.attendees.filter(
      (a) => a.role !== 'optional' || check.optionalPresent.includes(a.id),
    );
    const end = input.start + proposal.durationMinutes;
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
      attendees: attendees.map((a) => ({
        professionalId: a.id,
        role: a.role === 'optional' ? 'optional' : 'required',
        disciplineCode: a.discipline,
      })),
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
