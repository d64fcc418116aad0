import type { Guest, Language } from "../rules/directory.ts";
import { instantOf, type LocalTime } from "../rules/wake-up/local-time.ts";
import {
  stepWakeUp,
  type WakeUpEvent,
  type WakeUpProgress,
  type WakeUpState,
  type WakeUpStep,
} from "../rules/wake-up/schedule.ts";
import type { WakeUpSettings } from "../rules/wake-up/settings.ts";
import { audit, auditedChange } from "./audit.ts";
import { commit, type Db, newId, prismaOf } from "./db.ts";
import { type OutboundCall, recordOutboundCall } from "./outbound-calls.ts";
import { type Condition, condition, enqueueNotice } from "./outbox.ts";
import type { WakeUpCall, WakeUpRing } from "./records.ts";
import { type SqlStatement, sqlValue, statement } from "./sql.ts";

/**
 * Wake-up calls and their rings. A wake-up's progress is the state machine's
 * (rules/wake-up/schedule.ts); every change of it is one unit guarded on the state, rings and
 * snoozes it was decided from, so a second job run, a repeated callback or a click racing a
 * ring changes it once. What a change sets off (a ring's row, the front desk's notice) is
 * written in the same unit, before it and on the same condition.
 */

/** A guest a wake-up wakes, as they were when it was set. */
export interface WakeUpGuest {
  key: string;
  name: string;
  incognito: boolean;
}

export interface NewWakeUpCall {
  room: string;
  guests: WakeUpGuest[];
  at: LocalTime;
  /** When that local time is, in the organisation's time zone. */
  instant: Date;
  language: Language;
  source: "voice" | "slack" | "api";
  /** A call sid, a Slack user ID, or admin-api. */
  setBy: string;
}

/** A wake-up for a room's guests at a local time, by whoever set it. */
export function wakeUpFor(
  w: { room: string; guests: readonly Guest[]; at: LocalTime; language: Language },
  timezone: string,
  by: Pick<NewWakeUpCall, "source" | "setBy">,
): NewWakeUpCall {
  return {
    room: w.room,
    guests: w.guests.map((g) => ({ key: g.key, name: g.name, incognito: g.incognito })),
    at: w.at,
    instant: instantOf(w.at, timezone),
    language: w.language,
    ...by,
  };
}

/** Still to ring (or ringing): what a cancel or a check-out stops. */
export const PENDING: readonly WakeUpState[] = ["scheduled", "snoozed", "ringing"];
const PENDING_SQL = `"state" IN ('scheduled', 'snoozed', 'ringing')`;

/** What the outbox posts to the front desk when nobody answered (or nobody could be rung). */
export const WAKE_UP_NOTICE = "wake_up";

/**
 * A new wake-up, unless one for the same room at the same date and time is still to ring: the
 * same command or request sent twice sets it once.
 */
export function setWakeUp(
  input: NewWakeUpCall,
  now: Date,
): { id: string; statement: SqlStatement } {
  const id = newId();
  return {
    id,
    statement: statement(
      `INSERT INTO "WakeUpCall" ("id", "room", "guests", "date", "time", "at", "language", "source",
         "setBy", "state", "rings", "snoozes", "round", "dueAt", "createdAt", "updatedAt")
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', 0, 0, '[]', ?, ?, ?
       WHERE NOT EXISTS (SELECT 1 FROM "WakeUpCall" WHERE "room" = ? AND "date" = ? AND "time" = ?
         AND ${PENDING_SQL})`,
      id,
      input.room,
      JSON.stringify(input.guests),
      input.at.date,
      input.at.time,
      input.instant,
      input.language,
      input.source,
      input.setBy,
      input.instant,
      now,
      now,
      input.room,
      input.at.date,
      input.at.time,
    ),
  };
}

