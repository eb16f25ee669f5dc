/** What an invitation's answer may change, decided from the conference as it is now. */
export type AnswerDecision =
  /** The person is not on the list (or the conference does not exist): told the same, so ids cannot be probed. */
  | { kind: 'not-invited' }
  | { kind: 'cancelled' }
  | { kind: 'postponed' }
  /** Held, or its start has passed: an answer no longer changes anything. */
  | { kind: 'past' }
  /** The same answer as before: nothing is written, nobody is told. */
  | { kind: 'unchanged' }
  /** The answer is recorded; on a decline the organiser and coordinators are told. */
  | { kind: 'change'; tellOthers: boolean };

export type Answer = 'accepted' | 'declined';

export interface AnswerSituation {
  /** Null when the conference does not exist or the person is not among its attendees. */
  conference: {
    status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
    startsAt: Date;
  } | null;
  /** The person's current answer. */
  previous: string;
}

export function decideAnswer(situation: AnswerSituation, answer: Answer, now: Date): AnswerDecision {
  const { conference, previous } = situation;
  if (!conference) return { kind: 'not-invited' };
  if (conference.status === 'cancelled') return { kind: 'cancelled' };
  if (conference.status === 'postponed') return { kind: 'postponed' };
  if (conference.status === 'held' || conference.startsAt.getTime() <= now.getTime()) return { kind: 'past' };
  if (previous === answer) return { kind: 'unchanged' };
  return { kind: 'change', tellOthers: answer === 'declined' };
}

/**
 * Who is told that someone declined: the organiser and the households' coordinators, each once, never the
 * person who declined. Looking for a deputy, written input or another slot is the protection flow (its own
 * issue); once it exists it starts from the same decline.
 */
export function toldOfDecline(
  organizerId: string | null,
  coordinatorIds: readonly (string | null)[],
  decliningId: string,
): string[] {
  const ids = [organizerId, ...coordinatorIds].filter((id): id is string => !!id && id !== decliningId);
  return [...new Set(ids)];
}
