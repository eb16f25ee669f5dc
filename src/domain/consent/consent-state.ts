import { addDays, dayNumber } from '../slots/zone-offsets.ts';

/**
 * Consent of a household for one organisation (AVG/GDPR), as dates 'YYYY-MM-DD' in the scheduling time zone.
 * `validUntil` is the last day it holds (null: no end date); `withdrawnOn` is the day the household took it back.
 */
export interface ConsentDates {
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
}

/** How many days before consent ends the coordinator is reminded, unless the team set another number. */
export const DEFAULT_CONSENT_REMINDER_DAYS = 14;

/**
 * - active: it holds, and does not end within the reminder period;
 * - ending-soon: it holds, and its last day is within `reminderDays` (today included);
 * - expired: its last day was before today;
 * - withdrawn: the household took it back (whatever the end date).
 */
export type ConsentState =
  | { state: 'active'; until: string | null }
  | { state: 'ending-soon'; until: string; daysLeft: number }
  | { state: 'expired'; endedOn: string }
  | { state: 'withdrawn'; withdrawnOn: string };

export function consentState(
  consent: ConsentDates,
  today: string,
  reminderDays: number = DEFAULT_CONSENT_REMINDER_DAYS,
): ConsentState {
  if (consent.withdrawnOn !== null) return { state: 'withdrawn', withdrawnOn: consent.withdrawnOn };
  const until = consent.validUntil;
  if (until === null) return { state: 'active', until: null };
  if (until < today) return { state: 'expired', endedOn: until };
  const daysLeft = dayNumber(until) - dayNumber(today);
  return daysLeft <= reminderDays ? { state: 'ending-soon', until, daysLeft } : { state: 'active', until };
}

/**
 * Whether the organisation may take part today: consent given and neither withdrawn nor past its last day.
 * Team assembly, the optional roles and new invitations all ask this one rule, so consent that ended
 * yesterday keeps an organisation out at once and consent that ends today still lets it in.
 */
export function consentHolds(consent: ConsentDates, today: string): boolean {
  const { state } = consentState(consent, today, 0);
  return state === 'active' || state === 'ending-soon';
}

/**
 * Whether an organisation's professionals may take part for a household today: some consent of the household
 * for that organisation holds. For new invitations (InviteeFilter in domain/conferences/invitees.ts) as for
 * team assembly (sortConsents), so both leave out the same organisations on the same day.
 */
export function organisationMayTakePart(
  organisationId: string,
  consents: readonly (ConsentDates & { organisationId: string })[],
  today: string,
): boolean {
  return consents.some((c) => c.organisationId === organisationId && consentHolds(c, today));
}

/**
 * Whether a professional may be invited to a conference about these households today: for each household they
 * are its coordinator (who needs no consent, as in team assembly) or their organisation's consent holds.
 */
export function consentAllowsAttendance(
  person: { professionalId: string; organisationId: string },
  households: readonly {
    coordinatorId: string | null;
    consents: readonly (ConsentDates & { organisationId: string })[];
  }[],
  today: string,
): boolean {
  return households.every(
    (household) =>
      household.coordinatorId === person.professionalId ||
      organisationMayTakePart(person.organisationId, household.consents, today),
  );
}

/** Consent that no longer holds, with why: for telling a coordinator why an organisation is missing. */
export type LapsedConsent<T> =
  | { consent: T; reason: 'expired'; on: string }
  | { consent: T; reason: 'withdrawn'; on: string };

/**
 * The organisations whose consent holds today, and those whose consent lapsed (latest first per organisation:
 * an organisation with consent that holds is never also listed as lapsed).
 */
export function sortConsents<T extends ConsentDates & { organisationId: string }>(
  consents: readonly T[],
  today: string,
): { holding: Set<string>; lapsed: LapsedConsent<T>[] } {
  const holding = new Set(consents.filter((c) => consentHolds(c, today)).map((c) => c.organisationId));
  const lapsed: LapsedConsent<T>[] = [];
  for (const consent of consents) {
    if (holding.has(consent.organisationId)) continue;
    const state = consentState(consent, today, 0);
    if (state.state === 'expired') lapsed.push({ consent, reason: 'expired', on: state.endedOn });
    else if (state.state === 'withdrawn')
      lapsed.push({ consent, reason: 'withdrawn', on: state.withdrawnOn });
  }
  return { holding, lapsed };
}

/** The day the coordinator is reminded: `reminderDays` before the last day, or `today` when that has passed. */
export function reminderDay(validUntil: string, reminderDays: number, today: string): string {
  const day = addDays(validUntil, -reminderDays);
  return day < today ? today : day;
}

/**
 * Whether a reminder scheduled for consent ending on `scheduledUntil` still has something to say: the consent
 * still exists, is not withdrawn, and still ends on that day. A renewal (a new end date) or a withdrawal makes
 * the old reminder silent; the renewal schedules its own.
 */
export function reminderStillRelevant(consent: ConsentDates | undefined, scheduledUntil: string): boolean {
  return consent !== undefined && consent.withdrawnOn === null && consent.validUntil === scheduledUntil;
}

/**
 * The end date a renewal on `today` starts with: as long as the consent ran before (given on → valid until),
 * counted from today. Consent without an end date gets none.
 */
export function renewedUntil(consent: ConsentDates, today: string): string | null {
  if (consent.validUntil === null) return null;
  const length = Math.max(0, dayNumber(consent.validUntil) - dayNumber(consent.givenOn));
  return addDays(today, length);
}
