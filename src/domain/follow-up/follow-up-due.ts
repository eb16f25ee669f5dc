import type { Locale } from '../locale.ts';

/** Someone a reminder can go to. */
export interface FollowUpPerson {
  id: string;
  locale?: Locale;
  active: boolean;
}

/** What the follow-up rule needs to know about one household of the conference, as it is now. */
export interface FollowUpHousehold {
  id: string;
  reference: string;
  planClosed: boolean;
  /** A conference for this household that starts after this one and was not cancelled. */
  laterConferencePlanned: boolean;
  coordinator: FollowUpPerson | null;
}

export interface FollowUpSituation {
  conference: {
    id: string;
    teamId: string;
    startsAt: Date;
    status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
    organizer: FollowUpPerson | null;
  };
  /** Sorted by reference. */
  households: FollowUpHousehold[];
}

export interface DueFollowUp {
  householdId: string;
  reference: string;
  recipient: FollowUpPerson;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** When the follow-up check of a conference is due: `weeks` (the team's followUpWeeks) after it started. */
export function followUpDueAt(startsAt: Date, weeks: number): Date {
  return new Date(startsAt.getTime() + weeks * WEEK_MS);
}

/**
 * Which follow-up reminders are due at `now`, and to whom. For each household of the conference its active
 * coordinator (else the conference's organiser) is reminded to plan the follow-up — but only when
 *
 * - the conference was not cancelled and started at least `weeks` before `now` (a conference moved later
 *   than its check is not reminded about before it took place),
 * - the household's plan is not closed, and
 * - no later conference for the household is planned: that one carries its own check.
 *
 * The rule never asks for another check: booking the follow-up conference schedules its own. A closed plan
 * therefore ends the chain (nothing is due, nothing new is booked).
 */
export function followUpsDue(situation: FollowUpSituation, weeks: number, now: Date): DueFollowUp[] {
  const { conference } = situation;
  if (conference.status === 'cancelled') return [];
  if (followUpDueAt(conference.startsAt, weeks).getTime() > now.getTime()) return [];
  return situation.households.flatMap((household): DueFollowUp[] => {
    if (household.planClosed || household.laterConferencePlanned) return [];
    const recipient = household.coordinator?.active ? household.coordinator : conference.organizer;
    return recipient ? [{ householdId: household.id, reference: household.reference, recipient }] : [];
  });
}
