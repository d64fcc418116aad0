-- An approved long-distance call is two calls Twilio bills: the one that rings the requester's
-- desk and the one it bridges to the destination. Each leg's price is kept, and the call's cost
-- is their sum.

ALTER TABLE "LongDistanceRequest" ADD COLUMN "deskCost" TEXT;
ALTER TABLE "LongDistanceRequest" ADD COLUMN "deskCostCurrency" TEXT;
ALTER TABLE "LongDistanceRequest" ADD COLUMN "destinationCost" TEXT;
ALTER TABLE "LongDistanceRequest" ADD COLUMN "destinationCostCurrency" TEXT;
