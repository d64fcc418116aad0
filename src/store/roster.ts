import type { Handover, RosterEntry } from "../generated/prisma/client.ts";
import type { Directory } from "../rules/directory.ts";
import {
  DEFAULT_SHIFTS,
  type Range,
  type Shift,
  type ShiftSlot,
  shiftAt,
} from "../rules/shifts.ts";
import type { Db } from "./db.ts";
import { pendingLongDistanceRequests } from "./long-distance.ts";

/** Who is on duty on which shift, the shifts themselves, and the figures a handover reports. */

export type DutyRole = "operator" | "supervisor";

export interface OnDuty {
  slackUserId: string;
  staffKey: string | null;
  role: DutyRole;
}

/** The configured shifts, in the order of the day; the defaults if the table was emptied. */
export async function loadShifts(db: Db): Promise<Shift[]> {
  const rows = await db.shift.findMany({ orderBy: { position: "asc" } });
  if (rows.length === 0) return [...DEFAULT_SHIFTS];
  return rows.map((r) => ({ key: r.key, start: r.start, end: r.end }));
}

/** Replaces the shifts in one transaction. The caller has checked them with `shiftsProblem`. */
export async function replaceShifts(db: Db, shifts: readonly Shift[]): Promise<void> {
  await db.$transaction([
    db.shift.deleteMany(),
    db.shift.createMany({
      data: shifts.map((s, position) => ({ key: s.key, position, start: s.start, end: s.end })),
    }),
  ]);
}

function onDutyFromRow(r: RosterEntry): OnDuty {
  return { slackUserId: r.slackUserId, staffKey: r.staffKey, role: r.role as DutyRole };
}

/** Who is on the given shifts of a date (all of its shifts when none are named), in the order they were named. */
export async function rosterOn(
  db: Db,
  date: string,
  shift?: string,
): Promise<(OnDuty & { shift: string })[]> {
  const rows = await db.rosterEntry.findMany({
    where: { date, ...(shift ? { shift } : {}) },
    orderBy: [{ position: "asc" }, { slackUserId: "asc" }],
  });
  return rows.map((r) => ({ ...onDutyFromRow(r), shift: r.shift }));
}

export async function onDutyFor(db: Db, slot: ShiftSlot): Promise<OnDuty[]> {
  return rosterOn(db, slot.date, slot.shift.key);
}

/**
 * Sets exactly who is on a shift: the same call twice leaves the same roster, and two
 * supervisors setting it at once leave one of their lists, never a mixture.
 */
export async function setRoster(
  db: Db,
  entry: { date: string; shift: string; people: readonly OnDuty[]; setBy: string; at: Date },
): Promise<void> {
  const { date, shift } = entry;
  await db.$transaction([
    db.rosterEntry.deleteMany({
      where: { date, shift, slackUserId: { notIn: entry.people.map((p) => p.slackUserId) } },
    }),
    ...entry.people.map((p, position) => {
      const data = {
        staffKey: p.staffKey,
        role: p.role,
        position,
        setBy: entry.setBy,
        setAt: entry.at,
      };
      return db.rosterEntry.upsert({
        where: { date_shift_slackUserId: { date, shift, slackUserId: p.slackUserId } },
        create: { date, shift, slackUserId: p.slackUserId, ...data },
        update: data,
      });
    }),
  ]);
}

/**
 * The operator on duty now, for the missed-call post to mention: the first operator named on
 * the current shift, else its first supervisor; null when nobody is rostered.
 */
export async function onDutyOperator(
  db: Db,
  dir: Directory | null,
  now: Date,
): Promise<{ slackUserId: string; staffKey?: string } | null> {
  if (!dir) return null;
  const slot = shiftAt(now, await loadShifts(db), dir.organisation.timezone);
  const people = await onDutyFor(db, slot);
  const chosen =
    people.find((p) => p.role === "operator") ?? people.find((p) => p.role === "supervisor");
  if (!chosen) return null;
  const staffKey =
    chosen.staffKey ?? dir.staff.find((s) => s.slackUserId === chosen.slackUserId)?.key;
  return { slackUserId: chosen.slackUserId, ...(staffKey ? { staffKey } : {}) };
}

/** What a shift handover reports, like the paper form's figures. */
export interface ShiftSummary {
  /** Calls that came in during the shift */
  calls: number;
  /** Of those, put through to someone who took them */
  answered: number;
  /** Transfers nobody took during the shift */
  missedCalls: number;
  /** Of those, not yet called back or done */
  missedCallsOpen: number;
  /** Messages taken during the shift */
  messages: number;
  /** Messages not yet done when the shift ends, whenever they were taken */
  openMessages: number;
  emergencies: number;
  emergenciesUnacknowledged: number;
  pendingLongDistance: number;
}

/** Counts the pending long-distance (toll) call requests of a shift. */
export type PendingRequestCounter = (db: Db, range: Range) => Promise<number>;

/** Counts nothing: for a summary that leaves long-distance requests out. */
export const noLongDistanceRequests: PendingRequestCounter = async () => 0;

export async function shiftSummary(
  db: Db,
  range: Range,
  options: { pendingLongDistance?: PendingRequestCounter } = {},
): Promise<ShiftSummary> {
  const during = { gte: range.from, lt: range.to };
  const [
    calls,
    answered,
    missedCalls,
    missedCallsOpen,
    messages,
    openMessages,
    emergencies,
    emergenciesUnacknowledged,
    pendingLongDistance,
  ] = await Promise.all([
    db.call.count({ where: { startedAt: during } }),
    db.call.count({ where: { startedAt: during, answeredAt: { not: null } } }),
    db.missedCall.count({ where: { createdAt: during } }),
    db.missedCall.count({ where: { createdAt: during, calledBackAt: null, doneAt: null } }),
    db.message.count({ where: { createdAt: during } }),
    db.message.count({ where: { createdAt: { lt: range.to }, doneAt: null } }),
    db.emergencyAlert.count({ where: { createdAt: during } }),
    db.emergencyAlert.count({ where: { createdAt: during, acknowledgedAt: null } }),
    (options.pendingLongDistance ?? pendingLongDistanceRequests)(db, range),
  ]);
  return {
    calls,
    answered,
    missedCalls,
    missedCallsOpen,
    messages,
    openMessages,
    emergencies,
    emergenciesUnacknowledged,
    pendingLongDistance,
  };
}

export async function findHandover(db: Db, slot: ShiftSlot): Promise<Handover | null> {
  return db.handover.findUnique({
    where: { date_shift: { date: slot.date, shift: slot.shift.key } },
  });
}
