-- CreateEnum
CREATE TYPE "ConferenceKind" AS ENUM ('regular', 'follow_up', 'consolidation');

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "respondedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "CaseConference" ADD COLUMN     "kind" "ConferenceKind" NOT NULL DEFAULT 'regular',
ADD COLUMN     "networkInvited" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "organizerId" TEXT,
ADD COLUMN     "residentInvited" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "HouseholdRevision" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" TEXT,
    "via" TEXT NOT NULL,
    "changed" TEXT[],
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "HouseholdRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdRevision_householdId_revision_key" ON "HouseholdRevision"("householdId", "revision");

-- AddForeignKey
ALTER TABLE "HouseholdRevision" ADD CONSTRAINT "HouseholdRevision_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;
