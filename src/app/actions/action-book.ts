import type { MovedDueDate } from '../../domain/actions/working-day.ts';
import type { LifeDomain } from '../../domain/life-domains.ts';
import type { View } from '../../views/view-model.ts';
import type { DoorContext } from '../access/household-door.ts';
import type { Outbox } from '../ports/outbox.ts';
import type {
  AbsenceView,
  ActionChange,
  ActionEventView,
  ActionView,
  DecisionView,
  PersonRef,
} from './action-types.ts';
import type { DueDateProblem } from './read-due-date.ts';

/**
 * The use cases of decisions, actions and absences, as the chat feature (actions-feature.ts) and the CLI call
 * them. Each one asks the household door, checks everything first and then writes all of it in one unit of
 * work, or nothing (a problem names what was wrong). Implemented by createActionBook (action-book-impl.ts).
 */

/** What a request is made in: the door's context plus the request's clock and zone. */
export type BookContext = DoorContext & { now: Date; timeZone: string };

/** Why something was not recorded or changed; the feature and the CLI word it (actionProblemText). */
export type ActionProblem =
  /** The household door said no; `view` is its answer in the person's language. */
  | { code: 'refused'; view: View; message: string }
  | {
      code: 'due-date';
      problem: DueDateProblem;
      words: string;
      candidates?: string[];
      /** Added: the date read, for in-the-past and too-far-ahead. */
      dueOn?: string;
    }
  | { code: 'owner-not-in-team'; person: PersonRef }
  | { code: 'empty-text' }
  | { code: 'text-too-long'; max: number }
  | { code: 'unknown-action' }
  | { code: 'unknown-conference' }
  | { code: 'already-done'; by: PersonRef | null; at: Date }
  | { code: 'already-cancelled'; reason: string | null }
  /** Someone else changed it between reading and writing: read it again. */
  | { code: 'conflict'; action: ActionView }
  | { code: 'same-owner' }
  | { code: 'not-blocked' }
  | { code: 'snooze-date'; problem: 'in-the-past' | 'too-far-ahead' }
  | { code: 'absence-dates'; problem: 'end-before-start' | 'in-the-past' | 'too-long' }
  | { code: 'deputy-is-self' }
  /** Added: the reference names households in more than one of the person's teams (the CLI's --team). */
  | { code: 'ambiguous-household'; reference: string }
  /** Added: a minutes line names a household the conference was not about. */
  | { code: 'household-not-in-conference'; reference: string }
  /** Added: a person marked present who was not invited to the conference. */
  | { code: 'not-an-attendee'; person: PersonRef }
  /** Added: an action's decisionIndex names no decision of its household in the minutes. */
  | { code: 'unknown-decision'; index: number }
  /** Added: no active professional with this id or key (an absence's person or deputy, a --owner key). */
  | { code: 'unknown-person'; key: string }
  /** Added: only the person themself, a coach of their team or the operator records someone's absence. */
  | { code: 'absence-not-allowed' };

/**
 * Added: where in the minutes a problem was found (recordMinutes only): the household's reference, the line's
 * kind and its index among that household's decisions or actions.
 */
export interface MinutesLine {
  reference: string;
  kind: 'decision' | 'action' | 'presence';
  index: number;
}

/** A problem, with the minutes line it belongs to when it came from recordMinutes. */
export type LocatedActionProblem = ActionProblem & { line?: MinutesLine };

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problems: LocatedActionProblem[] };

export interface NewAction {
  /** The household reference as typed. */
  reference: string;
  ownerId: string;
  coOwnerIds?: string[];
  /** Words ("vrijdag", "over 2 weken") or an ISO date, in the context's locale. */
  due: string;
  description: string;
  domain?: LifeDomain;
  conferenceId?: string;
  decisionId?: string;
  /** Added: only a household of this team (the CLI's --team), when the reference is used in several. */
  teamId?: string;
}

export interface NewDecision {
  reference: string;
  text: string;
  domain?: LifeDomain;
  householdAgreed?: boolean;
  conferenceId?: string;
  /** Added: as NewAction's teamId. */
  teamId?: string;
}

