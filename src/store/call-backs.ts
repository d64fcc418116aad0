import { audit } from "./audit.ts";
import { commit, type Db } from "./db.ts";
import { type OutboundCall, recordOutboundCall } from "./outbound-calls.ts";
import { type SqlStatement, statement } from "./sql.ts";

// Calling a caller back from Slack, for a message or a missed call alike: the click is noted at
// once (a second click soon after is the same one), then the call is placed, then its outcome
// goes in the audit log, and a call that never went out is forgotten so it can be tried again.

/** What is being called back: a message (by its id) or a missed call (by its key). */
export type CalledBack = { message: string } | { missedCall: string };

function rowOf(what: CalledBack) {
  return "message" in what
    ? { table: "Message", column: "id", key: what.message, touched: true, action: "message" }
    : {
        table: "MissedCall",
        column: "key",
        key: what.missedCall,
        touched: false,
        action: "missed",
      };
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
          purpose:
            "message" in what
              ? { kind: "message", id: what.message }
              : { kind: "missed_call", id: what.missedCall },
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
