import { audit } from "./audit.ts";
import { commit, type Db, newId, prismaOf } from "./db.ts";
import { condition, enqueueNotice } from "./outbox.ts";
import type { EmergencyAlert } from "./records.ts";
import { type SqlStatement, statement } from "./sql.ts";

// An emergency a caller reported: alerted at once, posted again until someone acknowledges it.

/** An emergency alert and its post, once per call. */
export function recordEmergency(
  alert: { callSid: string; from: string; utterance: string; category: string; department: string },
  now: Date,
): SqlStatement[] {
  const id = newId();
  return [
    statement(
      `INSERT INTO "EmergencyAlert" ("id", "callSid", "from", "utterance", "category", "department", "createdAt", "alerts")
       VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT ("callSid") DO NOTHING`,
      id,
      alert.callSid,
      alert.from,
      alert.utterance,
      alert.category,
      alert.department,
      now,
    ),
    enqueueNotice(
      {
        kind: "emergency",
        dedupeKey: `emergency:${alert.callSid}`,
        subject: id,
        department: alert.department,
        at: now,
      },
      { onlyIf: condition(`EXISTS (SELECT 1 FROM "EmergencyAlert" WHERE "id" = ?)`, id) },
    ),
  ];
}

export async function findEmergency(
  db: Db,
  by: { id: string } | { callSid: string },
): Promise<EmergencyAlert | null> {
  return prismaOf(db).emergencyAlert.findUnique({ where: by });
}

/**
 * Someone acknowledged the alert; false when someone had already. Its posts (the first alert
 * and every repeat) are then shown as acknowledged, through the outbox, in the same unit.
 */
export async function acknowledgeEmergency(
  db: Db,
  callSid: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const still = `"callSid" = ? AND "acknowledgedAt" IS NULL`;
  const open = condition(`EXISTS (SELECT 1 FROM "EmergencyAlert" WHERE ${still})`, callSid);
  const alert = await findEmergency(db, { callSid });
  if (!alert) return false;
  const [, , changed] = await commit(db, [
    audit({ at, actor: by, action: "emergency.acknowledge", subject: callSid }, { onlyIf: open }),
    enqueueNotice(
      {
        kind: "emergency_update",
        dedupeKey: `emergency:${callSid}:acknowledged`,
        subject: alert.id,
        department: alert.department,
        at,
      },
      { onlyIf: open },
    ),
    statement(
      `UPDATE "EmergencyAlert" SET "acknowledgedBy" = ?, "acknowledgedAt" = ? WHERE ${still}`,
      by,
      at,
      callSid,
    ),
  ]);
  return changed === 1;
}

/**
 * Unacknowledged alerts created since `since`, posted at most `maxAlerts` times, whose last
 * post was at or before `lastBefore`, oldest first.
 */
export async function alertsToRepeat(
  db: Db,
  window: { since: Date; lastBefore: Date; maxAlerts: number },
): Promise<EmergencyAlert[]> {
  return prismaOf(db).emergencyAlert.findMany({
    where: {
      acknowledgedAt: null,
      alerts: { lte: window.maxAlerts },
      createdAt: { gt: window.since },
      OR: [
        { lastAlertAt: null, createdAt: { lte: window.lastBefore } },
        { lastAlertAt: { lte: window.lastBefore } },
      ],
    },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * Posts an emergency alert again, as post number `alerts + 1`; false when it was acknowledged
 * or repeated meanwhile. The notice's INSERT is the guard, and goes first.
 */
export async function repeatEmergency(
  db: Db,
  alert: Pick<EmergencyAlert, "id" | "callSid" | "alerts" | "department">,
  now: Date,
): Promise<boolean> {
  const post = alert.alerts + 1;
  const still = `"alerts" = ? AND "acknowledgedAt" IS NULL`;
  const [queued] = await commit(db, [
    enqueueNotice(
      {
        kind: "emergency",
        dedupeKey: `emergency:${alert.callSid}:${post}`,
        subject: alert.id,
        department: alert.department,
        detail: { repeat: post },
        at: now,
      },
      {
        onlyIf: condition(
          `EXISTS (SELECT 1 FROM "EmergencyAlert" WHERE "id" = ? AND ${still})`,
          alert.id,
          alert.alerts,
        ),
      },
    ),
    statement(
      `UPDATE "EmergencyAlert" SET "alerts" = ?, "lastAlertAt" = ? WHERE "id" = ? AND ${still}`,
      post,
      now,
      alert.id,
      alert.alerts,
    ),
  ]);
  return queued === 1;
}
