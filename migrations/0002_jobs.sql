-- Scheduled jobs: a lease per job so overlapping runs (two cron ticks, two Node processes)
-- never do the same work twice, and a claim on each notification while it is being sent.

CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT,
    "until" DATETIME NOT NULL,
    "lastRunAt" DATETIME,
    "lastResult" TEXT
);

ALTER TABLE "Notification" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "Notification" ADD COLUMN "claimedUntil" DATETIME;
