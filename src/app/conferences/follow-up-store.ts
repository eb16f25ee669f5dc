import type { FollowUpSituation } from '../../domain/follow-up/follow-up-due.ts';

/** Reads what the follow-up rule needs. Only ids, references, plan state and who to tell: no care data. */
export interface FollowUpStore {
  /** Undefined when the conference no longer exists (e.g. erased on request). */
  situation(conferenceId: string): Promise<FollowUpSituation | undefined>;
}
