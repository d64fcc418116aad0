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