/** Cancels a room's wake-ups still to ring (all, or the one at `at`), as one statement. */
export function cancelRoomWakeUps(room: string, now: Date, at?: LocalTime): SqlStatement {
  return statement(
    `UPDATE "WakeUpCall" SET "state" = 'cancelled', "dueAt" = NULL, "updatedAt" = ?
     WHERE "room" = ? AND ${PENDING_SQL}${at ? ` AND "date" = ? AND "time" = ?` : ""}`,
    now,
    room,
    ...(at ? [at.date, at.time] : []),
  );
}

/**
 * A wake-up and its audit entry, as statements for one unit; with `replace`, what its room still
 * had to ring is cancelled first ("把叫醒改成七点").
 */
export function wakeUpStatements(
  input: NewWakeUpCall,
  now: Date,
  options: { replace?: boolean; actor: string },
): SqlStatement[] {
  const { id, statement: insert } = setWakeUp(input, now);
  return [
    ...(options.replace ? [cancelRoomWakeUps(input.room, now)] : []),
    insert,
    audit(
      {
        at: now,
        actor: options.actor,
        action: "wake_up.set",
        subject: `wake_up:${id}`,
        detail: { room: input.room, date: input.at.date, time: input.at.time },
      },
      { onlyIf: condition(`EXISTS (SELECT 1 FROM "WakeUpCall" WHERE "id" = ?)`, id) },
    ),
  ];
}

/**
 * Sets wake-ups as one unit, with the audit entry of each. Returns each one as stored: the new
 * one, or the one already set for that room and time.
 */
export async function setWakeUps(
  db: Db,
  wakeUps: readonly NewWakeUpCall[],
  now: Date,
  options: { actor: string },
): Promise<{ wakeUp: WakeUpCall; created: boolean }[]> {
  const units = wakeUps.map((w) => wakeUpStatements(w, now, options));
  const counts = await commit(db, units.flat());
  const result: { wakeUp: WakeUpCall; created: boolean }[] = [];
  for (const [i, input] of wakeUps.entries()) {
    // Each wake-up's insert is the first of its two statements.
    const created = counts[i * 2] === 1;
    const wakeUp = await prismaOf(db).wakeUpCall.findFirst({
      where: {
        room: input.room,
        date: input.at.date,
        time: input.at.time,
        state: { in: [...PENDING] },
      },
    });
    if (wakeUp) result.push({ wakeUp, created });
  }
  return result;
}

export async function findWakeUp(db: Db, id: string): Promise<WakeUpCall | null> {
  return prismaOf(db).wakeUpCall.findUnique({ where: { id } });
}

/** A wake-up with its rings, oldest first. */
export async function wakeUpWithRings(
  db: Db,
  id: string,
): Promise<{ wakeUp: WakeUpCall; rings: WakeUpRing[] } | null> {
  const wakeUp = await findWakeUp(db, id);
  if (!wakeUp) return null;
  const rings = await prismaOf(db).wakeUpRing.findMany({
    where: { wakeUpId: id },
    orderBy: { ring: "asc" },
  });
  return { wakeUp, rings };
}

/** A local day's wake-ups, by time then room, with their rings. */
export async function listWakeUps(
  db: Db,
  date: string,
): Promise<{ wakeUp: WakeUpCall; rings: WakeUpRing[] }[]> {
  const prisma = prismaOf(db);
  const wakeUps = await prisma.wakeUpCall.findMany({
    where: { date },
    orderBy: [{ time: "asc" }, { room: "asc" }, { createdAt: "asc" }],
  });
  const rings = await prisma.wakeUpRing.findMany({
    where: { wakeUpId: { in: wakeUps.map((w) => w.id) } },
    orderBy: { ring: "asc" },
  });
  return wakeUps.map((wakeUp) => ({
    wakeUp,
    rings: rings.filter((r) => r.wakeUpId === wakeUp.id),
  }));
}

/** The rooms' wake-ups still to ring: all, or only those at local time `time` (HH:MM). */
export async function pendingWakeUps(
  db: Db,
  rooms: readonly string[],
  time?: string,
): Promise<WakeUpCall[]> {
  return prismaOf(db).wakeUpCall.findMany({
    where: {
      room: { in: [...rooms] },
      state: { in: [...PENDING] },
      ...(time ? { time } : {}),
    },
    orderBy: [{ at: "asc" }, { room: "asc" }],
  });
}

