import { z } from 'zod';
import { followUpReminderView } from '../../app/conferences/conference-views.ts';
import type { Locale } from '../../domain/locale.ts';
import { isLocale } from '../../domain/locale.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { CodedError } from '../coded-error.ts';
import type { Database } from '../db/database.ts';
import type { Job, JobHandler } from '../jobs/job-runner.ts';
import { queueMessage } from '../outbox/queue-message.ts';
import { platformsOf } from './conference-snapshot.ts';

/** Register with the job runner: `{ [followUpJobName]: createFollowUpHandler({ db }) }`. */
export const followUpJobName = 'conference.follow-up';

export const followUpJobKey = (conferenceId: string) => `follow-up:${conferenceId}`;

export interface FollowUpPayload {
  conferenceId: string;
  /** The team's followUpWeeks when the conference was booked: what the reminder says. */
  weeks: number;
}

const payloadSchema = z.object({
  conferenceId: z.string().min(1),
  weeks: z.number().int().min(1).max(52),
});

export interface FollowUpDeps {
  db: Pick<Database, 'prisma'>;
  /** For coordinators without a locale of their own. Default 'nl'. */
  defaultLocale?: Locale;
}

/**
 * The follow-up check, due the set interval (default six weeks) after a conference started. For each of
 * the conference's households it reminds the coordinator (else the conference's organiser) to plan the
 * follow-up, with a button that opens the proposal — but only when
 *
 * - the conference was not cancelled,
 * - the household's plan is not closed, and
 * - no later conference for the household is planned (any that is not cancelled).
 *
 * This job never schedules another one: the chain continues because booking the follow-up conference
 * queues its own check (queueConferenceInvitations). A closed plan stops the chain: the check finds the
 * plan closed and sends nothing, and with no new booking no new check is queued. A later conference that
 * exists already carries its own check, so this one stays silent.
 *
 * A job can run twice: the message keys (`follow-up:<conferenceId>:<householdId>:<platform>`) make the second
 * run queue nothing, and everything happens in one transaction.
 */
export function createFollowUpHandler(deps: FollowUpDeps): JobHandler {
  const defaultLocale = deps.defaultLocale ?? 'nl';
  return async (job: Job) => {
    const parsed = payloadSchema.safeParse(job.payload);
    if (!parsed.success)
      throw new CodedError('follow-up-job-invalid', 'A follow-up job has an invalid payload');
    const { conferenceId, weeks } = parsed.data;
    await deps.db.prisma.$transaction((tx) => remind(tx, conferenceId, weeks, defaultLocale));
  };
}

async function remind(
  tx: Prisma.TransactionClient,
  conferenceId: string,
  weeks: number,
  defaultLocale: Locale,
): Promise<void> {
  const conference = await tx.caseConference.findUnique({
    where: { id: conferenceId },
    select: {
      startsAt: true,
      status: true,
      organizerId: true,
      households: {
        select: {
          household: {
            select: {
              id: true,
              reference: true,
              planClosedAt: true,
              coordinator: { select: { id: true, locale: true, active: true } },
            },
          },
        },
      },
    },
  });
  // Deleted (e.g. an erasure request) or cancelled: nothing to follow up.
  if (!conference || conference.status === 'cancelled') return;

  for (const { household } of conference.households) {
    if (household.planClosedAt) continue;
    const later = await tx.conferenceHousehold.count({
      where: {
        householdId: household.id,
        conferenceId: { not: conferenceId },
        conference: { startsAt: { gt: conference.startsAt }, status: { not: 'cancelled' } },
      },
    });
    if (later > 0) continue;

    const coordinator = household.coordinator?.active ? household.coordinator : undefined;
    const recipient =
      coordinator ??
      (conference.organizerId
        ? await tx.professional.findUnique({
            where: { id: conference.organizerId },
            select: { id: true, locale: true },
          })
        : null);
    if (!recipient) continue;
    const locale = isLocale(recipient.locale) ? recipient.locale : defaultLocale;
    const view = followUpReminderView(
      { householdId: household.id, reference: household.reference, weeks },
      locale,
    );
    for (const platform of await platformsOf(tx, recipient.id)) {
      await queueMessage(tx, {
        idempotencyKey: `${followUpJobKey(conferenceId)}:${household.id}:${platform}`,
        platform,
        target: `user:${recipient.id}`,
        view,
      });
    }
  }
}
