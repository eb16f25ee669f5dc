-- CreateEnum
CREATE TYPE "ActionEventKind" AS ENUM ('recorded', 'done', 'blocked', 'unblocked', 'snoozed', 'reassigned', 'cancelled', 'due_moved', 'reopened');

-- CreateEnum
CREATE TYPE "NudgeStep" AS ENUM ('due_soon', 'due_today', 'overdue', 'overdue_to_coordinator', 'overdue_to_coach', 'blocked_to_coordinator', 'blocked_to_coach');

-- DropIndex
DROP INDEX "Nudge_actionId_recipientId_kind_sentOn_key";

-- AlterTable
ALTER TABLE "Absence" ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "fromOn" DATE,
ADD COLUMN     "toOn" DATE;

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "blockedBy" TEXT,
ADD COLUMN     "blockedSince" DATE,
ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "doneById" TEXT,
ADD COLUMN     "nextNudgeAt" TIMESTAMPTZ(3),
ADD COLUMN     "recordedById" TEXT,
ADD COLUMN     "requestKey" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "CaseConference" ADD COLUMN     "minutesAt" TIMESTAMPTZ(3),
ADD COLUMN     "minutesById" TEXT;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "domain" "LifeDomain",
ADD COLUMN     "householdAgreed" BOOLEAN,
ADD COLUMN     "requestKey" TEXT;

-- AlterTable
ALTER TABLE "Nudge" DROP COLUMN "kind",
DROP COLUMN "outboxId",
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "dueOn" DATE NOT NULL,
ADD COLUMN     "insteadOfId" TEXT,
ADD COLUMN     "step" "NudgeStep" NOT NULL;

-- DropEnum
DROP TYPE "NudgeKind";

-- CreateTable
CREATE TABLE "ActionCoOwner" (
    "actionId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,

    CONSTRAINT "ActionCoOwner_pkey" PRIMARY KEY ("actionId","professionalId")
);

-- CreateTable
CREATE TABLE "ActionEvent" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "ActionEventKind" NOT NULL,
    "actorId" TEXT,
    "onBehalfOf" TEXT,
    "channel" TEXT,
    "reason" TEXT,
    "blockedBy" TEXT,
    "fromOwnerId" TEXT,
    "toOwnerId" TEXT,
    "dueOn" DATE,
    "untilOn" DATE,

    CONSTRAINT "ActionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionCoOwner_professionalId_idx" ON "ActionCoOwner"("professionalId");

-- CreateIndex
CREATE INDEX "ActionEvent_actionId_at_idx" ON "ActionEvent"("actionId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Action_requestKey_key" ON "Action"("requestKey");

-- CreateIndex
CREATE INDEX "Action_householdId_status_idx" ON "Action"("householdId", "status");

-- CreateIndex
CREATE INDEX "Action_nextNudgeAt_idx" ON "Action"("nextNudgeAt");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_requestKey_key" ON "Decision"("requestKey");

-- CreateIndex
CREATE INDEX "Decision_householdId_createdAt_idx" ON "Decision"("householdId", "createdAt");

-- CreateIndex
CREATE INDEX "Nudge_recipientId_sentOn_idx" ON "Nudge"("recipientId", "sentOn");

-- CreateIndex
CREATE UNIQUE INDEX "Nudge_actionId_recipientId_step_sentOn_key" ON "Nudge"("actionId", "recipientId", "step", "sentOn");

-- AddForeignKey
ALTER TABLE "ActionCoOwner" ADD CONSTRAINT "ActionCoOwner_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionCoOwner" ADD CONSTRAINT "ActionCoOwner_professionalId_fkey" FOREIGN KEY ("professionalId") REFERENCES "Professional"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;
