import { z } from 'zod';
import { scheduleNudgeSweep, sendNudges } from './app/actions/send-nudges.ts';
import { remindFollowUp } from './app/conferences/remind-follow-up.ts';
import { scheduleDigestSweep, sendDigests } from './app/digest/send-digests.ts';
import { REMIND_CONSENT_ENDING, remindConsentEnding } from './app/households/remind-consent-ending.ts';
import type { Clock } from './app/ports/clock.ts';
import { checkQuorum, QUORUM_CHECK } from './app/protection/check-quorum.ts';
import {
  CONFERENCE_AGENDA,
  conferenceAgenda,
  sendConferenceAgenda,
} from './app/protection/conference-agenda.ts';
import { protectConference } from './app/protection/protect-conference.ts';
import {
  announceTurns,
  ROTATION_ANNOUNCE,
  scheduleRotationAnnouncements,
} from './app/rotations/announce-turns.ts';
import type { ReadRotationSchedule } from './app/rotations/rotation-schedule.ts';
import { readRotationSchedule } from './app/rotations/rotation-turns.ts';
import type { Locale } from './domain/locale.ts';
import { nudgeJob, nudgeJobName } from './infra/actions/nudge-job.ts';
import {
  createNudgeStore,
  createNudgeUnitOfWork,
  nudgeParallelUnits,
} from './infra/actions/nudge-repository.ts';
import { followUpJob, followUpJobName } from './infra/conferences/follow-up-job.ts';
import { createFollowUpStore } from './infra/conferences/follow-up-repository.ts';
import type { Database } from './infra/db/database.ts';
import { createAgendaUnitOfWork } from './infra/db/repositories/conference-agenda-repository.ts';
import { createConsentStore } from './infra/db/repositories/consent-repository.ts';
import { createDigestStore, createDigestUnitOfWork } from './infra/db/repositories/digest-repository.ts';
import { createProtectionUnitOfWork } from './infra/db/repositories/protection-repository.ts';
import { createRotationUnitOfWork, rotationStoreOf } from './infra/db/repositories/rotation-repository.ts';
import { digestJob, digestJobName } from './infra/digest/digest-job.ts';
import type { JobHandler } from './infra/jobs/job-runner.ts';
import { timedJob } from './infra/jobs/timed-job.ts';
import { announceJob } from './infra/rotations/announce-job.ts';
import { createUnitOfWork } from './infra/work/prisma-unit-of-work.ts';

/** The consent reminder's input as scheduled (remind-consent-ending.ts); widen it, never narrow it. */
const consentReminderInput = z.object({
  consentId: z.string().min(1),
  validUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export interface TimedWorkDeps {
  db: Pick<Database, 'prisma' | 'kind'>;
  clock: Clock;
  /** For people without a locale of their own. */
  defaultLocale: Locale;
  /** The scheduling time zone (Config.scheduling.timeZone): what "today" is for a timed use case. */
  timeZone?: string;
  /** Config.server.publicUrl, for links in what timed work sends. */
  publicUrl?: string;
  /** This week's rotation turns for the weekly digest; none until the rotations feature is wired. */
  readRotation?: ReadRotationSchedule;
}

/**
 * The registry of timed use cases: every name a use case may pass to `Scheduler.schedule` maps to the job
 * that parses its input and calls it (see docs/architecture.md, "A timed job"). A name scheduled but missing
 * here fails its job with job-handler-missing — add the entry in the same commit as the first `schedule` call.
 */
export function composeTimedWork(deps: TimedWorkDeps): Record<string, JobHandler> {
  const { db, clock, defaultLocale } = deps;
  const unitOfWork = createUnitOfWork(db.prisma);
  return {
    [REMIND_CONSENT_ENDING]: timedJob(
      REMIND_CONSENT_ENDING,
      consentReminderInput,
      remindConsentEnding({
        consents: createConsentStore(db.prisma),
        unitOfWork,
        timeZone: deps.timeZone ?? 'Europe/Amsterdam',
        defaultLocale,
      }),
      clock,
    ),
    [followUpJobName]: followUpJob(
      remindFollowUp({ store: createFollowUpStore(db.prisma), unitOfWork, defaultLocale }),
      clock,
    ),
    [QUORUM_CHECK]: timedJob(
      QUORUM_CHECK,
      z.object({ conferenceId: z.string().min(1), startsAt: z.string().datetime() }),
      checkQuorum(
        protectConference({
          work: createProtectionUnitOfWork(db.prisma, {
            publicUrl: deps.publicUrl ?? 'http://localhost:3978',
            timeZone: deps.timeZone ?? 'Europe/Amsterdam',
            defaultLocale,
          }),
          defaultLocale,
          timeZone: deps.timeZone ?? 'Europe/Amsterdam',
        }),
      ),
      clock,
    ),
    [CONFERENCE_AGENDA]: timedJob(
      CONFERENCE_AGENDA,
      z.object({ conferenceId: z.string().min(1), startsAt: z.string().datetime() }),
      sendConferenceAgenda(
        conferenceAgenda({
          work: createAgendaUnitOfWork(db.prisma, { timeZone: deps.timeZone ?? 'Europe/Amsterdam' }),
          defaultLocale,
          timeZone: deps.timeZone ?? 'Europe/Amsterdam',
        }),
      ),
      clock,
    ),
    [nudgeJobName]: nudgeJob(
      sendNudges({
        store: createNudgeStore(db.prisma, { timeZone: deps.timeZone ?? 'Europe/Amsterdam' }),
        work: createNudgeUnitOfWork(db.prisma, { parallelUnits: nudgeParallelUnits(db) }),
        defaultLocale,
      }),
      clock,
    ),
    [digestJobName]: digestJob(
      sendDigests({
        store: createDigestStore(db.prisma),
        work: createDigestUnitOfWork(db.prisma),
        readRotation:
          deps.readRotation ??
          readRotationSchedule(rotationStoreOf(db.prisma, { timeZone: deps.timeZone ?? 'Europe/Amsterdam' })),
        timeZone: deps.timeZone ?? 'Europe/Amsterdam',
        defaultLocale,
      }),
      clock,
    ),
    [ROTATION_ANNOUNCE]: announceJob(
      announceTurns({
        work: createRotationUnitOfWork(db.prisma, { timeZone: deps.timeZone ?? 'Europe/Amsterdam' }),
        defaultLocale,
        timeZone: deps.timeZone ?? 'Europe/Amsterdam',
      }),
      clock,
    ),
  };
}

/**
 * Timed work that runs on its own rhythm rather than being caused by a change: at start-up, makes sure the
 * next nudge sweep and the next digest sweep are scheduled (one job per quarter-hour slot, so every instance may
 * call this).
 */
export async function scheduleStandingWork(
  deps: Pick<TimedWorkDeps, 'db' | 'clock' | 'timeZone'>,
): Promise<void> {
  await createUnitOfWork(deps.db.prisma).run(async ({ scheduler }) => {
    await scheduleNudgeSweep(scheduler, deps.clock.now());
    await scheduleDigestSweep(scheduler, deps.clock.now());
    // The daily turn announcements (08:00 local); each run schedules the next day's.
    await scheduleRotationAnnouncements(scheduler, deps.clock.now(), deps.timeZone ?? 'Europe/Amsterdam');
  });
}
