-- Switchboard's first schema: directory, calls with their events, messages, missed calls,
-- emergency alerts and the notification outbox. Applied by wrangler on D1 and by the Node
-- entry on SQLite; keep in step with prisma/schema.prisma.

CREATE TABLE "Organisation" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "mainNumber" TEXT NOT NULL,
    "pbxNumber" TEXT,
    "greetingZh" TEXT NOT NULL,
    "greetingEn" TEXT NOT NULL,
    "farewellZh" TEXT NOT NULL,
    "farewellEn" TEXT NOT NULL,
    "defaultLanguage" TEXT NOT NULL,
    "ringTimeoutSeconds" INTEGER NOT NULL,
    "holidayCalendar" TEXT NOT NULL,
    "operatorDepartment" TEXT NOT NULL,
    "emergencyDepartment" TEXT NOT NULL,
    "complaintsDepartment" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL
);

CREATE TABLE "Department" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionZh" TEXT,
    "descriptionEn" TEXT,
    "numbers" TEXT NOT NULL,
    "dial" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "afterHours" TEXT NOT NULL,
    "keypad" TEXT,
    "keywords" TEXT NOT NULL,
    "slackChannel" TEXT
);

CREATE TABLE "Staff" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "nameZh" TEXT,
    "nameEn" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "desk" TEXT NOT NULL,
    "mobile" TEXT,
    "aliases" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "slackUserId" TEXT
);
CREATE INDEX "Staff_department_idx" ON "Staff"("department");

CREATE TABLE "Guest" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "room" TEXT NOT NULL,
    "incognito" BOOLEAN NOT NULL
);

CREATE TABLE "Call" (
    "callSid" TEXT NOT NULL PRIMARY KEY,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "callerName" TEXT,
    "organisation" TEXT,
    "callbackNumber" TEXT,
    "language" TEXT NOT NULL,
    "intent" TEXT,
    "department" TEXT,
    "target" TEXT,
    "outcome" TEXT,
    "handledBy" TEXT,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "answeredAt" DATETIME,
    "endedAt" DATETIME,
    "durationSeconds" INTEGER
);
CREATE INDEX "Call_startedAt_idx" ON "Call"("startedAt");
CREATE INDEX "Call_department_startedAt_idx" ON "Call"("department", "startedAt");
CREATE INDEX "Call_outcome_startedAt_idx" ON "Call"("outcome", "startedAt");

CREATE TABLE "CallEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "callSid" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "type" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "requestKey" TEXT,
    "response" TEXT
);
CREATE UNIQUE INDEX "CallEvent_requestKey_key" ON "CallEvent"("requestKey");
CREATE INDEX "CallEvent_callSid_at_idx" ON "CallEvent"("callSid", "at");

CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "callSid" TEXT NOT NULL,
    "department" TEXT,
    "target" TEXT,
    "callerName" TEXT,
    "organisation" TEXT,
    "callbackNumber" TEXT,
    "language" TEXT NOT NULL,
    "transcript" TEXT,
    "recordingUrl" TEXT,
    "recordingSid" TEXT,
    "recordingDuration" INTEGER,
    "transcription" TEXT,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
CREATE UNIQUE INDEX "Message_callSid_key" ON "Message"("callSid");
CREATE INDEX "Message_status_createdAt_idx" ON "Message"("status", "createdAt");
CREATE INDEX "Message_department_createdAt_idx" ON "Message"("department", "createdAt");

CREATE TABLE "MissedCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "callSid" TEXT NOT NULL,
    "department" TEXT,
    "target" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);
CREATE UNIQUE INDEX "MissedCall_key_key" ON "MissedCall"("key");
CREATE INDEX "MissedCall_callSid_idx" ON "MissedCall"("callSid");
CREATE INDEX "MissedCall_createdAt_idx" ON "MissedCall"("createdAt");

CREATE TABLE "EmergencyAlert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "callSid" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "utterance" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "acknowledgedBy" TEXT,
    "acknowledgedAt" DATETIME
);
CREATE UNIQUE INDEX "EmergencyAlert_callSid_key" ON "EmergencyAlert"("callSid");

CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "department" TEXT,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT,
    "slackChannel" TEXT,
    "slackTs" TEXT,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");
