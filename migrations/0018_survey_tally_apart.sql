-- The survey tally counts a day's surveys by department and by staff member apart, as the call
-- tally counts its calls, rather than by each pair of both, which gives many more rows to add up
-- for a year. The table is built again in its new shape and every day counted again: until the
-- job has done so, statistics count those days from the calls and surveys.

DROP TABLE "SurveyTally";
CREATE TABLE "SurveyTally" (
    "day" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "by" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "asked" INTEGER NOT NULL,
    "responses" INTEGER NOT NULL,
    "score1" INTEGER NOT NULL,
    "score2" INTEGER NOT NULL,
    "score3" INTEGER NOT NULL,
    "score4" INTEGER NOT NULL,
    "score5" INTEGER NOT NULL,

    PRIMARY KEY ("day", "generation", "by", "key")
);

DELETE FROM "CallTallyDay";
DELETE FROM "CallTallyChange";
UPDATE "CallTallyState" SET "through" = NULL;
