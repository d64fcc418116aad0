import type { Directory } from "../rules/directory.ts";
import { DEFAULT_SHIFTS, type Shift, type ShiftSlot, shiftAt } from "../rules/shifts.ts";
import { type AuditEntry, audit } from "./audit.ts";
import { commit, type Db, prismaOf } from "./db.ts";
import type { RosterEntry } from "./records.ts";
import { statement } from "./sql.ts";

/** Who is on duty on which shift, and the shifts themselves. */

export type DutyRole = "operator" | "supervisor";

export interface OnDuty {
  slackUserId: string;
  staffKey: string | null;
  role: DutyRole;
}

/** The configured shifts, in the order of the day; the defaults if the table was emptied. */
export async function loadShifts(db: Db): Promise<Shift[]> {
  const rows = await prismaOf(db).shift.findMany({ orderBy: { position: "asc" } });
  if (rows.length === 0) return [...DEFAULT_SHIFTS];
  return rows.map((r) => ({ key: r.key, start: r.start, end: r.end }));
}

/**
 * Replaces the shifts, with the audit entry of the change, as one unit. The caller has checked
 * them with `shiftsProblem`.
 */
export async function replaceShifts(
  db: Db,
  shifts: readonly Shift[],
  entry: Omit<AuditEntry, "action" | "subject">,
): Promise<void> {
  await commit(db, [
    statement(`DELETE FROM "Shift"`),
    ...shifts.map((s, position) =>
      statement(
        `INSERT INTO "Shift" ("key", "position", "start", "end") VALUES (?, ?, ?, ?)`,
        s.key,
        position,
        s.start,
        s.end,
      ),
    ),
    audit({ ...entry, action: "shifts.set", subject: "shifts" }),
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
  const rows = await prismaOf(db).rosterEntry.findMany({
    where: { date, ...(shift ? { shift } : {}) },
    orderBy: [{ position: "asc" }, { slackUserId: "asc" }],
  });
  return rows.map((r) => ({ ...onDutyFromRow(r), shift: r.shift }));
}

export async function onDutyFor(db: Db, slot: ShiftSlot): Promise<OnDuty[]> {
  return rosterOn(db, slot.date, slot.shift.key);
}

/**
 * Sets exactly who is on a shift, with the audit entry of the change (who was on it before and
 * after), as one unit: the same call twice leaves the same roster, and two supervisors setting
 * it at once leave one of their lists, never a mixture.
 */
export async function setRoster(
  db: Db,
  entry: { date: string; shift: string; people: readonly OnDuty[]; setBy: string; at: Date },
): Promise<void> {
  const { date, shift, people } = entry;
  const before = await rosterOn(db, date, shift);
  const kept = people.map((p) => p.slackUserId);
  await commit(db, [
    statement(
      `DELETE FROM "RosterEntry" WHERE "date" = ? AND "shift" = ?
         AND "slackUserId" NOT IN (SELECT value FROM json_each(?))`,
      date,
      shift,
      JSON.stringify(kept),
    ),
    ...people.map((p, position) =>
      statement(
        `INSERT INTO "RosterEntry" ("date", "shift", "slackUserId", "staffKey", "role", "position", "setBy", "setAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT ("date", "shift", "slackUserId") DO UPDATE SET "staffKey" = excluded."staffKey",
           "role" = excluded."role", "position" = excluded."position", "setBy" = excluded."setBy",
           "setAt" = excluded."setAt"`,
        date,
        shift,
        p.slackUserId,
        p.staffKey,
        p.role,
        position,
        entry.setBy,
        entry.at,
      ),
    ),
    audit({
      at: entry.at,
      actor: entry.setBy,
      action: "roster.set",
      subject: `roster:${date}:${shift}`,
      detail: {
        before: before.map(({ slackUserId, role }) => ({ slackUserId, role })),
        after: people.map(({ slackUserId, role }) => ({ slackUserId, role })),
      },
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