/** Wake-ups whose time to act has come: to ring, or to stop waiting for a ring's end. */
export async function dueWakeUps(db: Db, now: Date, take = 50): Promise<WakeUpCall[]> {
  return prismaOf(db).wakeUpCall.findMany({
    where: { state: { in: [...PENDING] }, dueAt: { lte: now } },
    orderBy: { dueAt: "asc" },
    take,
  });
}

/** Whether any wake-up is due, without reading more: the job asks this every tick. */
export async function anyWakeUpDue(db: Db, now: Date): Promise<boolean> {
  const due = await prismaOf(db).wakeUpCall.findFirst({
    where: { state: { in: [...PENDING] }, dueAt: { lte: now } },
    select: { id: true },
  });
  return due !== null;
}

/** A wake-up's progress, as the state machine takes it. */
export function progressOf(row: WakeUpCall): WakeUpProgress {
  return {
    state: row.state as WakeUpState,
    rings: row.rings,
    snoozes: row.snoozes,
    round: (JSON.parse(row.round) as string[]).map((at) => new Date(at)),
    dueAt: row.dueAt,
  };
}

/** The wake-up is still as it was read: its state, rings and snoozes. */
function stillAsRead(row: WakeUpCall): Condition {
  return condition(
    `EXISTS (SELECT 1 FROM "WakeUpCall" WHERE "id" = ? AND "state" = ? AND "rings" = ? AND "snoozes" = ?)`,
    row.id,
    row.state,
    row.rings,
    row.snoozes,
  );
}

function ringId(wakeUpId: string, ring: number): string {
  return `${wakeUpId}:${ring}`;
}

/** What goes with a step besides the wake-up's own change, each written only if it is made. */
export type Alongside = (still: Condition) => SqlStatement[];

/**
 * Writes a step of a wake-up read as `row`: what its action sets off (a ring's row, the front
 * desk's notice), `alongside`, then the change, all on the condition that the wake-up is still
 * as it was read. True when the change was made.
 */
export async function applyWakeUpStep(
  db: Db,
  row: WakeUpCall,
  step: WakeUpStep,
  now: Date,
  settings: Pick<WakeUpSettings, "department">,
  alongside: Alongside = () => [],
): Promise<boolean> {
  if (!step.changed) return false;
  const still = stillAsRead(row);
  const follows: SqlStatement[] = [];
  const { action, progress } = step;
  if (action.kind === "ring") {
    follows.push(
      guarded(
        `INSERT INTO "WakeUpRing" ("id", "wakeUpId", "ring", "startedAt") SELECT ?, ?, ?, ? WHERE`,
        [ringId(row.id, action.ring), row.id, action.ring, sqlValue(now)],
        still,
        ` ON CONFLICT ("id") DO NOTHING`,
      ),
    );
  }
  if (action.kind === "escalate") {
    follows.push(
      enqueueNotice(
        {
          kind: WAKE_UP_NOTICE,
          dedupeKey: `wake_up:${row.id}:${action.reason}:${row.rings}:${row.snoozes}`,
          subject: row.id,
          department: settings.department,
          detail: { reason: action.reason, round: action.round.map((d) => d.toISOString()) },
          at: now,
        },
        { onlyIf: still },
      ),
    );
  }
  const counts = await commit(db, [
    ...follows,
    ...alongside(still),
    statement(
      `UPDATE "WakeUpCall" SET "state" = ?, "rings" = ?, "snoozes" = ?, "round" = ?, "dueAt" = ?,
         "updatedAt" = ?
       WHERE "id" = ? AND "state" = ? AND "rings" = ? AND "snoozes" = ?`,
      progress.state,
      progress.rings,
      progress.snoozes,
      JSON.stringify(progress.round.map((d) => d.toISOString())),
      progress.dueAt,
      now,
      row.id,
      row.state,
      row.rings,
      row.snoozes,
    ),
  ]);
  return counts.at(-1) === 1;
}

