import { nextShift, type Range, type ShiftSlot } from "../rules/shifts.ts";
import { audit, auditedChange } from "./audit.ts";
import type { Counted } from "./call-figures.ts";
import { commit, type Db, newId, prismaOf, sqlOf } from "./db.ts";
import { pendingRequests } from "./long-distance-reports.ts";

import { condition, enqueueNotice, postOf } from "./outbox.ts";
import type { Handover } from "./records.ts";
import { loadShifts, type OnDuty, onDutyFor } from "./roster.ts";
import { statement } from "./sql.ts";

// The signed shift handover (交接班): the outgoing operator hands over the shift's figures with
// notes and pending items; the incoming operator confirms it on its Slack post.

/**
 * The shift's calls in as the statistics count them (their `totals` for the shift): the
 * handover shows the very counts `/switchboard stats` and `GET /api/stats` give.
 */
export type ShiftCalls = Record<
  Extract<
    Counted,
    "calls" | "answered" | "transferred" | "messages" | "missed" | "abandoned" | "emergencies"
  >,
  number
>;

/** What a shift handover reports, like the paper form's figures. */
export interface ShiftSummary {
  /** Calls that came in during the shift */
  calls: number;
  /** Of those, put through to someone who took them */
  answered: number;
  /** Of those, ended transferred; missing from handovers made before it was shown */
  transferred?: number;
  /** Calls that reached nobody and left no message (outcome `missed`) */
  missedCalls: number;
  /** Calls the caller hung up before anything was settled; missing from older handovers */
  abandoned?: number;
  /** Missed-call posts of the shift's calls not yet called back, done or answered by a message */
  missedCallsOpen: number;
  /** Calls that ended with a message taken */
  messages: number;
  /** Messages not yet done when the shift ends, whenever they were taken */
  openMessages: number;
  emergencies: number;
  /** Emergency alerts of the shift's calls nobody acknowledged */
  emergenciesUnacknowledged: number;
  pendingLongDistance: number;
  /** Low scores whose follow-up is not done when the shift ends, whenever they were given;
   * missing from handovers made before there was a survey */
  lowScoresOpen?: number;
}

/** Counts the pending long-distance (toll) call requests of a shift. */
export type PendingRequestCounter = (db: Db, range: Range) => Promise<number>;

/** Counts nothing: for a summary that leaves long-distance requests out. */
export const noLongDistanceRequests: PendingRequestCounter = async () => 0;

/** How many of the shift's calls in have a row of `table` (by callSid) for which `open` holds. */
async function openOfShift(db: Db, range: Range, table: string, open: string): Promise<number> {
  const [row] = await sqlOf(db).read(
    statement(
      `SELECT COUNT(*) AS "n" FROM "${table}" AS "r" JOIN "Call" AS "c" ON "c"."callSid" = "r"."callSid"
       WHERE "c"."startedAt" >= ? AND "c"."startedAt" < ? AND "c"."direction" = 'inbound' AND ${open}`,
      range.from,
      range.to,
    ),
  );
  return Number(row?.n ?? 0);
}

export async function shiftSummary(
  db: Db,
  range: Range,
  counted: ShiftCalls,
  options: { pendingLongDistance?: PendingRequestCounter } = {},
): Promise<ShiftSummary> {
  const prisma = prismaOf(db);
  const [
    missedCallsOpen,
    openMessages,
    emergenciesUnacknowledged,
    pendingLongDistance,
    lowScoresOpen,
  ] = await Promise.all([
    openOfShift(
      db,
      range,
      "MissedCall",
      `"r"."status" = 'new' AND "r"."calledBackAt" IS NULL AND "r"."doneAt" IS NULL`,
    ),
    prisma.message.count({ where: { createdAt: { lt: range.to }, doneAt: null } }),
    openOfShift(db, range, "EmergencyAlert", `"r"."acknowledgedAt" IS NULL`),
    (options.pendingLongDistance ?? pendingRequests)(db, range),
    prisma.survey.count({ where: { followUp: "open", callStartedAt: { lt: range.to } } }),
  ]);
  return {
    calls: counted.calls,
    answered: counted.answered,
    transferred: counted.transferred,
    missedCalls: counted.missed,
    abandoned: counted.abandoned,
    missedCallsOpen,
    messages: counted.messages,
    openMessages,
    emergencies: counted.emergencies,
    emergenciesUnacknowledged,
    pendingLongDistance,
    lowScoresOpen,
  };
}

