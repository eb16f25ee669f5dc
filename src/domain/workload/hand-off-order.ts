import { type NotWorkingReason, notWorkingReason } from '../actions/working-day.ts';

/**
 * What to hand off or move first on a busy day (`druk` / `overloaded`, issue 11 point 5).
 *
 * Case conferences about concrete households are the meetings that get cancelled first when time is short. This
 * rule turns that round: everything else goes first, in this order, and required attendance at a case
 * conference comes last.
 *
 * 1. **Optional attendances** at a case conference: the conference goes on without you (suggest: decline).
 * 2. **Actions** due that day or overdue, open or stuck: they can move (suggest: snooze or reassign). Stuck ones
 *    first (they wait on someone else anyway), then the latest due date first (one due today moves more easily
 *    than one already overdue), then by household reference.
 * 3. **Rotation turns** (chair, minute-taker, intake duty): a colleague can swap (suggest: swap).
 * 4. **Required attendance** at a case conference: kept (suggest: keep), unless the decline/rescue flow finds a
 *    deputy, written input or a shorter meeting.
 *
 * Within the attendances, the earliest start first. Pure: commitments in, the same commitments in order out,
 * each with its suggestion.
 */

export type AttendanceRole = 'required' | 'optional';
export type Rsvp = 'pending' | 'accepted' | 'declined' | 'tentative';
/** What a conference takes from a rotation; other roles (intake, piket) have none. */
export type TurnDuty = 'chair' | 'minute_taker';

export interface AttendanceCommitment {
  kind: 'attendance';
  conferenceId: string;
  startsAt: Date;
  endsAt: Date;
  role: AttendanceRole;
  rsvp: Rsvp;
  /** The households discussed, by pseudonymous reference only. */
  references: readonly string[];
}

export interface ActionCommitment {
  kind: 'action';
  actionId: string;
  reference: string;
  /** 'YYYY-MM-DD'. */
  dueOn: string;
  status: 'open' | 'blocked';
}

export interface TurnCommitment {
  kind: 'turn';
  turnId: string;
  /** The team's own name for the role ("voorzitter", "piketdienst"). */
  role: string;
  duty?: TurnDuty;
}

export type Commitment = AttendanceCommitment | ActionCommitment | TurnCommitment;

/** What casus proposes for one commitment. */
export type Suggestion = 'decline' | 'snooze-or-reassign' | 'swap' | 'keep';

export interface Proposal<C extends Commitment = Commitment> {
  commitment: C;
  suggestion: Suggestion;
}

/** The group a commitment falls in: lower goes first. */
function rank(commitment: Commitment): number {
  switch (commitment.kind) {
    case 'attendance':
      return commitment.role === 'optional' ? 0 : 3;
    case 'action':
      return 1;
    case 'turn':
      return 2;
  }
}

function suggestionFor(commitment: Commitment): Suggestion {
  switch (commitment.kind) {
    case 'attendance':
      return commitment.role === 'optional' ? 'decline' : 'keep';
    case 'action':
      return 'snooze-or-reassign';
    case 'turn':
      return 'swap';
  }
}

/** A turn without a conference duty (intake, piket) is easiest to hand off; chairing hardest. */
function turnOrder(turn: TurnCommitment): number {
  return turn.duty === 'chair' ? 2 : turn.duty === 'minute_taker' ? 1 : 0;
}

function compareWithin(a: Commitment, b: Commitment): number {
  if (a.kind === 'attendance' && b.kind === 'attendance')
    return a.startsAt.getTime() - b.startsAt.getTime() || a.conferenceId.localeCompare(b.conferenceId);
  if (a.kind === 'action' && b.kind === 'action') {
    const stuck = Number(b.status === 'blocked') - Number(a.status === 'blocked');
    if (stuck !== 0) return stuck;
    if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? 1 : -1;
    return a.reference.localeCompare(b.reference) || a.actionId.localeCompare(b.actionId);
  }
  if (a.kind === 'turn' && b.kind === 'turn')
    return turnOrder(a) - turnOrder(b) || a.turnId.localeCompare(b.turnId);
  return 0;
}

/**
 * The commitments in the order to hand off or move them, each with its suggestion. Attendances already declined
 * are left out: they are off the person's plate.
 */
export function handOffOrder(commitments: readonly Commitment[]): Proposal[] {
  return commitments
    .filter((c) => c.kind !== 'attendance' || c.rsvp !== 'declined')
    .slice()
    .sort((a, b) => rank(a) - rank(b) || compareWithin(a, b))
    .map((commitment) => ({ commitment, suggestion: suggestionFor(commitment) }));
}

/** Why the person is not at work that day, if they are not. An absence wins over a holiday or a day off. */
export type DayOff = { kind: 'absent'; from: string; to: string } | { kind: NotWorkingReason };

/**
 * Whether `date` is a day the person is away (a recorded absence covering it), a public holiday or a weekday
 * they do not work; undefined on an ordinary working day.
 */
export function dayOffOn(
  date: string,
  person: {
    contractWeekdays: Iterable<number>;
    absences: readonly { from: string; to: string }[];
    holidays?: ReadonlySet<string>;
  },
): DayOff | undefined {
  const absence = person.absences.find((a) => a.from <= date && date <= a.to);
  if (absence) return { kind: 'absent', from: absence.from, to: absence.to };
  const reason = notWorkingReason(date, {
    contractWeekdays: person.contractWeekdays,
    ...(person.holidays ? { holidays: person.holidays } : {}),
  });
  return reason ? { kind: reason } : undefined;
}
