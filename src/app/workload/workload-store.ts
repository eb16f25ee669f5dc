import type {
  ActionCommitment,
  AttendanceCommitment,
  TurnCommitment,
} from '../../domain/workload/hand-off-order.ts';

/** An action as `druk` lists it: the rule's fields and, for a private answer only, its description. */
export type WorkloadAction = ActionCommitment & { description: string };

/** Everything casus knows of one person's day (src/infra/db/repositories/workload-repository.ts). */
export interface WorkloadDay {
  /** ISO weekdays the person has contract blocks on; empty when none are recorded. */
  contractWeekdays: number[];
  /** The person's absences that cover the day (inclusive local dates). */
  absences: { from: string; to: string; deputyName: string | null }[];
  /** Case conferences starting that day (proposed or scheduled) the person is an attendee of. */
  attendances: AttendanceCommitment[];
  /** Actions the person owns, open or stuck, due on or before the day, not snoozed past it. */
  actions: WorkloadAction[];
  /** Rotation turns (active rotations) the person has that day. */
  turns: TurnCommitment[];
}

export interface WorkloadStore {
  /**
   * The person's commitments on `date` ('YYYY-MM-DD'); `from` and `until` are the local day's start and end
   * in the scheduling zone, for the conferences.
   */
  dayOf(query: { professionalId: string; date: string; from: Date; until: Date }): Promise<WorkloadDay>;
}
