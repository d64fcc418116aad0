-- Wake-up calls: each one set by voice, Slack or the hotel's system, with its progress through
-- the rings, and each ring as an outbound call. The organisation keeps how the PBX shows rooms
-- as caller ID and its wake-up settings. Keep in step with prisma/schema.prisma.

ALTER TABLE "Organisation" ADD COLUMN "roomCallerId" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "wakeUp" TEXT;

CREATE TABLE "WakeUpCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "room" TEXT NOT NULL,
    "guests" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "time" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "language" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "rings" INTEGER NOT NULL,
    "snoozes" INTEGER NOT NULL,
    "round" TEXT NOT NULL,
    "dueAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "checkedBy" TEXT,
    "checkedAt" DATETIME
);
CREATE INDEX "WakeUpCall_state_dueAt_idx" ON "WakeUpCall"("state", "dueAt");
CREATE INDEX "WakeUpCall_date_idx" ON "WakeUpCall"("date");
CREATE INDEX "WakeUpCall_at_idx" ON "WakeUpCall"("at");

CREATE TABLE "WakeUpRing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wakeUpId" TEXT NOT NULL,
    "ring" INTEGER NOT NULL,
    "callSid" TEXT,
    "startedAt" DATETIME NOT NULL,
    "answeredAt" DATETIME,
    "key" TEXT,
    "status" TEXT,
    "failure" TEXT,
    "endedAt" DATETIME
);
CREATE UNIQUE INDEX "WakeUpRing_callSid_key" ON "WakeUpRing"("callSid");
CREATE INDEX "WakeUpRing_wakeUpId_idx" ON "WakeUpRing"("wakeUpId");