function guarded(sql: string, params: unknown[], still: Condition, tail = ""): SqlStatement {
  return { sql: `${sql} ${still.sql}${tail}`, params: [...params, ...still.params] };
}

/** An UPDATE of a ring's row made only while `still` holds (the step it goes with is made). */
export function onlyWhile(update: SqlStatement, still: Condition): SqlStatement {
  return { sql: `${update.sql} AND ${still.sql}`, params: [...update.params, ...still.params] };
}

/**
 * Feeds an event to a wake-up and writes the step, reading it again if it changed meanwhile
 * (a key pressed as the job looked at it). Returns the wake-up as it was read for the step
 * that was written, and the step; null when there is no such wake-up.
 */
export async function wakeUpEvent(
  db: Db,
  id: string,
  event: WakeUpEvent,
  now: Date,
  settings: WakeUpSettings,
  alongside?: Alongside,
): Promise<{ row: WakeUpCall; step: WakeUpStep; applied: boolean } | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await findWakeUp(db, id);
    if (!row) return null;
    const step = stepWakeUp(progressOf(row), event, now, settings);
    if (!step.changed) return { row, step, applied: false };
    if (await applyWakeUpStep(db, row, step, now, settings, alongside)) {
      return { row, step, applied: true };
    }
  }
  return null;
}

/**
 * Twilio took the call for a ring: its sid goes on the ring's row, and the ring is an outbound
 * call in the record, counted for the wake-up department. The record's `to` is the PBX, not the
 * room: the room stays out of the call record as it does for wake-ups set by voice.
 */
export async function recordRingPlaced(
  db: Db,
  ring: { wakeUpId: string; ring: number; callSid: string },
  call: Omit<OutboundCall, "callSid" | "purpose" | "placedBy">,
): Promise<void> {
  await commit(db, [
    statement(
      `UPDATE "WakeUpRing" SET "callSid" = ? WHERE "id" = ? AND "callSid" IS NULL`,
      ring.callSid,
      ringId(ring.wakeUpId, ring.ring),
    ),
    recordOutboundCall({
      ...call,
      callSid: ring.callSid,
      placedBy: null,
      purpose: { kind: "wake_up", id: ring.wakeUpId },
    }),
  ]);
}

/** The room picked up on a ring. */
export async function recordRingAnswered(
  db: Db,
  wakeUpId: string,
  ring: number,
  callSid: string,
  now: Date,
): Promise<void> {
  await commit(db, [
    statement(
      `UPDATE "WakeUpRing" SET "answeredAt" = COALESCE("answeredAt", ?), "callSid" = COALESCE("callSid", ?)
       WHERE "id" = ?`,
      now,
      callSid,
      ringId(wakeUpId, ring),
    ),
  ]);
}

/** The key pressed on a ring, as a statement to go with its step. */
export function ringKey(wakeUpId: string, ring: number, key: string): SqlStatement {
  return statement(
    `UPDATE "WakeUpRing" SET "key" = ? WHERE "id" = ? AND "key" IS NULL`,
    key,
    ringId(wakeUpId, ring),
  );
}

/** How a ring ended (Twilio's final status, or why it never went out), once. */
export function ringEnded(
  wakeUpId: string,
  ring: number,
  status: string,
  now: Date,
  failure?: string,
): SqlStatement {
  return statement(
    `UPDATE "WakeUpRing" SET "status" = ?, "endedAt" = ?, "failure" = COALESCE("failure", ?)
     WHERE "id" = ? AND "status" IS NULL`,
    status,
    now,
    failure ?? null,
    ringId(wakeUpId, ring),
  );
}

/** Cancels one wake-up still to ring, with its audit entry; false when it no longer was. */
export function cancelWakeUp(db: Db, id: string, actor: string, now: Date): Promise<boolean> {
  return auditedChange(
    db,
    { table: "WakeUpCall", column: "id", key: id },
    statement(
      `UPDATE "WakeUpCall" SET "state" = 'cancelled', "dueAt" = NULL, "updatedAt" = ?`,
      now,
    ),
    { sql: PENDING_SQL },
    {
      at: now,
      actor,
      action: "wake_up.cancel",
      subject: `wake_up:${id}`,
      columns: ["room", "date", "time", "state"],
    },
  );
}

