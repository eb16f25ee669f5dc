-- AlterTable
ALTER TABLE "HouseholdRevision" ADD COLUMN     "requestKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdRevision_requestKey_key" ON "HouseholdRevision"("requestKey");
