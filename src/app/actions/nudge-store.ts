import type {
  MessageKind,
  NudgeAction,
  NudgeSituation,
  NudgeStep,
} from '../../domain/actions/nudge-policy.ts';
import type { Locale } from '../../domain/locale.ts';
import type { AccessRecord } from '../ports/access-log.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';

/**
 * What the nudge sweep (send-nudges.ts) reads and writes. The rule of what is due lives in
 * domain/actions/nudge-policy.ts; behind this port is storage only.
 */

/** An action whose next-nudge time has come, with what the policy and the message need. */
export interface DueAction extends NudgeAction {
  householdId: string;
  /** The action's text: it goes privately to the person nudged, never to a channel or a log. */
  description: string;
  /** Raised by every change; the sweep's new next-nudge time is written only while it is unchanged. */
  version: number;
}

/** Someone a nudge may reach, as the message and `casus nudges` name them. */
export interface NudgeContact {
  id: string;
  /** The roster key (Professional.externalKey). */
  key: string;
  name: string;
  locale: Locale | undefined;
}

/** One team's due actions and its world: people (with contract blocks and absences), holidays, settings. */
export interface DueTeam {
  teamId: string;
  /**
   * The policy's input: `people` are the owners, household coordinators, the team coach and everyone's
   * deputies; `sent` the messages already sent today (from the recorded nudges); `settings` the team's.
   */
  situation: NudgeSituation;
  actions: DueAction[];
  /** Everyone in `situation.people`, by id. */
  contacts: ReadonlyMap<string, NudgeContact>;
}

export interface NudgeStore {
  /**
   * Actions whose next-nudge time is at or before `now` (only those rows: the index), at most `limit`,
   * grouped by team. The number of queries does not depend on the number of actions.
   */
  dueActions(now: Date, limit: number): Promise<DueTeam[]>;
}

/** A nudge record to store: one row per action, recipient and step (nudge-policy NudgeRecord). */
export interface SentNudge {
  actionId: string;
  recipientId: string;
  step: NudgeStep;
  kind: MessageKind;
  /** Local date it was sent on. */
  on: string;
  /** The action's due date at the time. */
  dueOn: string;
  insteadOfId: string | null;
}

export interface NextNudge {
  actionId: string;
  /** The version read: the time is written only when nobody changed the action since. */
  version: number;
  /** Null: never again (done, cancelled, or nothing left to say). */
  at: Date | null;
}

/** The sweep's writes, bound to one transaction. Each call is one statement, however many rows. */
export interface NudgeWrites {
  /** Adds the nudge records; a record already there (same action, recipient, step and day) is kept. */
  recordSent(records: readonly SentNudge[]): Promise<void>;
  /**
   * Sets each action's next-nudge time where its version is still the one read (a change made meanwhile set
   * its own time, which stands). Returns the ids it wrote.
   */
  setNextNudgeAt(updates: readonly NextNudge[]): Promise<string[]>;
  /** Access-log entries (NEN 7513) of what the job read and told, in one statement. */
  logReads(entries: readonly AccessRecord[]): Promise<void>;
}

/** One transaction with the sweep's writes and the ports: messages, records and next times commit together. */
export interface NudgeUnitOfWork {
  /**
   * How many units may run at the same time (1 on the embedded database, which has one connection; more on
   * PostgreSQL, where the database works on one unit while the next is prepared).
   */
  readonly parallelUnits: number;
  run<T>(work: (ports: WorkPorts & { writes: NudgeWrites }) => Promise<T>): Promise<T>;
}
