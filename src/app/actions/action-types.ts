import type { LifeDomain } from '../../domain/life-domains.ts';

/**
 * The shapes the actions area hands around: what the chat feature, the CLI, the nudge sweep and the views
 * share. Stores return these, never Prisma rows. Dates without a time are local dates 'YYYY-MM-DD' in the
 * scheduling zone.
 */

export type ActionState = 'open' | 'blocked' | 'done' | 'cancelled';

export interface PersonRef {
  id: string;
  /** The roster key (Professional.externalKey), what the CLI's --owner and --as take. */
  key: string;
  name: string;
}

export interface ActionView {
  id: string;
  householdId: string;
  /** Pseudonymous reference: the only thing a shared conversation may see. */
  householdReference: string;
  teamId: string;
  owner: PersonRef;
  coOwners: PersonRef[];
  description: string;
  domain: LifeDomain | null;
  dueOn: string;
  status: ActionState;
  blockedSince: string | null;
  /** Who or what it waits for (another organisation, a department). */
  blockedBy: string | null;
  blockedNote: string | null;
  /** Silent (no nudges) on days before this local date. */
  snoozedUntil: string | null;
  doneAt: Date | null;
  doneBy: PersonRef | null;
  cancelReason: string | null;
  decisionId: string | null;
  conferenceId: string | null;
  /** Raised by every change: a change made against an older version is refused as a conflict. */
  version: number;
}

export type ActionEventKind =
  | 'recorded'
  | 'done'
  | 'blocked'
  | 'unblocked'
  | 'snoozed'
  | 'reassigned'
  | 'cancelled'
  | 'due-moved'
  | 'reopened';

/** One line of an action's history. */
export interface ActionEventView {
  at: Date;
  kind: ActionEventKind;
  actor: PersonRef | null;
  onBehalfOf: string | null;
  reason: string | null;
  blockedBy: string | null;
  fromOwner: PersonRef | null;
  toOwner: PersonRef | null;
  dueOn: string | null;
  untilOn: string | null;
}

export interface DecisionView {
  id: string;
  householdId: string;
  householdReference: string;
  text: string;
  domain: LifeDomain | null;
  householdAgreed: boolean | null;
  conferenceId: string | null;
  recordedBy: PersonRef | null;
  createdAt: Date;
}

/** A period of leave, local dates inclusive. */
export interface AbsenceView {
  id: string;
  person: PersonRef;
  from: string;
  to: string;
  deputy: PersonRef | null;
}

/** What can happen to an action after it was recorded (buttons, chat, CLI). */
export type ActionChange =
  | { kind: 'done' }
  | { kind: 'cancel'; reason: string }
  | { kind: 'block'; reason: string; blockedBy?: string }
  | { kind: 'unblock' }
  /** Silent until this local date (nudges start again on it). */
  | { kind: 'snooze'; until: string }
  | { kind: 'reassign'; toProfessionalId: string }
  | { kind: 'move-due'; dueOn: string };
