import { auditedChange } from "./audit.ts";
import { type Db, newId, prismaOf } from "./db.ts";
import {
  type Condition,
  condition,
  enqueueNotice,
  releaseNotice,
  withdrawNotice,
} from "./outbox.ts";
import type { MissedCall } from "./records.ts";
import { type SqlStatement, statement } from "./sql.ts";

// A transfer nobody took, or a call that reached nobody: recorded once per transfer attempt,
// posted to its department once the call has ended without a message, then called back or
// marked done by staff. A message the caller leaves (later in the call, or when they call
// again) answers it instead: one post per caller.

export type MissReason =
  | "declined"
  | "no-answer"
  | "busy"
  | "failed"
  | "caller-hung-up"
  | "hung-up-in-ivr"
  | "after-hours";

/**
 * A missed call and its post, once per transfer attempt (`key`). While the caller is still on
 * the line the post waits for the call to end (see `releaseMissedCalls`), or `holdMs` (config
 * `waits.missedCallHoldMs`) if its end is never reported.
 */
export function recordMissedCall(
  missed: {
    key: string;
    callSid: string;
    department: string | null;
    target: string | null;
    reason: MissReason;
  },
  now: Date,
  options: { holdMs?: number } = {},
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
        ...(options.holdMs ? { dueAt: new Date(now.getTime() + options.holdMs) } : {}),
      },
      { onlyIf: condition(`EXISTS (SELECT 1 FROM "MissedCall" WHERE "id" = ?)`, id) },
    ),
  ];
}

const noticeKey = (m: Pick<MissedCall, "key">) => `missed:${m.key}`;

/** Still open and answered by no message. */
function stillOpen(m: Pick<MissedCall, "id">): Condition {
  return condition(
    `EXISTS (SELECT 1 FROM "MissedCall" WHERE "id" = ? AND "status" = 'new' AND "messageId" IS NULL)`,
    m.id,
  );
}

/**
 * The call has ended: its missed calls that no message answered are posted now (or at `at`:
 * a recording cut short by the hang-up may yet become a message).
 */
export function releaseMissedCalls(
  missed: readonly Pick<MissedCall, "id" | "key" | "department">[],
  at: Date,
): SqlStatement[] {
  return missed.map((m) =>
    releaseNotice(
      { kind: "missed_call", dedupeKey: noticeKey(m), department: m.department },
      at,
      stillOpen(m),
    ),
  );
}

/**
 * Missed calls a message answers: still open, for the same department and person, taken in the
 * same call, or from the same number (`from`, null when withheld) within `windowMs` before (the
 * call-back window, config `waits.callBackWindowMs`).
 */
export async function missedCallsAnswerable(
  db: Db,
  by: { callSid: string; from: string | null; department: string | null; target: string | null },
  now: Date,
  windowMs: number,
): Promise<MissedCall[]> {
  const prisma = prismaOf(db);
  const open = await prisma.missedCall.findMany({
    where: {
      createdAt: { gte: new Date(now.getTime() - windowMs) },
      department: by.department,
      target: by.target,
      status: "new",
      messageId: null,
      calledBackAt: null,
      doneAt: null,
    },
    orderBy: { createdAt: "asc" },
  });
  const earlier = open.filter((m) => m.callSid !== by.callSid).map((m) => m.callSid);
  const sameCaller =
    by.from && earlier.length > 0
      ? await prisma.call.findMany({
          where: { callSid: { in: earlier }, from: by.from },
          select: { callSid: true },
        })
      : [];
  const calls = new Set([by.callSid, ...sameCaller.map((c) => c.callSid)]);
  return open.filter((m) => calls.has(m.callSid));
}

/**
 * The message `messageId` answers these missed calls, if it was written (`written`): each is
 * closed by it, a post still waiting never goes, and one already out is updated to say so.
 */
export function answerMissedCalls(
  missed: readonly Pick<MissedCall, "id" | "key" | "department">[],
  messageId: string,
  written: Condition,
  now: Date,
): SqlStatement[] {
  return missed.flatMap((m) => {
    const answered = condition(
      `EXISTS (SELECT 1 FROM "MissedCall" WHERE "id" = ? AND "messageId" = ?)`,
      m.id,
      messageId,
    );
    return [
      statement(
        `UPDATE "MissedCall" SET "status" = 'message', "messageId" = ?
         WHERE "id" = ? AND "status" = 'new' AND "messageId" IS NULL AND ${written.sql}`,
        messageId,
        m.id,
        ...written.params,
      ),
      withdrawNotice(noticeKey(m), answered),
      enqueueNotice(
        {
          kind: "missed_call_update",
          dedupeKey: `missed-update:${m.key}`,
          subject: m.id,
          department: m.department,
          at: now,
        },
        {
          onlyIf: condition(
            `${answered.sql} AND EXISTS (SELECT 1 FROM "Notification" WHERE "dedupeKey" = ?
               AND "status" IN ('sending', 'sent'))`,
            ...answered.params,
            noticeKey(m),
          ),
        },
      ),
    ];
  });
}

/**
 * A missed call with the number the caller called from and the call's language and caller, and
 * the message that answered it, if one did.
 */
export async function findMissedCall(db: Db, by: { id: string } | { key: string }) {
  const prisma = prismaOf(db);
  const missed = await prisma.missedCall.findUnique({ where: by });
  if (!missed) return null;
  const [call, message] = await Promise.all([
    prisma.call.findUnique({ where: { callSid: missed.callSid } }),
    missed.messageId
      ? prisma.message.findUnique({
          where: { id: missed.messageId },
          select: { id: true, createdAt: true },
        })
      : null,
  ]);
  return { missed, call, message };
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
