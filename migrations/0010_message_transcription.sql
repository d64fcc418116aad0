-- A message's recording transcribed by Switchboard itself, through the language model's API, where
-- Twilio's own transcription gives nothing (it does not take Mandarin): when it is next due, and
-- how often it has been tried.

ALTER TABLE "Message" ADD COLUMN "transcribeAfter" DATETIME;
ALTER TABLE "Message" ADD COLUMN "transcribeAttempts" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "Message_transcribeAfter_idx" ON "Message"("transcribeAfter");
