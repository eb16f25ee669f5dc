-- CreateEnum
CREATE TYPE "ConferenceEventKind" AS ENUM ('declined', 'covered', 'rescue_started', 'deputy_added', 'written_input', 'shortened', 'made_online', 'postponed', 'cancelled', 'frozen');

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "declineReason" TEXT,
ADD COLUMN     "deputyForId" TEXT;

-- AlterTable
ALTER TABLE "CaseConference" ADD COLUMN     "plannedStartsAt" TIMESTAMPTZ(3),
ADD COLUMN     "shortened" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ConferenceEvent" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT NOT NULL,
    "kind" "ConferenceEventKind" NOT NULL,
    "actorId" TEXT,
    "professionalId" TEXT,
    "disciplineCode" TEXT,
    "reason" TEXT,
    "leadMinutes" INTEGER NOT NULL,
    "delayDays" INTEGER,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConferenceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WrittenInput" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT NOT NULL,
    "professionalId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WrittenInput_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConferenceEvent_conferenceId_at_idx" ON "ConferenceEvent"("conferenceId", "at");

-- CreateIndex
CREATE INDEX "ConferenceEvent_kind_at_idx" ON "ConferenceEvent"("kind", "at");

-- CreateIndex
CREATE UNIQUE INDEX "WrittenInput_conferenceId_professionalId_key" ON "WrittenInput"("conferenceId", "professionalId");

-- AddForeignKey
ALTER TABLE "ConferenceEvent" ADD CONSTRAINT "ConferenceEvent_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "CaseConference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenInput" ADD CONSTRAINT "WrittenInput_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "CaseConference"("id") ON DELETE CASCADE ON UPDATE CASCADE;
