/**
 * Carry-over (docs/protection.md, "Agenda and carry-over"): a household that was on a conference whose minutes
 * were recorded, but got no decision and no action there, was not discussed. It comes back:
 *
 * - on the next booked conference that includes it, marked "not discussed last time"; or
 * - while no booked conference includes it, on every next conference of the team, under "Not discussed last
 *   time, carried over", until a conference about it is booked (or its plan is closed: the store leaves those
 *   out). A household is settled by a decision or action in the minutes of a conference about it.
 */

/** One household on one conference whose minutes were recorded. */
export interface MinutedHousehold {
  householdId: string;
  reference: string;
  conferenceId: string;
  startsAt: Date;
  /** A decision or an action was recorded for this household in this conference. */
  discussed: boolean;
}

/** A conference that is booked (not proposed, not cancelled) and includes the household. */
export interface BookedConference {
  householdId: string;
  conferenceId: string;
  startsAt: Date;
}

export interface NotDiscussed {
  householdId: string;
  reference: string;
  /** The conference where it was not discussed. */
  conferenceId: string;
  startsAt: Date;
}

export interface CarryOver {
  /** Households of this conference that were not discussed the last time they were on one. */
  ownNotDiscussed: NotDiscussed[];
  /** Households of other conferences, not discussed and with no conference of their own: carried over. */
  carried: NotDiscussed[];
}

/**
 * What the agenda of `conference` carries over, from the team's minuted conferences before its start and the
 * booked conferences of those households.
 */
export function carryOver(
  conference: { id: string; startsAt: Date; householdIds: readonly string[] },
  minuted: readonly MinutedHousehold[],
  booked: readonly BookedConference[],
): CarryOver {
  // The last time each household was on a conference with minutes, before this one starts.
  const last = new Map<string, MinutedHousehold>();
  for (const entry of minuted) {
    if (entry.conferenceId === conference.id) continue;
    if (entry.startsAt.getTime() >= conference.startsAt.getTime()) continue;
    const seen = last.get(entry.householdId);
    if (!seen || entry.startsAt.getTime() > seen.startsAt.getTime()) last.set(entry.householdId, entry);
  }
  const own = new Set(conference.householdIds);
  const ownNotDiscussed: NotDiscussed[] = [];
  const carried: NotDiscussed[] = [];
  for (const entry of last.values()) {
    if (entry.discussed) continue;
    const notDiscussed: NotDiscussed = {
      householdId: entry.householdId,
      reference: entry.reference,
      conferenceId: entry.conferenceId,
      startsAt: entry.startsAt,
    };
    if (own.has(entry.householdId)) {
      ownNotDiscussed.push(notDiscussed);
      continue;
    }
    // A conference about it after the one where it was not discussed takes it (before or after this one).
    const hasOwn = booked.some(
      (b) =>
        b.householdId === entry.householdId &&
        b.conferenceId !== entry.conferenceId &&
        b.startsAt.getTime() > entry.startsAt.getTime(),
    );
    if (!hasOwn) carried.push(notDiscussed);
  }
  const byReference = (a: NotDiscussed, b: NotDiscussed) => a.reference.localeCompare(b.reference);
  return { ownNotDiscussed: ownNotDiscussed.sort(byReference), carried: carried.sort(byReference) };
}
