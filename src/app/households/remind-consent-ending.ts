import { consentState, reminderDay, reminderStillRelevant } from '../../domain/consent/consent-state.ts';
import { isLocale, type Locale } from '../../domain/locale.ts';
import { localTimeToEpochMinute } from '../../domain/slots/zone-offsets.ts';
import { localDate } from '../format-when.ts';
import type { Scheduler } from '../ports/scheduler.ts';
import type { UnitOfWork } from '../ports/unit-of-work.ts';
import type { TimedUseCase } from '../timed-use-case.ts';
import type { ConsentStore } from './consent-store.ts';
import { consentReminderView } from './consent-views.ts';

/** The name the reminder is scheduled under (src/timed-work.ts maps it to its job). */
export const REMIND_CONSENT_ENDING = 'consent.remind-ending';

export interface ConsentReminderInput {
  consentId: string;
  /** The end date the reminder is about: a renewal or withdrawal since then makes it silent. */
  validUntil: string;
}

/** Reminders go out at nine in the morning, when a coordinator can still act that day. */
const REMINDER_MINUTE_OF_DAY = 9 * 60;

/** One reminder per consent and end date: a renewal (a new end date) gets a key, and a reminder, of its own. */
export function consentReminderKey(consentId: string, validUntil: string): string {
  return `consent-reminder:${consentId}:${validUntil}`;
}

/**
 * Schedules the reminder for consent that ends on `validUntil`: `reminderDays` before, at nine in the
 * scheduling time zone, or at once when that moment has passed. Called inside the write that records the
 * consent, so the reminder commits with it.
 */
export async function scheduleConsentReminder(
  scheduler: Scheduler,
  consent: { consentId: string; validUntil: string },
  when: { reminderDays: number; now: Date; timeZone: string },
): Promise<boolean> {
  const today = localDate(when.now, when.timeZone);
  if (consent.validUntil < today) return false;
  const day = reminderDay(consent.validUntil, when.reminderDays, today);
  const at = new Date(localTimeToEpochMinute(day, REMINDER_MINUTE_OF_DAY, when.timeZone) * 60_000);
  return scheduler.schedule({
    useCase: REMIND_CONSENT_ENDING,
    key: consentReminderKey(consent.consentId, consent.validUntil),
    at: at < when.now ? when.now : at,
    input: { consentId: consent.consentId, validUntil: consent.validUntil } satisfies ConsentReminderInput,
  });
}

export interface RemindConsentEndingDeps {
  consents: Pick<ConsentStore, 'consentById'>;
  unitOfWork: UnitOfWork;
  timeZone: string;
  /** For a coordinator without a language of their own. */
  defaultLocale: Locale;
}

/**
 * Tells the household's coordinator, privately, that consent for an organisation ends soon, with a Renew
 * button. Silent when the consent was renewed, withdrawn or removed since it was scheduled, or when the
 * household has no coordinator. Sent under a key of the consent and its end date, so a job that runs twice
 * sends once.
 */
export function remindConsentEnding(deps: RemindConsentEndingDeps): TimedUseCase<ConsentReminderInput> {
  return async (input, run) => {
    const consent = await deps.consents.consentById(input.consentId);
    if (!consent || !reminderStillRelevant(consent, input.validUntil) || consent.coordinatorId === null)
      return;
    const today = localDate(run.now, deps.timeZone);
    const state = consentState(consent, today);
    const locale = isLocale(consent.coordinatorLocale) ? consent.coordinatorLocale : deps.defaultLocale;
    const coordinatorId = consent.coordinatorId;
    await deps.unitOfWork.run(async ({ outbox, accessLog }) => {
      const sent = await outbox.toPerson({
        professionalId: coordinatorId,
        view: consentReminderView(consent, state, locale),
        idempotencyKey: consentReminderKey(consent.id, input.validUntil),
      });
      if (sent === 0) return;
      // The reminder names the household and organisation to its coordinator: a read by a job, logged.
      await accessLog.record({
        actorId: null,
        onBehalfOf: `job:${REMIND_CONSENT_ENDING}`,
        householdId: consent.householdId,
        teamId: consent.teamId,
        reference: consent.reference,
        kind: 'consent',
        action: 'view',
        channel: 'job',
        outcome: 'ok',
        subjectId: consent.id,
        details: { recipient: coordinatorId },
      });
    });
  };
}
