-- Every audit path writes the access log now (AccessLogEntry); the earlier events were copied into it by
-- 20261204212141_access_log_and_consent_end, so the old table goes.
-- DropTable
DROP TABLE "AuditEvent";
