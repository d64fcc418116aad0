-- The duty roster: the shifts of a day (seeded with the three defaults), who is on duty on each
-- shift of each date, and the signed shift handovers (交接班). Keep in step with prisma/schema.prisma.

CREATE TABLE "Shift" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT NOT NULL
);

INSERT INTO "Shift" ("key", "position", "start", "end") VALUES
    ('day', 0, '07:00', '15:00'),
    ('evening', 1, '15:00', '23:00'),
    ('night', 2, '23:00', '07:00');

CREATE TABLE "RosterEntry" (
    "date" TEXT NOT NULL,
    "shift" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "staffKey" TEXT,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "setBy" TEXT NOT NULL,
    "setAt" DATETIME NOT NULL,
    PRIMARY KEY ("date", "shift", "slackUserId")
);

CREATE TABLE "Handover" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" TEXT NOT NULL,
    "shift" TEXT NOT NULL,
    "outgoingBy" TEXT NOT NULL,
    "outgoingName" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "notes" TEXT NOT NULL,
    "pendingItems" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "incomingBy" TEXT,
    "incomingName" TEXT,
    "confirmedAt" DATETIME,
    "slackChannel" TEXT,
    "slackTs" TEXT
);

CREATE UNIQUE INDEX "Handover_date_shift_key" ON "Handover"("date", "shift");
