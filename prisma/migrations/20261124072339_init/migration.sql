-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('slack', 'teams', 'tryout');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('member', 'coach', 'admin');

-- CreateEnum
CREATE TYPE "LifeDomain" AS ENUM ('financien', 'werk_opleiding', 'tijdsbesteding', 'huisvesting', 'huiselijke_relaties', 'geestelijke_gezondheid', 'lichamelijke_gezondheid', 'middelengebruik', 'basale_adl', 'instrumentele_adl', 'sociaal_netwerk', 'maatschappelijke_participatie', 'justitie', 'opvoeding');

-- CreateEnum
CREATE TYPE "ConferenceStatus" AS ENUM ('proposed', 'scheduled', 'held', 'postponed', 'cancelled');

-- CreateEnum
CREATE TYPE "ConferenceLocation" AS ENUM ('home', 'office', 'online');

-- CreateEnum
CREATE TYPE "AttendeeRole" AS ENUM ('required', 'optional');

-- CreateEnum
CREATE TYPE "Rsvp" AS ENUM ('pending', 'accepted', 'declined', 'tentative');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('open', 'blocked', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "NudgeKind" AS ENUM ('before_due', 'due', 'overdue', 'escalation_coordinator', 'escalation_coach');

-- CreateEnum
CREATE TYPE "RotationRole" AS ENUM ('chair', 'minute_taker', 'intake');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamChannel" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "workspace" TEXT NOT NULL DEFAULT '',
    "channelId" TEXT NOT NULL,
    "name" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discipline" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Discipline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Professional" (
    "id" TEXT NOT NULL,
    "externalKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "organisationId" TEXT NOT NULL,
    "contractHours" DECIMAL(4,1) NOT NULL DEFAULT 0,
    "locale" TEXT,
    "busyCalendarUrl" TEXT,
    "calendarFeedToken" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Professional_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "teamId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'member',

    CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("teamId","professionalId")
);

-- CreateTable
CREATE TABLE "ProfessionalDiscipline" (
    "professionalId" TEXT NOT NULL,
    "disciplineId" TEXT NOT NULL,

    CONSTRAINT "ProfessionalDiscipline_pkey" PRIMARY KEY ("professionalId","disciplineId")
);

-- CreateTable
CREATE TABLE "ContractDay" (
    "id" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "startMinute" SMALLINT NOT NULL,
    "endMinute" SMALLINT NOT NULL,

    CONSTRAINT "ContractDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "deputyId" TEXT,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformIdentity" (
    "id" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "workspace" TEXT NOT NULL DEFAULT '',
    "externalUserId" TEXT NOT NULL,

    CONSTRAINT "PlatformIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationReference" (
    "id" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "key" TEXT NOT NULL,
    "reference" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConversationReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "hasChildren" BOOLEAN NOT NULL DEFAULT false,
    "ikWil" TEXT,
    "ikKan" TEXT,
    "ikHebNodig" TEXT,
    "coordinatorId" TEXT,
    "planClosedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainScore" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "domain" "LifeDomain" NOT NULL,
    "score" SMALLINT NOT NULL,
    "scoredOn" DATE NOT NULL,

    CONSTRAINT "DomainScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdInvolvement" (
    "householdId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HouseholdInvolvement_pkey" PRIMARY KEY ("householdId","professionalId")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "givenOn" DATE NOT NULL,
    "withdrawnOn" DATE,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseConference" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" "ConferenceLocation" NOT NULL DEFAULT 'office',
    "status" "ConferenceStatus" NOT NULL DEFAULT 'proposed',
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "cancelReason" TEXT,
    "cancelledById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseConference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceHousehold" (
    "conferenceId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,

    CONSTRAINT "ConferenceHousehold_pkey" PRIMARY KEY ("conferenceId","householdId")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "conferenceId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "role" "AttendeeRole" NOT NULL DEFAULT 'required',
    "disciplineCode" TEXT,
    "rsvp" "Rsvp" NOT NULL DEFAULT 'pending',
    "present" BOOLEAN,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("conferenceId","professionalId")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT,
    "householdId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "conferenceId" TEXT,
    "decisionId" TEXT,
    "ownerId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "domain" "LifeDomain",
    "dueOn" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'open',
    "blockedNote" TEXT,
    "snoozedUntil" DATE,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nudge" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "NudgeKind" NOT NULL,
    "sentOn" DATE NOT NULL,
    "outboxId" TEXT,

    CONSTRAINT "Nudge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rotation" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "role" "RotationRole" NOT NULL,
    "everyDays" INTEGER NOT NULL DEFAULT 7,
    "startsOn" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Rotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationMember" (
    "rotationId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,

    CONSTRAINT "RotationMember_pkey" PRIMARY KEY ("rotationId","professionalId")
);

-- CreateTable
CREATE TABLE "RotationTurn" (
    "id" TEXT NOT NULL,
    "rotationId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "turnOn" DATE NOT NULL,
    "swappedFromId" TEXT,
    "announcedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RotationTurn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Digest" (
    "id" TEXT NOT NULL,
    "teamId" TEXT,
    "professionalId" TEXT,
    "weekOf" DATE NOT NULL,
    "outboxId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Digest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "target" TEXT NOT NULL,
    "view" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "platformMessageId" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundDelivery" (
    "key" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundDelivery_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "JobStatus" NOT NULL DEFAULT 'queued',
    "runAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobEffect" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobEffect_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "TeamChannel_teamId_idx" ON "TeamChannel"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamChannel_platform_workspace_channelId_key" ON "TeamChannel"("platform", "workspace", "channelId");

-- CreateIndex
CREATE UNIQUE INDEX "Discipline_code_key" ON "Discipline"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Professional_externalKey_key" ON "Professional"("externalKey");

-- CreateIndex
CREATE UNIQUE INDEX "Professional_calendarFeedToken_key" ON "Professional"("calendarFeedToken");

-- CreateIndex
CREATE INDEX "TeamMembership_professionalId_idx" ON "TeamMembership"("professionalId");

-- CreateIndex
CREATE INDEX "ProfessionalDiscipline_disciplineId_idx" ON "ProfessionalDiscipline"("disciplineId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractDay_professionalId_weekday_startMinute_key" ON "ContractDay"("professionalId", "weekday", "startMinute");

-- CreateIndex
CREATE INDEX "Absence_professionalId_startsAt_idx" ON "Absence"("professionalId", "startsAt");

-- CreateIndex
CREATE INDEX "PlatformIdentity_professionalId_idx" ON "PlatformIdentity"("professionalId");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformIdentity_platform_workspace_externalUserId_key" ON "PlatformIdentity"("platform", "workspace", "externalUserId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationReference_platform_key_key" ON "ConversationReference"("platform", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Household_teamId_reference_key" ON "Household"("teamId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "DomainScore_householdId_domain_scoredOn_key" ON "DomainScore"("householdId", "domain", "scoredOn");

-- CreateIndex
CREATE INDEX "HouseholdInvolvement_professionalId_idx" ON "HouseholdInvolvement"("professionalId");

-- CreateIndex
CREATE UNIQUE INDEX "Consent_householdId_organisationId_key" ON "Consent"("householdId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseConference_icsUid_key" ON "CaseConference"("icsUid");

-- CreateIndex
CREATE INDEX "CaseConference_teamId_startsAt_idx" ON "CaseConference"("teamId", "startsAt");

-- CreateIndex
CREATE INDEX "ConferenceHousehold_householdId_idx" ON "ConferenceHousehold"("householdId");

-- CreateIndex
CREATE INDEX "Attendance_professionalId_idx" ON "Attendance"("professionalId");

-- CreateIndex
CREATE INDEX "Action_ownerId_status_dueOn_idx" ON "Action"("ownerId", "status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Nudge_actionId_recipientId_kind_sentOn_key" ON "Nudge"("actionId", "recipientId", "kind", "sentOn");

-- CreateIndex
CREATE UNIQUE INDEX "Rotation_teamId_role_key" ON "Rotation"("teamId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "RotationTurn_rotationId_turnOn_key" ON "RotationTurn"("rotationId", "turnOn");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_teamId_professionalId_weekOf_key" ON "Digest"("teamId", "professionalId", "weekOf");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_occurredAt_idx" ON "AuditEvent"("entityType", "entityId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_key_key" ON "Job"("key");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- AddForeignKey
ALTER TABLE "TeamChannel" ADD CONSTRAINT "TeamChannel_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Professional" ADD CONSTRAINT "Professional_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalDiscipline" ADD CONSTRAINT "ProfessionalDiscipline_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalDiscipline" ADD CONSTRAINT "ProfessionalDiscipline_disciplineId_fkey" FOREIGN KEY ("disciplineId") REFERENCES "Discipline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractDay" ADD CONSTRAINT "ContractDay_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformIdentity" ADD CONSTRAINT "PlatformIdentity_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "Professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainScore" ADD CONSTRAINT "DomainScore_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdInvolvement" ADD CONSTRAINT "HouseholdInvolvement_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdInvolvement" ADD CONSTRAINT "HouseholdInvolvement_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseConference" ADD CONSTRAINT "CaseConference_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceHousehold" ADD CONSTRAINT "ConferenceHousehold_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "CaseConference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceHousehold" ADD CONSTRAINT "ConferenceHousehold_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "CaseConference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "CaseConference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "CaseConference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nudge" ADD CONSTRAINT "Nudge_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nudge" ADD CONSTRAINT "Nudge_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationMember" ADD CONSTRAINT "RotationMember_rotationId_fkey" FOREIGN KEY ("rotationId") REFERENCES "Rotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationMember" ADD CONSTRAINT "RotationMember_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationTurn" ADD CONSTRAINT "RotationTurn_rotationId_fkey" FOREIGN KEY ("rotationId") REFERENCES "Rotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationTurn" ADD CONSTRAINT "RotationTurn_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;
