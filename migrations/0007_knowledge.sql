-- The knowledge base the switchboard answers callers' questions from (address, parking, Wi-Fi,
-- breakfast, check-in…), replaced with the rest of the directory on each import; and a
-- message's one-line summary and urgency for the staff who read it.

CREATE TABLE "KnowledgeEntry" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "questionZh" TEXT NOT NULL,
    "questionEn" TEXT NOT NULL,
    "answerZh" TEXT NOT NULL,
    "answerEn" TEXT NOT NULL,
    "keywords" TEXT NOT NULL
);

ALTER TABLE "Message" ADD COLUMN "summary" TEXT;
ALTER TABLE "Message" ADD COLUMN "urgency" TEXT;
