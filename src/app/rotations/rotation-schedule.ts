/**
 * The rotation schedule as other features read it (the weekly digest, `casus rotation show`): per role the
 * turns from a date on, with who holds each and why someone else does. Built by the rotations feature
 * (src/app/rotations/); the digest only depends on this shape.
 */

/** Why someone other than the computed member holds a turn. */
export type TurnReason = 'absent' | 'swap' | 'override';

export interface ScheduledTurn {
  /** 'YYYY-MM-DD', local date. */
  date: string;
  /** The member's stable key (Professional.externalKey). */
  member: string;
  memberName: string;
  reason?: TurnReason;
}

export interface RoleSchedule {
  /** The team's own name for the role ("voorzitter", "piketdienst"). */
  role: string;
  duty?: 'chair' | 'minute_taker';
  turns: ScheduledTurn[];
}

export interface RotationSchedule {
  /** The team's slug. */
  team: string;
  rotations: RoleSchedule[];
}

/** Turns of every active rotation of a team with a date in [from, from + weeks·7 days). */
export type ReadRotationSchedule = (query: {
  teamId: string;
  /** 'YYYY-MM-DD'. */
  from: string;
  weeks: number;
}) => Promise<RotationSchedule>;
