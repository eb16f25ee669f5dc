import type { AccessChannel } from '../ports/access-log.ts';

/**
 * What the consent reminder and its Renew button need from storage, besides the household store. The adapter
 * is src/infra/db/repositories/consent-repository.ts. Dates are 'YYYY-MM-DD'.
 */
export interface ConsentStore {
  consentById(consentId: string): Promise<ConsentRecord | undefined>;
  /** The team's `consentReminderDays` setting (or the default). */
  reminderDays(teamId: string): Promise<number>;
  /**
   * Records a renewal in one transaction: the new given-on and valid-until, who did it, a household revision,
   * the access-log entry and the reminder for the new end date. Refused when the consent changed since the
   * form was shown (another renewal, a withdrawal).
   */
  renew(request: RenewConsentRequest): Promise<RenewConsentResult>;
}

export interface ConsentRecord {
  id: string;
  householdId: string;
  teamId: string;
  reference: string;
  organisationId: string;
  organisationName: string;
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
  coordinatorId: string | null;
  /** The coordinator's own language, when they set one. */
  coordinatorLocale: string | null;
  involvedIds: string[];
}

export interface RenewConsentRequest {
  consentId: string;
  /** The end date the renewal form was shown with: a different one in the database means it changed. */
  expectedValidUntil: string | null;
  givenOn: string;
  validUntil: string | null;
  actorId: string;
  channel: AccessChannel;
  now: Date;
  today: string;
  timeZone: string;
  requestKey?: string;
}

export type RenewConsentResult =
  | { status: 'renewed'; revision: number }
  /** Withdrawn, renewed by someone else, or gone since the form was shown: nothing was written. */
  | { status: 'changed' };
