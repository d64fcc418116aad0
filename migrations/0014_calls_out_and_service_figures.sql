-- Every call out is a call in the record: staff call-backs, approved long-distance calls and any
-- other call the switchboard places carry their direction, who placed them, what they were for
-- and what they cost. The service figures (service level, speed of answer, time to claim and
-- finish a message) are counted by the call tally too, per direction, department and staff
-- member, so the tally's tables are built again in their new shape and counted again from the
-- first call: until the job has done so, statistics count those days from the calls.

ALTER TABLE "Call" ADD COLUMN "direction" TEXT NOT NULL DEFAULT 'inbound';
ALTER TABLE "Call" ADD COLUMN "placedBy" TEXT;
ALTER TABLE "Call" ADD COLUMN "purpose" TEXT;
ALTER TABLE "Call" ADD COLUMN "purposeId" TEXT;
ALTER TABLE "Call" ADD COLUMN "cost" TEXT;
ALTER TABLE "Call" ADD COLUMN "costCurrency" TEXT;
CREATE INDEX "Call_direction_startedAt_idx" ON "Call"("direction", "startedAt");

-- The statistics read a period's messages by when they were taken.
CREATE INDEX "Message_createdAt_idx" ON "Message"("createdAt");

-- A transferred call answered within this many seconds of its start counts towards the service level.
ALTER TABLE "Organisation" ADD COLUMN "serviceLevelSeconds" INTEGER NOT NULL DEFAULT 20;

ALTER TABLE "CallTallyState" ADD COLUMN "serviceLevelSeconds" INTEGER NOT NULL DEFAULT 20;
ALTER TABLE "CallTallyDay" ADD COLUMN "serviceLevelSeconds" INTEGER NOT NULL DEFAULT 20;

-- A day's calls are counted twice over: by direction and department (the totals, the
-- departments and the days), and by direction and staff member (the people), rather than by
-- all three at once, which would give many more rows to add up for a year.
DROP TABLE "CallTally";
CREATE TABLE "CallTally" (
    "day" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "direction" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "answerMs" BIGINT NOT NULL,
    "answeredInTime" INTEGER NOT NULL,
    "transferred" INTEGER NOT NULL,
    "messages" INTEGER NOT NULL,
    "missed" INTEGER NOT NULL,
    "abandoned" INTEGER NOT NULL,
    "emergencies" INTEGER NOT NULL,
    "info" INTEGER NOT NULL,
    "unsettled" INTEGER NOT NULL,
    "seconds" BIGINT NOT NULL,
    "costMicros" BIGINT NOT NULL,

    PRIMARY KEY ("day", "generation", "direction", "by", "key")
);

DROP TABLE "CallHourTally";
CREATE TABLE "CallHourTally" (
    "day" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "direction" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL,

    PRIMARY KEY ("day", "generation", "direction", "hour")
);

-- A day's messages as histograms of the seconds to claim and to done, one row per department
-- and per staff member: "bucket:count:longest" for each bucket that has any, space-separated.
CREATE TABLE "MessageTally" (
    "day" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "by" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "buckets" TEXT NOT NULL,

    PRIMARY KEY ("day", "generation", "by", "key", "measure")
);

-- Every day is counted again in the new shape.
DELETE FROM "CallTallyDay";
DELETE FROM "CallTallyChange";
UPDATE "CallTallyState" SET "through" = NULL;

-- The tally now also counts who took or placed a call, its direction, length and cost.
DROP TRIGGER "Call_tally_update";
CREATE TRIGGER "Call_tally_update" AFTER UPDATE OF "startedAt", "department", "outcome", "answeredAt",
    "direction", "handledBy", "target", "placedBy", "durationSeconds", "cost" ON "Call"
WHEN (OLD."startedAt" IS NOT NEW."startedAt" OR OLD."department" IS NOT NEW."department"
      OR OLD."outcome" IS NOT NEW."outcome" OR OLD."answeredAt" IS NOT NEW."answeredAt"
      OR OLD."direction" IS NOT NEW."direction" OR OLD."handledBy" IS NOT NEW."handledBy"
      OR OLD."target" IS NOT NEW."target" OR OLD."placedBy" IS NOT NEW."placedBy"
      OR OLD."durationSeconds" IS NOT NEW."durationSeconds" OR OLD."cost" IS NOT NEW."cost")
  AND (OLD."startedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
      OR NEW."startedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1))
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (OLD."startedAt");
    INSERT INTO "CallTallyChange" ("at") SELECT NEW."startedAt" WHERE NEW."startedAt" IS NOT OLD."startedAt";
END;

-- A message on a counted day claimed or finished later (the usual case the morning after) is
-- counted again with its day, as a call is.
CREATE TRIGGER "Message_tally_insert" AFTER INSERT ON "Message"
WHEN NEW."createdAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (NEW."createdAt");
END;

CREATE TRIGGER "Message_tally_update" AFTER UPDATE OF "createdAt", "department", "claimedBy",
    "claimedAt", "doneBy", "doneAt" ON "Message"
WHEN (OLD."createdAt" IS NOT NEW."createdAt" OR OLD."department" IS NOT NEW."department"
      OR OLD."claimedBy" IS NOT NEW."claimedBy" OR OLD."claimedAt" IS NOT NEW."claimedAt"
      OR OLD."doneBy" IS NOT NEW."doneBy" OR OLD."doneAt" IS NOT NEW."doneAt")
  AND (OLD."createdAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
      OR NEW."createdAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1))
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (OLD."createdAt");
    INSERT INTO "CallTallyChange" ("at") SELECT NEW."createdAt" WHERE NEW."createdAt" IS NOT OLD."createdAt";
END;

CREATE TRIGGER "Message_tally_delete" AFTER DELETE ON "Message"
WHEN OLD."createdAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (OLD."createdAt");
END;
