import type { LifeDomain } from '../../domain/life-domains.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';
import type {
  AbsenceView,
  ActionEventKind,
  ActionEventView,
  ActionState,
  ActionView,
  DecisionView,
  PersonRef,
} from './action-types.ts';

/**
 * Storage of decisions, actions and absences (the ActionBook's port). Storage only: every rule (who may, which
 * due date, what a change does) lives in the use cases (action-book-impl.ts and its helpers). Dates without a
 * time are local 'YYYY-MM-DD'.
 */

/** A professional as the rules need them: whether active, where they work and on which weekdays. */
export interface StoredPerson extends PersonRef {
  active: boolean;
  /** ISO weekdays of their contract blocks (empty when not recorded). */
  contractWeekdays: number[];
  /** Teams they are a member of, with their role. */
  teams: { id: string; role: 'member' | 'coach' | 'admin' }[];
}

export interface StoredConference {
  id: string;
  teamId: string;
  households: { id: string; reference: string }[];
  /** Professional ids of everyone invited (attendances). */
  attendeeIds: string[];
  minutesAt: Date | null;
}

/** Which actions a listing wants; all given conditions hold together. */
export interface ActionQuery {
  teamId?: string;
  ownerId?: string;
  /** Owned or co-owned by this professional. */
  personId?: string;
  householdId?: string;
  statuses: readonly ActionState[];
  /** Only actions due before this local date. */
  dueBefore?: string;
}

export interface NewActionRow {
  householdId: string;
  ownerId: string;
  coOwnerIds: string[];
  description: string;
  domain: LifeDomain | null;
  dueOn: string;
  conferenceId: string | null;
  decisionId: string | null;
  recordedById: string | null;
  requestKey: string | null;
  nextNudgeAt: Date;
}

export interface NewDecisionRow {
  householdId: string;
  text: string;
  domain: LifeDomain | null;
  householdAgreed: boolean | null;
  conferenceId: string | null;
  recordedById: string | null;
  requestKey: string | null;
  createdAt: Date;
}

/** One history line as written: who, through which channel, and what changed. */
export interface NewActionEvent {
  kind: ActionEventKind;
  at: Date;
  actorId: string | null;
  onBehalfOf: string | null;
  channel: string | null;
  reason?: string | null;
  blockedBy?: string | null;
  fromOwnerId?: string | null;
  toOwnerId?: string | null;
  dueOn?: string | null;
  untilOn?: string | null;
}

/** The columns a change sets; undefined leaves a column as it is, null clears it. */
export interface ActionPatch {
  status?: ActionState;
  ownerId?: string;
  dueOn?: string;
  blockedNote?: string | null;
  blockedBy?: string | null;
  blockedSince?: string | null;
  cancelReason?: string | null;
  snoozedUntil?: string | null;
  doneAt?: Date | null;
  doneById?: string | null;
  nextNudgeAt: Date | null;
}

export interface NewAbsenceRow {
  professionalId: string;
  from: string;
  to: string;
  startsAt: Date;
  endsAt: Date;
  deputyId: string | null;
}

export interface ActionReads {
  person(id: string): Promise<StoredPerson | undefined>;
  personByKey(key: string): Promise<StoredPerson | undefined>;
  action(id: string): Promise<ActionView | undefined>;
  actionByRequestKey(requestKey: string): Promise<ActionView | undefined>;
  decision(id: string): Promise<DecisionView | undefined>;
  decisionByRequestKey(requestKey: string): Promise<DecisionView | undefined>;
  history(actionId: string): Promise<ActionEventView[]>;
  conference(conferenceId: string): Promise<StoredConference | undefined>;
  /** The household's coordinator and involved professionals (who sees its details). */
  caseTeamIds(householdId: string): Promise<string[]>;
  /** Matching actions, in no particular order. */
  actions(query: ActionQuery): Promise<ActionView[]>;
  /** A household's decisions, newest first. */
  decisionsOf(householdId: string): Promise<DecisionView[]>;
  /** Absences ending on or after `from`, earliest first. */
  absencesOf(personId: string, from: string): Promise<AbsenceView[]>;
}

/** Reads and writes on one transaction. */
export interface ActionStore extends ActionReads {
  createAction(row: NewActionRow, event: NewActionEvent): Promise<ActionView>;
  createDecision(row: NewDecisionRow): Promise<DecisionView>;
  /**
   * Applies the patch and the history line only when the action still has `version` (raising it by one): of two
   * changes at once the second finds the version gone and writes nothing. The new state, or undefined then.
   */
  changeAction(
    id: string,
    version: number,
    patch: ActionPatch,
    event: NewActionEvent,
  ): Promise<ActionView | undefined>;
  /** Presence of the attendees and when (and by whom) the minutes were taken. */
  recordPresence(input: {
    conferenceId: string;
    presentIds: readonly string[];
    byId: string | null;
    at: Date;
  }): Promise<void>;
  createAbsence(row: NewAbsenceRow): Promise<AbsenceView>;
  /** Sets nextNudgeAt to `at` on the person's open and blocked actions (as owner): the sweep looks again. */
  wakeActionsOf(ownerId: string, at: Date): Promise<number>;
}

/** One transaction with the store and the ports: the write, its history, log and messages commit together. */
export interface ActionUnitOfWork {
  run<T>(work: (ports: WorkPorts & { store: ActionStore }) => Promise<T>): Promise<T>;
}
