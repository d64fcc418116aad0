-- The message that answers a missed call: left later in the same call, or when the caller
-- called again. The missed call's post then says so instead of asking staff to call back.

ALTER TABLE "MissedCall" ADD COLUMN "messageId" TEXT;
CREATE INDEX "MissedCall_messageId_idx" ON "MissedCall"("messageId");
