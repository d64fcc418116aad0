-- When a notice's post was last tried without knowing whether Slack took it (the process died,
-- or the answer never came): delivery then looks for the post in the channel before posting.

ALTER TABLE "Notification" ADD COLUMN "attemptedAt" DATETIME;
