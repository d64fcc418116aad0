-- A webhook's key is unique within its call. One index on ("callSid", "requestKey") then finds
-- both a retried webhook's answer and a call's events, so recording a step writes one index
-- page that no other call shares instead of two.
DROP INDEX "CallEvent_requestKey_key";
DROP INDEX "CallEvent_callSid_at_idx";
CREATE UNIQUE INDEX "CallEvent_callSid_requestKey_key" ON "CallEvent"("callSid", "requestKey");
