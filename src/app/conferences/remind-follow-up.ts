import { followUpDueAt, followUpsDue } from '../../domain/follow-up/follow-up-due.ts';
import type { Locale } from '../../domain/locale.ts';
import type { Scheduler } from '../ports/scheduler.ts';
import type { UnitOfWork } from '../ports/unit-of-work.ts';
import type { TimedUseCase } from '../timed-use-case.ts';
import { followUpReminderView } from './conference-views.ts';
import type { FollowUpStore } from './follow-up-store.ts';

/** The timed use case's name: also the job name, kept from before so jobs queued by older versions run. */
export const followUpUseCase = 'conference.follow-up';

/** One check per conference, ever: the job key, and the stem of each reminder's idempotency key. */
export const followUpKey = (conferenceId: string) => `follow-up:${conferenceId}`;

export interface FollowUpInput {
  conferenceId: string;
  /** The team's followUpWeeks when the conference was booked: what the reminder says. */
  weeks: number;
}

/** Schedules a conference's follow-up check, `weeks` after it starts (called when it is booked). */
export function scheduleFollowUp(
  scheduler: Scheduler,
  conference: { id: string; startsAt: Date },
  weeks: number,
): Promise<boolean> {
  const input: FollowUpInput = { conferenceId: conference.id, weeks };
  return scheduler.schedule({
    useCase: followUpUseCase,
    key: followUpKey(conference.id),
    at: followUpDueAt(conference.startsAt, weeks),
    input,
  });
}

export interface RemindFollowUpDeps {
  store: FollowUpStore;
  unitOfWork: UnitOfWork;
  /** For people without a locale of their own. */
  defaultLocale: Locale;
}

/**
 * The follow-up check: asks the rule (domain/follow-up) which reminders are due now, and in one unit of work
 * queues each to its recipient on every platform they use and records in the access log that the job read
 * each household's conference. It can run twice: the reminder keys
 * (`follow-up:<conferenceId>:<householdId>:<platform>`) make the second run queue nothing.
 */
export function remindFollowUp(deps: RemindFollowUpDeps): TimedUseCase<FollowUpInput> {
  return async ({ conferenceId, weeks }, { now }) => {
    const situation = await deps.store.situation(conferenceId);
    if (!situation) return;
    const due = followUpsDue(situation, weeks, now);
    await deps.unitOfWork.run(async ({ outbox, accessLog }) => {
      for (const household of situation.households) {
        await accessLog.record({
          actorId: null,
          onBehalfOf: `job:${followUpUseCase}`,
          householdId: household.id,
          teamId: situation.conference.teamId,
          reference: household.reference,
          kind: 'conference',
          action: 'view',
          channel: 'job',
          outcome: 'ok',
          subjectId: conferenceId,
        });
      }
      for (const { householdId, reference, recipient } of due) {
        await outbox.toPerson({
          professionalId: recipient.id,
          view: followUpReminderView(
            { householdId, reference, weeks },
            recipient.locale ?? deps.defaultLocale,
          ),
          idempotencyKey: `${followUpKey(conferenceId)}:${householdId}`,
        });
      }
    });
  };
}
