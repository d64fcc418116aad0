import { audit } from "./audit.ts";
import { commit, type Db, newId, prismaOf } from "./db.ts";
import { condition, enqueueNotice } from "./outbox.ts";
import type { MissedCall } from "./records.ts";
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

/**
 * Notes that someone is calling the caller back, unless someone did within `debounceMs` (the
 * same click twice); false then.
 */
export async function markCallingBackMissed(
  db: Db,
  key: string,
  by: string,
  at: Date,
  debounceMs: number,
): Promise<boolean> {
  const [marked] = await commit(db, [
    statement(
      `UPDATE "MissedCall" SET "calledBackBy" = ?, "calledBackAt" = ?
       WHERE "key" = ? AND ("calledBackAt" IS NULL OR "calledBackAt" < ?)`,
      by,
      at,
      key,
      new Date(at.getTime() - debounceMs),
    ),
  ]);
  return marked === 1;
}

/** How a call back went, in the audit log; one that never went out is forgotten, to be tried again. */
export async function recordMissedCallBack(
  db: Db,
  missed: Pick<MissedCall, "key" | "calledBackBy" | "calledBackAt">,
  click: { by: string; at: Date },
  placed: { ok: boolean; callSid?: string; error?: string },
): Promise<void> {
  await commit(db, [
    audit({
      at: click.at,
      actor: click.by,
      action: "missed.call_back",
      subject: missed.key,
      detail: placed,
    }),
    ...(placed.ok
      ? []
      : [
          statement(
            `UPDATE "MissedCall" SET "calledBackBy" = ?, "calledBackAt" = ?
             WHERE "key" = ? AND "calledBackBy" = ? AND "calledBackAt" = ?`,
            missed.calledBackBy,
            missed.calledBackAt,
            missed.key,
            click.by,
            click.at,
          ),
        ]),
  ]);
}

/** The missed call is dealt with; false when it was already. */
export async function finishMissedCall(
  db: Db,
  key: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const still = `"doneAt" IS NULL`;
  const [, done] = await commit(db, [
    audit(
      { at, actor: by, action: "missed.done", subject: key },
      {
        onlyIf: condition(`EXISTS (SELECT 1 FROM "MissedCall" WHERE "key" = ? AND ${still})`, key),
      },
    ),
    statement(
      `UPDATE "MissedCall" SET "doneBy" = ?, "doneAt" = ?, "status" = 'done'
       WHERE "key" = ? AND ${still}`,
      by,
      at,
      key,
    ),
  ]);
  return done === 1;
}
