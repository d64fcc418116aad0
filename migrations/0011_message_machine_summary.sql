-- A language model's one line about a message, kept apart from the caller's own words so that
-- staff see it marked as machine-written.

ALTER TABLE "Message" ADD COLUMN "machineSummary" TEXT;
