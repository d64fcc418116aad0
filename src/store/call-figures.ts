import { localParts } from "../rules/hours.ts";
import type { OffsetSpan } from "../rules/local-days.ts";
import { type Db, prismaOf } from "./db.ts";

// The queries statistics are made of: calls counted by local day (or month), department and
// outcome, and by local hour, either from the call tally (tallied days) or from the calls.

/** One day's (or month's) calls to one department ('' for none), by what became of them. */
export type CountsRow = { point: string; department: string } & Record<
  | "calls"
  | "answered"
  | "answerMs"
  | "transferred"
  | "messages"
  | "missed"
  | "abandoned"
  | "emergencies"
  | "info"
  | "unsettled",
  number | bigint | null
>;

export interface HourRow {
  hour: number | bigint;
  calls: number | bigint;
}

const MS_PER_HOUR = 3_600_000;

/** The SQLite date modifier that turns UTC into local time for a fixed offset. */
export function sqliteShift(offsetMinutes: number): string {
  return `${offsetMinutes >= 0 ? "+" : ""}${offsetMinutes} minutes`;
}

/** The local dates that UTC hours (`2026-11-25T03`) overlap. */
export function daysOfHours(hours: string[], timezone: string): Set<string> {
  const days = new Set<string>();
  for (const hour of hours) {
    const start = Date.parse(`${hour}:00:00Z`);
    if (Number.isNaN(start)) continue;
    days.add(localParts(new Date(start), timezone).date);
    days.add(localParts(new Date(start + MS_PER_HOUR - 1), timezone).date);
  }
  return days;
}

/**
 * The days from `first` to `last` the tally has counted in `timezone`, and the UTC hours of the
 * period in which a call changed since (`2026-11-25T03`): days those touch are not to be trusted.
 */
export async function talliedAndChanged(
  db: Db,
  period: { from: Date; to: Date },
  days: { first: string; last: string },
  timezone: string,
): Promise<{ counted: string[]; changedHours: string[] }> {
  const prisma = prismaOf(db);
  const [published, changed] = await Promise.all([
    prisma.$queryRaw<{ day: string }[]>`
      SELECT "day" FROM "CallTallyDay"
      WHERE "timezone" = ${timezone} AND "day" >= ${days.first} AND "day" <= ${days.last}`,
    prisma.$queryRaw<{ hour: string }[]>`
      SELECT DISTINCT substr("at", 1, 13) AS "hour" FROM "CallTallyChange"
      WHERE "at" >= ${period.from} AND "at" < ${period.to}`,
  ]);
  return { counted: published.map((row) => row.day), changedHours: changed.map((row) => row.hour) };
}

/** The tallied days' counts, by day (`pointLength` 10) or month (7) and department. */
export async function talliedCounts(
  db: Db,
  days: string[],
  timezone: string,
  pointLength: number,
): Promise<CountsRow[]> {
  const list = JSON.stringify(days);
  return prismaOf(db).$queryRaw<CountsRow[]>`
    SELECT substr(t."day", 1, ${pointLength}) AS "point", t."department",
      SUM(t."calls") AS "calls", SUM(t."answered") AS "answered", SUM(t."answerMs") AS "answerMs",
      SUM(t."transferred") AS "transferred", SUM(t."messages") AS "messages",
      SUM(t."missed") AS "missed", SUM(t."abandoned") AS "abandoned",
      SUM(t."emergencies") AS "emergencies", SUM(t."info") AS "info",
      SUM(t."unsettled") AS "unsettled"
    FROM json_each(${list}) AS j
    JOIN "CallTallyDay" AS d ON d."day" = j."value" AND d."timezone" = ${timezone}
    JOIN "CallTally" AS t ON t."day" = d."day" AND t."generation" = d."generation"
    GROUP BY 1, 2`;
}

/** The tallied days' calls by local hour of day. */
export async function talliedHours(db: Db, days: string[], timezone: string): Promise<HourRow[]> {
  const list = JSON.stringify(days);
  return prismaOf(db).$queryRaw<HourRow[]>`
    SELECT h."hour", SUM(h."calls") AS "calls"
    FROM json_each(${list}) AS j
    JOIN "CallTallyDay" AS d ON d."day" = j."value" AND d."timezone" = ${timezone}
    JOIN "CallHourTally" AS h ON h."day" = d."day" AND h."generation" = d."generation"
    GROUP BY 1`;
}

/** The calls that started in `span` counted from the calls themselves, by local day and department. */
export async function countedCalls(db: Db, span: OffsetSpan): Promise<CountsRow[]> {
  const shift = sqliteShift(span.offsetMinutes);
  // The same counts as the call tally's (call-tally.ts), by local day.
  return prismaOf(db).$queryRaw<CountsRow[]>`
    SELECT strftime('%Y-%m-%d', "startedAt", ${shift}) AS "point",
      COALESCE("department", '') AS "department",
      COUNT(*) AS "calls", COUNT("answeredAt") AS "answered",
      SUM(CAST(ROUND((julianday("answeredAt") - julianday("startedAt")) * 86400000) AS INTEGER)) AS "answerMs",
      COUNT(CASE WHEN "outcome" = 'transferred' THEN 1 END) AS "transferred",
      COUNT(CASE WHEN "outcome" = 'message' THEN 1 END) AS "messages",
      COUNT(CASE WHEN "outcome" = 'missed' THEN 1 END) AS "missed",
      COUNT(CASE WHEN "outcome" = 'abandoned' THEN 1 END) AS "abandoned",
      COUNT(CASE WHEN "outcome" = 'emergency' THEN 1 END) AS "emergencies",
      COUNT(CASE WHEN "outcome" = 'info' THEN 1 END) AS "info",
      COUNT(CASE WHEN "outcome" IS NULL THEN 1 END) AS "unsettled"
    FROM "Call" WHERE "startedAt" >= ${span.from} AND "startedAt" < ${span.to}
    GROUP BY 1, 2`;
}

/** The calls that started in `span` by local hour of day. */
export async function callsByHour(db: Db, span: OffsetSpan): Promise<HourRow[]> {
  const shift = sqliteShift(span.offsetMinutes);
  return prismaOf(db).$queryRaw<HourRow[]>`
    SELECT CAST(strftime('%H', "startedAt", ${shift}) AS INTEGER) AS "hour", COUNT(*) AS "calls"
    FROM "Call" WHERE "startedAt" >= ${span.from} AND "startedAt" < ${span.to}
    GROUP BY 1`;
}
