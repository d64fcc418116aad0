-- Statistics: the call tally. A scheduled job counts each finished local day's calls once
-- (by department with their outcomes, and by hour of day), so a year's statistics read a few
-- thousand tally rows instead of every call. Triggers on "Call" note any call added, changed
-- or removed on a day already counted; until the job counts that day again, statistics count
-- it from the calls themselves, so the tally never gives a different answer than the calls.

CREATE TABLE "CallTallyState" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "timezone" TEXT NOT NULL,
    "through" DATETIME,
    "generation" INTEGER NOT NULL
);

CREATE TABLE "CallTallyDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "timezone" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "talliedAt" DATETIME NOT NULL
);

CREATE TABLE "CallTally" (
    "day" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "department" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "answerMs" BIGINT NOT NULL,
    "transferred" INTEGER NOT NULL,
    "messages" INTEGER NOT NULL,
    "missed" INTEGER NOT NULL,
    "abandoned" INTEGER NOT NULL,
    "emergencies" INTEGER NOT NULL,
    "info" INTEGER NOT NULL,
    "unsettled" INTEGER NOT NULL,

    PRIMARY KEY ("day", "generation", "department")
);

CREATE TABLE "CallHourTally" (
    "day" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "hour" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL,

    PRIMARY KEY ("day", "generation", "hour")
);

CREATE TABLE "CallTallyChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL
);
CREATE INDEX "CallTallyChange_at_idx" ON "CallTallyChange"("at");

-- Only calls that started before "through" are on counted days; the live calls of today
-- never are, so the webhooks' writes add nothing here.
CREATE TRIGGER "Call_tally_insert" AFTER INSERT ON "Call"
WHEN NEW."startedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (NEW."startedAt");
END;

CREATE TRIGGER "Call_tally_update" AFTER UPDATE OF "startedAt", "department", "outcome", "answeredAt" ON "Call"
WHEN (OLD."startedAt" IS NOT NEW."startedAt" OR OLD."department" IS NOT NEW."department"
      OR OLD."outcome" IS NOT NEW."outcome" OR OLD."answeredAt" IS NOT NEW."answeredAt")
  AND (OLD."startedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
      OR NEW."startedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1))
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (OLD."startedAt");
    INSERT INTO "CallTallyChange" ("at") SELECT NEW."startedAt" WHERE NEW."startedAt" IS NOT OLD."startedAt";
END;

CREATE TRIGGER "Call_tally_delete" AFTER DELETE ON "Call"
WHEN OLD."startedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (OLD."startedAt");
END;
