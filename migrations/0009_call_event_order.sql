-- A call's events are kept in the order calls started: each event carries its call's start time,
-- and the one index leads with it. The step a webhook records then lands beside the other recent
-- calls' steps instead of on a page of its own somewhere in the index (Twilio's CallSids and the
-- request signatures are random), so a commit writes a few pages for many webhooks. The index
-- still finds a retried webhook's answer and lists a call's events, given the call.
CREATE TABLE "new_CallEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "callSid" TEXT NOT NULL,
    "callStartedAt" DATETIME NOT NULL,
    "at" DATETIME NOT NULL,
    "type" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "requestKey" TEXT,
    "response" TEXT
);
-- An event whose call is gone (none should be) keeps its own time instead.
INSERT INTO "new_CallEvent" ("id", "callSid", "callStartedAt", "at", "type", "detail", "requestKey", "response")
SELECT e."id", e."callSid", COALESCE(c."startedAt", e."at"), e."at", e."type", e."detail", e."requestKey", e."response"
FROM "CallEvent" e LEFT JOIN "Call" c ON c."callSid" = e."callSid";
DROP TABLE "CallEvent";
ALTER TABLE "new_CallEvent" RENAME TO "CallEvent";
CREATE UNIQUE INDEX "CallEvent_callStartedAt_callSid_requestKey_key" ON "CallEvent"("callStartedAt", "callSid", "requestKey");