/**
 * The front desk checked on a guest nobody could wake: once, with its audit entry; false when it
 * was not (or no longer) unanswered.
 */
export function checkWakeUp(db: Db, id: string, by: string, now: Date): Promise<boolean> {
  return auditedChange(
    db,
    { table: "WakeUpCall", column: "id", key: id },
    statement(
      `UPDATE "WakeUpCall" SET "state" = 'checked', "checkedBy" = ?, "checkedAt" = ?, "updatedAt" = ?`,
      by,
      now,
      now,
    ),
    { sql: `"state" = 'unanswered'` },
    { at: now, actor: by, action: "wake_up.checked", subject: `wake_up:${id}` },
  );
}

/**
 * Cancels the wake-ups still to ring whose guests are none of them in its room any more (they
 * checked out, or moved): a statement to go in the unit that changes the guests, after it.
 */
export function cancelWakeUpsOfDeparted(now: Date): SqlStatement {
  return statement(
    `UPDATE "WakeUpCall" SET "state" = 'cancelled', "dueAt" = NULL, "updatedAt" = ?
     WHERE ${PENDING_SQL} AND NOT EXISTS (
       SELECT 1 FROM json_each("WakeUpCall"."guests") AS woken
       JOIN "Guest" ON "Guest"."key" = json_extract(woken.value, '$.key')
         AND "Guest"."room" = "WakeUpCall"."room")`,
    now,
  );
}

/** Wake-up figures over a period, by when they were to ring. */
export interface WakeUpFigures {
  set: number;
  /** Answered on the first ring of every round: no ring failed. */
  answeredFirstTime: number;
  answeredAfterRetries: number;
  /** Every ring failed (or none could be made): the front desk was told. */
  unanswered: number;
  /** Of those, the ones someone on the front desk checked on. */
  checked: number;
  cancelled: number;
}

export async function wakeUpFigures(
  db: Db,
  range: { from: Date; to: Date },
): Promise<WakeUpFigures> {
  const prisma = prismaOf(db);
  const wakeUps = await prisma.wakeUpCall.findMany({
    where: { at: { gte: range.from, lt: range.to } },
    select: { id: true, state: true },
  });
  const answered = wakeUps.filter((w) => w.state === "answered").map((w) => w.id);
  const failed = await prisma.wakeUpRing.findMany({
    where: { wakeUpId: { in: answered }, key: null },
    select: { wakeUpId: true },
  });
  const retried = new Set(failed.map((r) => r.wakeUpId));
  const count = (...states: string[]) => wakeUps.filter((w) => states.includes(w.state)).length;
  return {
    set: wakeUps.length,
    answeredFirstTime: answered.length - retried.size,
    answeredAfterRetries: retried.size,
    unanswered: count("unanswered", "checked"),
    checked: count("checked"),
    cancelled: count("cancelled"),
  };
}

/** Why the front desk was told about a wake-up, and the rings it was told of; null if it was not. */
export async function escalationOf(
  db: Db,
  id: string,
): Promise<{ reason: "unanswered" | "late"; round: Date[] } | null> {
  const notice = await prismaOf(db).notification.findFirst({
    where: { kind: WAKE_UP_NOTICE, subject: id },
    orderBy: { createdAt: "desc" },
  });
  if (!notice) return null;
  const detail = JSON.parse(notice.payload) as { reason?: string; round?: string[] };
  return {
    reason: detail.reason === "late" ? "late" : "unanswered",
    round: (detail.round ?? []).map((at) => new Date(at)),
  };
}

/** The guests a wake-up wakes, as stored with it. */
export function wakeUpGuests(row: Pick<WakeUpCall, "guests">): WakeUpGuest[] {
  return JSON.parse(row.guests) as WakeUpGuest[];
}
