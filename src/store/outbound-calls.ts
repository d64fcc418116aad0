import type { Language } from "../rules/directory.ts";
import { money } from "../rules/money.ts";
import { type SqlStatement, statement } from "./sql.ts";

// Every call the switchboard places is a call in the record, beside the calls it answers:
// direction outbound, who placed it and what for. It is recorded once Twilio has accepted it,
// and completed by Twilio's status callbacks with its outcome, length and cost.

/** What an outbound call was placed for; its id names that record. */
export type OutboundPurpose =
  | "message"
  | "missed_call"
  | "long_distance"
  | "survey_follow_up"
  | "wake_up";

export const OUTBOUND_PURPOSES: readonly OutboundPurpose[] = [
  "message",
  "missed_call",
  "long_distance",
  "survey_follow_up",
  "wake_up",
];

/**
 * How an outbound call ended: Twilio's final statuses, `answered` for a completed conversation,
 * and `not-connected` for a bridged call whose desk answered and hung up before the other party.
 */
export const OUTBOUND_OUTCOMES = [
  "answered",
  "no-answer",
  "busy",
  "failed",
  "canceled",
  "not-connected",
] as const;
export type OutboundOutcome = (typeof OUTBOUND_OUTCOMES)[number];

export const CALL_DIRECTIONS = ["inbound", "outbound"] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export interface OutboundCall {
  /** Twilio's sid for the call placed (for a bridged call, its first leg). */
  callSid: string;
  /** The number shown: the organisation's main number. */
  from: string;
  /** The party called in the end: the caller called back, the destination, the room. */
  to: string;
  language: Language;
  /** The directory key of the staff member who placed it; null when the switchboard did. */
  placedBy: string | null;
  /** The department it counts for in the statistics. */
  department: string | null;
  purpose: { kind: OutboundPurpose; id: string };
  startedAt: Date;
}

/** Records a call Twilio accepted, once: a retried click or job records nothing twice. */
export function recordOutboundCall(call: OutboundCall): SqlStatement {
  return statement(
    `INSERT INTO "Call" ("callSid", "from", "to", "language", "status", "startedAt", "direction",
       "placedBy", "department", "purpose", "purposeId")
     VALUES (?, ?, ?, ?, 'queued', ?, 'outbound', ?, ?, ?, ?) ON CONFLICT ("callSid") DO NOTHING`,
    call.callSid,
    call.from,
    call.to,
    call.language,
    call.startedAt,
    call.placedBy,
    call.department,
    call.purpose.kind,
    call.purpose.id,
  );
}

/**
 * Which leg a status callback reports: `call` for a call that rings its party directly; for a
 * bridged call (a desk rung first, then the party dialled), `desk` and `dialled`.
 */
export type OutboundLeg = "call" | "desk" | "dialled";

export interface OutboundReport {
  /** The outbound call's own sid: for the dialled leg, its ParentCallSid. */
  callSid: string;
  leg: OutboundLeg;
  /** Twilio's CallStatus */
  status: string;
  durationSeconds: number | null;
  /** Twilio's Price (negative: charged) and PriceUnit, when the report carries them */
  price: string | null;
  priceUnit: string | null;
  at: Date;
}

const FINAL = new Set(["completed", "busy", "no-answer", "failed", "canceled"]);

/**
 * Completes an outbound call from a status callback. The party's own leg (`call` or `dialled`)
 * settles it: answered when it completed with a length, else Twilio's status. A bridged call's
 * desk leg settles it only while nothing else has: unanswered at the desk, or `not-connected`
 * until the dialled leg's report (which may come after) says more. Reports that are not final
 * change nothing; a retried report writes the same again.
 */
export function completeOutboundCall(report: OutboundReport): SqlStatement[] {
  if (!FINAL.has(report.status)) return [];
  const duration = Math.max(0, report.durationSeconds ?? 0);
  const cost = reportedCost(report.price, report.priceUnit);
  if (report.leg === "desk") {
    const outcome: OutboundOutcome =
      report.status === "completed" ? "not-connected" : (report.status as OutboundOutcome);
    return [
      statement(
        `UPDATE "Call" SET "outcome" = ?, "status" = 'completed', "endedAt" = ?, "durationSeconds" = 0
         WHERE "callSid" = ? AND "direction" = 'outbound' AND "outcome" IS NULL`,
        outcome,
        report.at,
        report.callSid,
      ),
    ];
  }
  const answered = report.status === "completed" && duration > 0;
  const outcome: OutboundOutcome = answered
    ? "answered"
    : report.status === "completed"
      ? "no-answer"
      : (report.status as OutboundOutcome);
  return [
    statement(
      `UPDATE "Call" SET "outcome" = ?, "status" = 'completed', "answeredAt" = ?, "endedAt" = ?,
         "durationSeconds" = ?${cost ? `, "cost" = ?, "costCurrency" = ?` : ""}
       WHERE "callSid" = ? AND "direction" = 'outbound'`,
      outcome,
      answered ? new Date(report.at.getTime() - duration * 1000) : null,
      report.at,
      answered ? duration : 0,
      ...(cost ? [cost.amount, cost.currency] : []),
      report.callSid,
    ),
  ];
}

/** What an outbound call cost, learnt after it ended (Twilio rates calls a little later). */
export function priceOutboundCall(
  callSid: string,
  cost: { amount: string; currency: string } | null,
): SqlStatement {
  return statement(
    `UPDATE "Call" SET "cost" = ?, "costCurrency" = ? WHERE "callSid" = ? AND "direction" = 'outbound'`,
    cost?.amount ?? null,
    cost?.currency ?? null,
    callSid,
  );
}

/** Twilio's price as a positive amount: it reports what was charged as a negative number. */
export function reportedCost(
  price: string | null | undefined,
  unit: string | null | undefined,
): { amount: string; currency: string } | null {
  if (price === null || price === undefined || price.trim() === "" || !unit) return null;
  const amount = Number(price);
  if (!Number.isFinite(amount)) return null;
  return { amount: money(Math.abs(amount)), currency: unit.toUpperCase() };
}
