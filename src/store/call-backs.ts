import { audit } from "./audit.ts";
import { commit, type Db } from "./db.ts";
import { type OutboundCall, recordOutboundCall } from "./outbound-calls.ts";
import { type SqlStatement, statement } from "./sql.ts";

// Calling a caller back from Slack, for a message, a missed call or a low survey score alike:
// the click is noted at once (a second click soon after is the same one), then the call is
// placed, then its outcome goes in the audit log and the call in the call record, and a call
// that never went out is forgotten so it can be tried again.

/**
 * What is being called back: a message (by its id), a missed call (by its key), or a low survey
 * score's follow-up (by its call's SID).
 */
export type CalledBack = { message: string } | { missedCall: string } | { survey: string };

function rowOf(what: CalledBack) {
  if ("message" in what)
    return { table: "Message", column: "id", key: what.message, touched: true, action: "message" };
  if ("survey" in what)
    return {
      table: "Survey",
      column: "callSid",
      key: what.survey,
      touched: false,
      action: "survey",
    };
  return {
    table: "MissedCall",
    column: "key",
    key: what.missedCall,
    touched: false,
    action: "missed",
  };
}

/** What the call placed is for in the call record: the message, the missed call or the survey's call. */
function purposeOf(what: CalledBack): OutboundCall["purpose"] {
  if ("message" in what) return { kind: "message", id: what.message };
  if ("survey" in what) return { kind: "survey_follow_up", id: what.survey };
  return { kind: "missed_call", id: what.missedCall };
}

/**
 * Notes that someone is calling the caller back, unless someone did within `debounceMs` (the
 * same click twice); false then.
 */
export async function markCallingBack(
  db: Db,
  what: CalledBack,
  by: string,
  at: Date,
  debounceMs: number,
): Promise<boolean> {
  const row = rowOf(what);
  const [marked] = await commit(db, [
    statement(
      `UPDATE "${row.table}" SET "calledBackBy" = ?, "calledBackAt" = ?${row.touched ? `, "updatedAt" = ?` : ""}
       WHERE "${row.column}" = ? AND ("calledBackAt" IS NULL OR "calledBackAt" < ?)`,
      by,
      at,
      ...(row.touched ? [at] : []),
      row.key,
      new Date(at.getTime() - debounceMs),
    ),
  ]);
  return marked === 1;
}

/**
 * How a call back went, in the audit log, and the call placed in the call record; one that never
 * went out is forgotten, so it can be tried again (`before` is who had called back before this
 * click, and when).
 */
export async function recordCallBack(
  db: Db,
  what: CalledBack,
  before: { calledBackBy: string | null; calledBackAt: Date | null },
  click: { by: string; at: Date },
  placed: { ok: true; call: Omit<OutboundCall, "purpose"> } | { ok: false; error: string },
): Promise<void> {
  const row = rowOf(what);
  const followed: SqlStatement[] = placed.ok
    ? [
        recordOutboundCall({
          ...placed.call,
          purpose: purposeOf(what),
        }),
      ]
    : [
        statement(
          `UPDATE "${row.table}" SET "calledBackBy" = ?, "calledBackAt" = ?
           WHERE "${row.column}" = ? AND "calledBackBy" = ? AND "calledBackAt" = ?`,
          before.calledBackBy,
          before.calledBackAt,
          row.key,
          click.by,
          click.at,
        ),
      ];
  await commit(db, [
    audit({
      at: click.at,
      actor: click.by,
      action: `${row.action}.call_back`,
      subject: row.key,
      detail: placed.ok ? { ok: true, callSid: placed.call.callSid } : placed,
    }),
    ...followed,
  ]);
}
