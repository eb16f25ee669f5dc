import { actionsFeature, householdActionsPart } from './app/actions/actions-feature.ts';
import { calendarFeature } from './app/calendar/calendar-feature.ts';
import { answerInvitation } from './app/conferences/answer-invitation.ts';
import { conferenceFeature } from './app/conferences/conference-feature.ts';
import { digestFeature } from './app/digest/digest-feature.ts';
import type { Feature } from './app/feature.ts';
import { consentFeature } from './app/households/consent-feature.ts';
import { householdFeature } from './app/households/household-feature.ts';
import { planningFeature } from './app/planning/planning-feature.ts';
import { type Clock, systemClock } from './app/ports/clock.ts';
import { protectConference } from './app/protection/protect-conference.ts';
import { protectionFeature } from './app/protection/protection-feature.ts';
import { rotationFeature } from './app/rotations/rotation-feature.ts';
import { readRotationSchedule } from './app/rotations/rotation-turns.ts';
import { settingsFeature } from './app/settings/settings-feature.ts';
import { teamViewFeature } from './app/team-view/team-view-feature.ts';
import { workloadFeature } from './app/workload/workload-feature.ts';
import type { Config } from './config.ts';
import { readPublishedBusy } from './infra/calendar/published-busy.ts';
import { queueConferenceInvitations } from './infra/conferences/queue-invitations.ts';
import { createRsvpUnitOfWork } from './infra/conferences/rsvp-repository.ts';
import type { Database } from './infra/db/database.ts';
import { createAccessLogReader } from './infra/db/repositories/access-log-repository.ts';
import { createDatabaseActionBook } from './infra/db/repositories/action-repository.ts';
import { createBookingStore } from './infra/db/repositories/booking-repository.ts';
import { createCalendarFeedStore } from './infra/db/repositories/calendar-feed-repository.ts';
import { createTeamSettingsStore } from './infra/db/repositories/chat-settings-repository.ts';
import { createConsentStore } from './infra/db/repositories/consent-repository.ts';
import { createDigestStore } from './infra/db/repositories/digest-repository.ts';
import { createDatabaseHouseholdDoor } from './infra/db/repositories/household-directory-repository.ts';
import { createHouseholdStore } from './infra/db/repositories/household-repository.ts';
import { createMinutesStore } from './infra/db/repositories/minutes-repository.ts';
import { createPeopleDirectory } from './infra/db/repositories/people-directory-repository.ts';
import { createPlanningStore } from './infra/db/repositories/planning-repository.ts';
import { createProtectionUnitOfWork } from './infra/db/repositories/protection-repository.ts';
import { createRotationUnitOfWork, rotationStoreOf } from './infra/db/repositories/rotation-repository.ts';
import { createTeamViewStore } from './infra/db/repositories/team-view-repository.ts';
import { createWorkloadStore } from './infra/db/repositories/workload-repository.ts';
import { calendarRoutes } from './infra/http/calendar-routes.ts';
import type { Route } from './infra/http/http-server.ts';
import type { JobHandler } from './infra/jobs/job-runner.ts';
import { createUnitOfWork } from './infra/work/prisma-unit-of-work.ts';
import { composeTimedWork } from './timed-work.ts';

export interface ComposedFeatures {
  /** For the router: commands, buttons and forms of each product area. */
  features: Feature[];
  /** For the job runner, besides the outbox's own. */
  jobHandlers: Record<string, JobHandler>;
  /** HTTP routes besides the channels'. */
  routes: Route[];
}

/** Every product area with its stores, in one place, so server.ts only composes channels and infrastructure. */
export function composeFeatures(db: Database, config: Config, clock: Clock = systemClock): ComposedFeatures {
  const { publicUrl } = config.server;
  const { timeZone } = config.scheduling;
  const defaultLocale = config.locale;
  // The one door every feature asks before it shows or changes a household.
  const door = createDatabaseHouseholdDoor(db.prisma);
  const actionBook = createDatabaseActionBook(db.prisma, { timeZone, clock });
  const protection = protectConference({
    work: createProtectionUnitOfWork(db.prisma, { publicUrl, timeZone, defaultLocale }),
    defaultLocale,
    timeZone,
  });
  return {
    features: [
      householdFeature({
        store: createHouseholdStore(db.prisma, { timeZone }),
        door,
        accessLog: { reader: createAccessLogReader(db.prisma) },
        detailsPart: householdActionsPart(actionBook),
      }),
      consentFeature({
        consents: createConsentStore(db.prisma),
        door,
      }),
      planningFeature({
        store: createPlanningStore(db.prisma),
        door,
        booking: createBookingStore(db.prisma, {
          queueInvitations: queueConferenceInvitations,
          publicUrl,
          timeZone,
          defaultLocale,
        }),
        readPublishedBusy,
      }),
      conferenceFeature({
        rsvp: answerInvitation({
          work: createRsvpUnitOfWork(db.prisma, { publicUrl }),
          defaultLocale,
          timeZone,
        }),
        protection,
      }),
      // The rescue's buttons: decline reasons, deputy / online / postpone, cancel with a reason, written input.
      protectionFeature({ protection }),
      calendarFeature({ store: createCalendarFeedStore(db.prisma), publicUrl }),
      // Decisions, actions, minutes and absences; its `acties` and App Home part replace the built-in ones.
      actionsFeature({
        book: actionBook,
        door,
        people: createPeopleDirectory(db.prisma),
        minutes: createMinutesStore(db.prisma),
      }),
      // `druk` / `overloaded`: the person's day and what to hand off or move first.
      workloadFeature({ store: createWorkloadStore(db.prisma) }),
      // `team`: the team's own view for its coaches, and their part of App Home (after the person's own).
      teamViewFeature({ store: createTeamViewStore(db.prisma) }),
      // `instellingen` / `settings`: a coach changes the team's settings in a form.
      settingsFeature({ store: createTeamSettingsStore(db.prisma) }),
      // `rooster` / `rotation`: the coming turns, Swap… on one's own, a coach's form to set up a role.
      rotationFeature({
        store: rotationStoreOf(db.prisma, { timeZone }),
        work: createRotationUnitOfWork(db.prisma, { timeZone }),
        defaultLocale,
      }),
      // `overzicht` / `digest`: the weekly digest as a preview, "show more", the personal digest's opt-out.
      digestFeature({
        store: createDigestStore(db.prisma),
        readRotation: readRotationSchedule(rotationStoreOf(db.prisma, { timeZone })),
        timeZone,
        unitOfWork: createUnitOfWork(db.prisma),
      }),
    ],
    jobHandlers: composeTimedWork({ db, clock, defaultLocale, timeZone, publicUrl }),
    routes: calendarRoutes(db.prisma, { publicUrl, locale: defaultLocale }),
  };
}
