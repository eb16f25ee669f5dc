-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "recordedById" TEXT,
ADD COLUMN     "validUntil" DATE;

-- CreateTable
CREATE TABLE "AccessLogEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorKey" TEXT,
    "onBehalfOf" TEXT,
    "householdId" TEXT,
    "teamId" TEXT,
    "reference" TEXT,
    "kind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "subjectId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "requestKey" TEXT,

    CONSTRAINT "AccessLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessLogEntry_householdId_at_idx" ON "AccessLogEntry"("householdId", "at");

-- CreateIndex
CREATE INDEX "AccessLogEntry_kind_subjectId_at_idx" ON "AccessLogEntry"("kind", "subjectId", "at");

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The access log is append-only (NEN 7513): the database itself refuses to change or remove a row.
CREATE FUNCTION "access_log_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AccessLogEntry is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AccessLogEntry_append_only"
  BEFORE UPDATE OR DELETE ON "AccessLogEntry"
  FOR EACH ROW EXECUTE FUNCTION "access_log_append_only"();

-- Earlier audit events move into the one log, so `casus audit` shows a household's whole history.
INSERT INTO "AccessLogEntry" ("id", "at", "actorId", "householdId", "kind", "action", "channel", "outcome", "subjectId", "details")
SELECT
  "id",
  "occurredAt",
  "actorId",
  CASE "entityType"
    WHEN 'Household' THEN "entityId"
    WHEN 'Consent' THEN (SELECT c."householdId" FROM "Consent" c WHERE c."id" = "AuditEvent"."entityId")
  END,
  CASE "entityType"
    WHEN 'Household' THEN 'details'
    WHEN 'Consent' THEN 'consent'
    WHEN 'CaseConference' THEN 'conference'
    WHEN 'Team' THEN 'settings'
    WHEN 'Professional' THEN CASE WHEN "action" LIKE 'calendar%' THEN 'calendar-feed' ELSE 'roster' END
    ELSE 'roster'
  END,
  CASE
    WHEN "action" IN ('create', 'give') THEN 'create'
    ELSE 'change'
  END,
  COALESCE("details"->>'via', 'cli'),
  'ok',
  "entityId",
  jsonb_build_object('before', 'audit-event', 'action', "action")
FROM "AuditEvent";