export interface RecordedAction {
  action: ActionView;
  /** Set when the due date said fell on a day the owner does not work (or a holiday) and was moved. */
  moved?: MovedDueDate;
  /** True when this request (its requestKey) had already recorded it: nothing new was written. */
  alreadyRecorded: boolean;
}

/** The minutes of one conference: presence and, per household, decisions and actions. */
export interface Minutes {
  conferenceId: string;
  /** Professional ids of the attendees who were there; the others are recorded absent. */
  present: string[];
  households: {
    reference: string;
    decisions: Omit<NewDecision, 'reference' | 'conferenceId'>[];
    /** `decisionIndex` links the action to one of this household's decisions above. */
    actions: (Omit<NewAction, 'reference' | 'conferenceId' | 'decisionId'> & { decisionIndex?: number })[];
  }[];
}

export interface RecordedMinutes {
  conferenceId: string;
  present: PersonRef[];
  absent: PersonRef[];
  households: {
    householdId: string;
    reference: string;
    /** Who sees the details: the household's case team (coordinator and involved professionals). */
    caseTeamIds: string[];
    decisions: DecisionView[];
    actions: RecordedAction[];
  }[];
}

/**
 * Runs inside the unit of work that records, so the private summaries are queued together with what they
 * summarise, or not at all.
 */
export type Announce<T> = (recorded: T, outbox: Outbox) => Promise<void>;

export interface ActionFilter {
  teamId?: string;
  ownerId?: string;
  /** Only actions due before today (the context's today). */
  overdue?: boolean;
  /** Today in the zone, 'YYYY-MM-DD', for overdue and blockedDays. */
  today: string;
}

export type ListedAction = ActionView & {
  /** Office working days it has been blocked (0 when not blocked). */
  blockedDays: number;
};

export interface ActionBook {
  recordAction(
    input: NewAction,
    context: BookContext,
    announce?: Announce<RecordedAction & { caseTeamIds: string[] }>,
  ): Promise<Outcome<RecordedAction>>;
  recordDecision(
    input: NewDecision,
    context: BookContext,
    announce?: Announce<{ decision: DecisionView; caseTeamIds: string[] }>,
  ): Promise<Outcome<{ decision: DecisionView }>>;
  /** All of it or nothing: every problem of every line is returned at once. */
  recordMinutes(
    input: Minutes,
    context: BookContext,
    announce?: Announce<RecordedMinutes>,
  ): Promise<Outcome<{ minutes: RecordedMinutes }>>;
  /**
   * Done, cancel, block, unblock, snooze, reassign, move the due date. `expectedVersion` (from the button that
   * was pressed) turns a change made meanwhile into a `conflict`; a done action answers `already-done` with by
   * whom and when, whatever channel it was done from.
   */
  changeAction(
    actionId: string,
    change: ActionChange,
    context: BookContext,
    expectedVersion?: number,
  ): Promise<Outcome<{ action: ActionView; moved?: MovedDueDate }>>;
  /** One action as the door allows (case team, private conversation), with its history. */
  showAction(
    actionId: string,
    context: BookContext,
  ): Promise<Outcome<{ action: ActionView; history: ActionEventView[] }>>;
  /** The person's own open and blocked actions, overdue first, then by due date. */
  myActions(professionalId: string, today: string): Promise<ListedAction[]>;
  /** For the CLI and the team's views: no door (the caller is the operator or checked the team). */
  listActions(filter: ActionFilter): Promise<ListedAction[]>;
  /** The household view's part (case team only: the caller asked the door). */
  householdActions(householdId: string): Promise<{ decisions: DecisionView[]; openActions: ListedAction[] }>;
  /** Leave for a person (themself, or anyone by an operator/coach), local dates inclusive. */
  recordAbsence(
    input: { personId: string; from: string; to: string; deputyId?: string },
    context: BookContext,
  ): Promise<Outcome<{ absence: AbsenceView }>>;
  /** Absences that end on or after `from`, earliest first. */
  absencesOf(personId: string, from: string): Promise<AbsenceView[]>;
}
