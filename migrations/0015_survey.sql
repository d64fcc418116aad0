-- The post-call survey: one question after a transfer the staff member ended, a message taken or
-- an answer given, with a follow-up task for a low score. A survey belongs to its call (and
-- that call's day in the statistics), the department and the staff member who took the call.

ALTER TABLE "Organisation" ADD COLUMN "survey" TEXT;

CREATE TABLE "Survey" (
    "callSid" TEXT NOT NULL PRIMARY KEY,
    "callStartedAt" DATETIME NOT NULL,
    "from" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "department" TEXT,
    "staff" TEXT,
    "askedAt" DATETIME NOT NULL,
    "score" INTEGER,
    "comment" TEXT,
    "answeredAt" DATETIME,
    "followUp" TEXT,
    "calledBackBy" TEXT,
    "calledBackAt" DATETIME,
    "doneBy" TEXT,
    "doneAt" DATETIME
);
CREATE INDEX "Survey_from_askedAt_idx" ON "Survey"("from", "askedAt");
CREATE INDEX "Survey_callStartedAt_idx" ON "Survey"("callStartedAt");
CREATE INDEX "Survey_followUp_askedAt_idx" ON "Survey"("followUp", "askedAt");

-- The survey tally: each counted local day's surveys by department and staff member, in the
-- call tally's generations, read with its days (see 0005_stats.sql).
CREATE TABLE "SurveyTally" (
    "day" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "department" TEXT NOT NULL,
    "staff" TEXT NOT NULL,
    "asked" INTEGER NOT NULL,
    "responses" INTEGER NOT NULL,
    "score1" INTEGER NOT NULL,
    "score2" INTEGER NOT NULL,
    "score3" INTEGER NOT NULL,
    "score4" INTEGER NOT NULL,
    "score5" INTEGER NOT NULL,

    PRIMARY KEY ("day", "generation", "department", "staff")
);

-- A survey asked, answered, moved or removed on a counted day: that day is counted from the
-- calls and surveys themselves until the tally has counted it again, as for "Call".
CREATE TRIGGER "Survey_tally_insert" AFTER INSERT ON "Survey"
WHEN NEW."callStartedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (NEW."callStartedAt");
END;

CREATE TRIGGER "Survey_tally_update" AFTER UPDATE OF "callStartedAt", "department", "staff", "score" ON "Survey"
WHEN (OLD."callStartedAt" IS NOT NEW."callStartedAt" OR OLD."department" IS NOT NEW."department"
      OR OLD."staff" IS NOT NEW."staff" OR OLD."score" IS NOT NEW."score")
  AND (OLD."callStartedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
      OR NEW."callStartedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1))
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (OLD."callStartedAt");
    INSERT INTO "CallTallyChange" ("at") SELECT NEW."callStartedAt" WHERE NEW."callStartedAt" IS NOT OLD."callStartedAt";
END;

CREATE TRIGGER "Survey_tally_delete" AFTER DELETE ON "Survey"
WHEN OLD."callStartedAt" < (SELECT "through" FROM "CallTallyState" WHERE "id" = 1)
BEGIN
    INSERT INTO "CallTallyChange" ("at") VALUES (OLD."callStartedAt");
END;