export async function findHandover(
  db: Db,
  by: ShiftSlot | { id: string },
): Promise<Handover | null> {
  const where = "id" in by ? { id: by.id } : { date_shift: { date: by.date, shift: by.shift.key } };
  return prismaOf(db).handover.findUnique({ where });
}

/** What a handover stores of the shift: its figures and when it ran. */
export interface HandoverSnapshot extends ShiftSummary {
  from: string;
  to: string;
  /** The shift's service figures as the statistics give them; kept as they were at the handover. */
  service?: object;
}

/**
 * A shift handed over: the handover, its post in the outbox and its audit entry, as one unit,
 * so a Slack outage loses none of them. One per shift: null when the shift was handed over
 * already.
 */
export async function submitHandover(
  db: Db,
  h: {
    slot: ShiftSlot;
    by: string;
    byName: string;
    at: Date;
    notes: string;
    pendingItems: string;
    summary: HandoverSnapshot;
  },
): Promise<Handover | null> {
  const id = newId();
  const written = condition(`EXISTS (SELECT 1 FROM "Handover" WHERE "id" = ?)`, id);
  await commit(db, [
    statement(
      `INSERT INTO "Handover" ("id", "date", "shift", "outgoingBy", "outgoingName", "submittedAt",
         "notes", "pendingItems", "summary")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("date", "shift") DO NOTHING`,
      id,
      h.slot.date,
      h.slot.shift.key,
      h.by,
      h.byName,
      h.at,
      h.notes,
      h.pendingItems,
      JSON.stringify(h.summary),
    ),
    enqueueNotice(
      { kind: "handover", dedupeKey: `handover:${id}`, subject: id, department: null, at: h.at },
      { onlyIf: written },
    ),
    audit(
      {
        at: h.at,
        actor: h.by,
        action: "handover.submit",
        subject: `handover:${id}`,
        detail: { date: h.slot.date, shift: h.slot.shift.key, summary: h.summary },
      },
      { onlyIf: written },
    ),
  ]);
  return findHandover(db, { id });
}

/**
 * The incoming operator confirms a handover, with its audit entry; false when it was confirmed
 * already or is their own.
 */
export function confirmHandover(
  db: Db,
  id: string,
  by: { slackUserId: string; name: string },
  at: Date,
): Promise<boolean> {
  return auditedChange(
    db,
    { table: "Handover", column: "id", key: id },
    statement(
      `UPDATE "Handover" SET "incomingBy" = ?, "incomingName" = ?, "confirmedAt" = ?`,
      by.slackUserId,
      by.name,
      at,
    ),
    { sql: `"incomingBy" IS NULL AND "outgoingBy" <> ?`, params: [by.slackUserId] },
    {
      at,
      actor: by.slackUserId,
      action: "handover.confirm",
      subject: `handover:${id}`,
      columns: ["date", "shift", "outgoingBy"],
    },
  );
}

/** A handover as its post shows it: with who is on the next shift. */
export async function handoverToPost(
  db: Db,
  id: string,
): Promise<{ handover: Handover; next: OnDuty[] } | null> {
  const handover = await findHandover(db, { id });
  if (!handover) return null;
  const shifts = await loadShifts(db);
  const shift = shifts.find((s) => s.key === handover.shift);
  const next = shift ? await onDutyFor(db, nextShift({ date: handover.date, shift }, shifts)) : [];
  return { handover, next };
}

/** Where a handover's post went: kept on the handover, or by the outbox that posted it. */
export async function handoverPost(
  db: Db,
  handover: Handover,
): Promise<{ channel: string; ts: string } | null> {
  if (handover.slackChannel && handover.slackTs) {
    return { channel: handover.slackChannel, ts: handover.slackTs };
  }
  const post = await postOf(db, `handover:${handover.id}`);
  return post && { channel: post.channel, ts: post.ts };
}
