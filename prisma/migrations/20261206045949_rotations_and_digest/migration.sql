-- CreateEnum
CREATE TYPE "RotationDuty" AS ENUM ('chair', 'minute_taker');

-- CreateEnum
CREATE TYPE "RotationCadence" AS ENUM ('each_conference', 'weeks', 'weekdays');

-- DropIndex
DROP INDEX "Digest_teamId_professionalId_weekOf_key";

-- AlterTable
ALTER TABLE "CaseConference" ADD COLUMN     "chairId" TEXT,
ADD COLUMN     "minuteTakerId" TEXT;

-- AlterTable
ALTER TABLE "Digest" ADD COLUMN     "isoWeek" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recipient" TEXT NOT NULL DEFAULT 'team';

-- AlterTable
ALTER TABLE "Professional" ADD COLUMN     "digestOptOut" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Rotation" DROP COLUMN "everyDays",
ADD COLUMN     "cadence" "RotationCadence" NOT NULL DEFAULT 'weeks',
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "duty" "RotationDuty",
ADD COLUMN     "everyWeeks" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "pinnedId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
-- Keep any existing role: the enum's values become the team's own names.
ALTER COLUMN "role" TYPE TEXT USING "role"::text;

-- Rows that existed before get their update time once; Prisma sets it from now on.
ALTER TABLE "Rotation" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "RotationMember" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "RotationTurn" ADD COLUMN     "reason" TEXT;

-- DropEnum
DROP TYPE "RotationRole";

-- CreateTable
CREATE TABLE "RotationSwap" (
    "id" TEXT NOT NULL,
    "rotationId" TEXT NOT NULL,
    "turnOn" DATE NOT NULL,
    "otherTurnOn" DATE,
    "askedById" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "askedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMPTZ(3),

    CONSTRAINT "RotationSwap_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RotationSwap_rotationId_status_idx" ON "RotationSwap"("rotationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_teamId_recipient_weekOf_key" ON "Digest"("teamId", "recipient", "weekOf");

-- CreateIndex
CREATE INDEX "RotationTurn_professionalId_turnOn_idx" ON "RotationTurn"("professionalId", "turnOn");

-- AddForeignKey
ALTER TABLE "RotationSwap" ADD CONSTRAINT "RotationSwap_rotationId_fkey" FOREIGN KEY ("rotationId") REFERENCES "Rotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
