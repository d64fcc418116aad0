-- Slack: what staff do with messages, missed calls and emergencies (who claimed, called back
-- or finished, and when), reminder and escalation times per department, and the audit log.

ALTER TABLE "Message" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "Message" ADD COLUMN "claimedAt" DATETIME;
ALTER TABLE "Message" ADD COLUMN "calledBackBy" TEXT;
ALTER TABLE "Message" ADD COLUMN "calledBackAt" DATETIME;
ALTER TABLE "Message" ADD COLUMN "doneBy" TEXT;
ALTER TABLE "Message" ADD COLUMN "doneAt" DATETIME;
ALTER TABLE "Message" ADD COLUMN "remindedAt" DATETIME;
ALTER TABLE "Message" ADD COLUMN "escalatedAt" DATETIME;

ALTER TABLE "MissedCall" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'new';
ALTER TABLE "MissedCall" ADD COLUMN "calledBackBy" TEXT;
ALTER TABLE "MissedCall" ADD COLUMN "calledBackAt" DATETIME;
ALTER TABLE "MissedCall" ADD COLUMN "doneBy" TEXT;
ALTER TABLE "MissedCall" ADD COLUMN "doneAt" DATETIME;

ALTER TABLE "EmergencyAlert" ADD COLUMN "alerts" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "EmergencyAlert" ADD COLUMN "lastAlertAt" DATETIME;

ALTER TABLE "Department" ADD COLUMN "reminderMinutes" INTEGER;
ALTER TABLE "Department" ADD COLUMN "escalationMinutes" INTEGER;

CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "detail" TEXT NOT NULL
);
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");
CREATE INDEX "AuditLog_subject_idx" ON "AuditLog"("subject");
