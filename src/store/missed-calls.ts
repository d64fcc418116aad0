import { auditedChange } from "./audit.ts";
import { type Db, newId, prismaOf } from "./db.ts";
import { condition, enqueueNotice } from "./outbox.ts";
import { type SqlStatement, statement } from "./sql.ts";

// A transfer nobody took, or a call that reached nobody: recorded once per transfer attempt,
// posted to its department, then called back or marked done by staff.

export type MissReason =
  | "declined"
  | "no-answer"
  | "busy"
  | "failed"
  | "caller-hung-up"
  | "hung-up-in-ivr"
  | "after-hours";

/** A missed call and its post, once per transfer attempt (`key`). */
export function recordMissedCall(
  missed: {
    key: string;
    callSid: string;
    department: string | null;
    target: string | null;
    reason: MissReason;
  },
  now: Date,
): SqlStatement[] {
  const id = newId();
  return [
    statement(
      `INSERT INTO "MissedCall" ("id", "key", "callSid", "department", "target", "reason", "createdAt", "status")
       VALUES (?, ?, ?, ?, ?, ?, ?, 'new') ON CONFLICT ("key") DO NOTHING`,
      id,
      missed.key,
      missed.callSid,
      missed.department,
      missed.target,
      missed.reason,
      now,
    ),
    enqueueNotice(
      {
        kind: "missed_call",
        dedupeKey: `missed:${missed.key}`,
        subject: id,
        department: missed.department,
        at: now,
      },
      { onlyIf: condition(`EXISTS (SELECT 1 FROM "MissedCall" WHERE "id" = ?)`, id) },
    ),
  ];
}

/** A missed call with the number the caller called from and the call's language and caller. */
export async function findMissedCall(db: Db, by: { id: string } | { key: string }) {
  const prisma = prismaOf(db);
  const missed = await prisma.missedCall.findUnique({ where: by });
  if (!missed) return null;
  const call = await prisma.call.findUnique({ where: { callSid: missed.callSid } });
  return { missed, call };
}

/** The missed call is dealt with; false when it was already. */
export function finishMissedCall(db: Db, key: string, by: string, at: Date): Promise<boolean> {
  return auditedChange(
    db,
    { table: "MissedCall", column: "key", key },
    statement(`UPDATE "MissedCall" SET "doneBy" = ?, "doneAt" = ?, "status" = 'done'`, by, at),
    { sql: `"doneAt" IS NULL` },
    { at, actor: by, action: "missed.done" },
  );
}
