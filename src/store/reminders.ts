import { type NotificationInput, notification } from "./calls.ts";
import type { Db } from "./db.ts";

// Each follow-up is queued only while its subject still needs it, checked inside the INSERT
// itself, then marked with a conditional update. D1 has no interactive transactions and runs a
// batch statement by statement, so the INSERT is the guard: two overlapping runs, or a claim or
// an acknowledgement landing meanwhile, can never queue it twice or too late.

/** Reminds of an unclaimed message once; false when it was taken, finished or reminded meanwhile. */
export async function queueReminder(
  db: Db,
  messageId: string,
  n: NotificationInput,
  now: Date,
): Promise<boolean> {
  const r = notification(n, now);
  const [queued] = await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Notification" ("id", "kind", "dedupeKey", "subject", "department", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
      SELECT ${r.id}, ${r.kind}, ${r.dedupeKey}, ${r.subject}, ${r.department}, ${r.payload}, ${r.status}, ${r.attempts}, ${r.nextAttemptAt}, ${r.createdAt}
      WHERE EXISTS (
        SELECT 1 FROM "Message" WHERE "id" = ${messageId} AND "remindedAt" IS NULL
          AND "claimedBy" IS NULL AND "calledBackAt" IS NULL AND "doneAt" IS NULL)
      ON CONFLICT ("dedupeKey") DO NOTHING`,
    db.message.updateMany({
      where: { id: messageId, remindedAt: null, claimedBy: null, calledBackAt: null, doneAt: null },
      data: { remindedAt: now },
    }),
  ]);
  return queued > 0;
}

/** Escalates a message not done once; false when it was finished or escalated meanwhile. */
export async function queueEscalation(
  db: Db,
  messageId: string,
  n: NotificationInput,
  now: Date,
): Promise<boolean> {
  const r = notification(n, now);
  const [queued] = await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Notification" ("id", "kind", "dedupeKey", "subject", "department", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
      SELECT ${r.id}, ${r.kind}, ${r.dedupeKey}, ${r.subject}, ${r.department}, ${r.payload}, ${r.status}, ${r.attempts}, ${r.nextAttemptAt}, ${r.createdAt}
      WHERE EXISTS (
        SELECT 1 FROM "Message" WHERE "id" = ${messageId} AND "escalatedAt" IS NULL
          AND "doneAt" IS NULL)
      ON CONFLICT ("dedupeKey") DO NOTHING`,
    db.message.updateMany({
      where: { id: messageId, escalatedAt: null, doneAt: null },
      data: { escalatedAt: now },
    }),
  ]);
  return queued > 0;
}

/**
 * Posts an emergency alert again, as post number `alerts + 1`; false when it was acknowledged
 * or repeated meanwhile.
 */
export async function queueEmergencyRepeat(
  db: Db,
  alert: { id: string; alerts: number },
  n: NotificationInput,
  now: Date,
): Promise<boolean> {
  const r = notification(n, now);
  const [queued] = await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Notification" ("id", "kind", "dedupeKey", "subject", "department", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
      SELECT ${r.id}, ${r.kind}, ${r.dedupeKey}, ${r.subject}, ${r.department}, ${r.payload}, ${r.status}, ${r.attempts}, ${r.nextAttemptAt}, ${r.createdAt}
      WHERE EXISTS (
        SELECT 1 FROM "EmergencyAlert" WHERE "id" = ${alert.id} AND "alerts" = ${alert.alerts}
          AND "acknowledgedAt" IS NULL)
      ON CONFLICT ("dedupeKey") DO NOTHING`,
    db.emergencyAlert.updateMany({
      where: { id: alert.id, alerts: alert.alerts, acknowledgedAt: null },
      data: { alerts: alert.alerts + 1, lastAlertAt: now },
    }),
  ]);
  return queued > 0;
}
