-- Long-distance calls: each request to call an outside number that needs approval, its
-- decision, the call Twilio placed once approved (duration and cost), and the settlement of a
-- private call. Keep in step with prisma/schema.prisma.

CREATE TABLE "LongDistanceRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "sourceCallSid" TEXT,
    "requesterKey" TEXT NOT NULL,
    "requesterName" TEXT NOT NULL,
    "requesterSlackId" TEXT,
    "department" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "region" TEXT,
    "tollClass" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "private" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "decidedBy" TEXT,
    "decidedByName" TEXT,
    "decidedAt" DATETIME,
    "denyReason" TEXT,
    "deposit" TEXT,
    "depositCurrency" TEXT,
    "callSid" TEXT,
    "deskCallStatus" TEXT,
    "destinationCallSid" TEXT,
    "callStatus" TEXT,
    "callStartedAt" DATETIME,
    "callEndedAt" DATETIME,
    "durationSeconds" INTEGER,
    "callFailure" TEXT,
    "cost" TEXT,
    "costCurrency" TEXT,
    "costSource" TEXT,
    "priceChecks" INTEGER NOT NULL DEFAULT 0,
    "settledBy" TEXT,
    "settledByName" TEXT,
    "settledAt" DATETIME,
    "slackChannel" TEXT,
    "slackTs" TEXT
);
CREATE UNIQUE INDEX "LongDistanceRequest_sourceCallSid_key" ON "LongDistanceRequest"("sourceCallSid");
CREATE INDEX "LongDistanceRequest_status_createdAt_idx" ON "LongDistanceRequest"("status", "createdAt");
CREATE INDEX "LongDistanceRequest_createdAt_idx" ON "LongDistanceRequest"("createdAt");
