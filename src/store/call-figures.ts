import { localParts } from "../rules/hours.ts";
import type { OffsetSpan } from "../rules/local-days.ts";
import { type Db, sqlOf } from "./db.ts";
import { statement } from "./sql.ts";

// The queries statistics are made of: calls counted by local day (or month), direction,
// department, staff member and outcome, by local hour, and messages' times to claim and to done
// as histograms; either from the call tally (tallied days) or from the calls themselves. The
// tally job (call-tally.ts) counts with the very same expressions, so both give one answer.

/** What the tally and the statistics count of a group of calls. */
export const COUNTED = [
  "calls",
  "answered",
  "answerMs",
  "answeredInTime",
  "transferred",
  "messages",
  "missed",
  "abandoned",
  "emergencies",
  "info",
  "unsettled",
  "seconds",
  "costMicros",
] as const;
export type Counted = (typeof COUNTED)[number];

type CountsOf = Record<Counted, number | bigint | null>;

/** One day's (or month's) calls in one direction, to one department and staff member ('' for none). */
export type CountsRow = {
  point: string;
  direction: string;
  department: string;
  staff: string;
} & CountsOf;

/** The tally's calls of one day (or month) in one direction to one department ('' for none). */
export type DepartmentCountsRow = {
  point: string;
  direction: string;
  department: string;
} & CountsOf;

/** The tally's calls in one direction taken, or placed, by one staff member. */
export type StaffCountsRow = { direction: string; staff: string } & CountsOf;

export interface HourRow {
  direction: string;
  hour: number | bigint;
  calls: number | bigint;
}

/**
 * The tally's histogram of a department's messages (`by` department) or of those a staff member
 * claimed or finished (`by` staff, `key` their Slack user ID): "bucket:count:longest", space-separated.
 */
export interface HistogramRow {
  by: "department" | "staff";
  key: string;
  measure: "claim" | "done";
  buckets: string;
}

/** How many of a department's messages, by who claimed or finished them, took so long. */
export interface MessageTimeRow {
  department: string;
  /** The Slack user who claimed it (measure `claim`) or marked it done (`done`); '' for none. */
  staff: string;
  measure: "claim" | "done";
  bucket: number | bigint;
  count: number | bigint;
  maxSeconds: number | bigint;
}

/**
 * The histogram buckets of a message's seconds to claim and to done, by their upper bounds
 * (inclusive); the last bucket holds everything longer. About 1.5× apart, so a median or
 * percentile read from them is the longest time in its bucket: never short, at most half again.
 */
export const MESSAGE_BUCKETS = [
  10, 20, 30, 45, 60, 90, 120, 180, 240, 300, 420, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200,
  10800, 14400, 21600, 28800, 43200, 64800, 86400, 129600, 172800, 259200, 432000, 604800,
] as const;

const MS_PER_HOUR = 3_600_000;

const ANSWER_MS = `CAST(ROUND((julianday("answeredAt") - julianday("startedAt")) * 86400000) AS INTEGER)`;

/** Who a call belongs to: who took it (or whom it was for), or who placed a call out. */
export const CALL_STAFF = `CASE WHEN "direction" = 'outbound' THEN COALESCE("placedBy", '')
  ELSE COALESCE("handledBy", "target", '') END`;

/** The counts of a group of calls as SQL for a SELECT, in COUNTED's order; named when asked. */
export function callCounts(serviceLevelSeconds: number, options: { named?: boolean } = {}): string {
  const thresholdMs = Math.trunc(serviceLevelSeconds) * 1000;
  const counts: Record<Counted, string> = {
    calls: `COUNT(*)`,
    answered: `COUNT("answeredAt")`,
    answerMs: `COALESCE(SUM(${ANSWER_MS}), 0)`,
    answeredInTime: `COUNT(CASE WHEN "outcome" = 'transferred' AND ${ANSWER_MS} <= ${thresholdMs} THEN 1 END)`,
    transferred: `COUNT(CASE WHEN "outcome" = 'transferred' THEN 1 END)`,
    messages: `COUNT(CASE WHEN "outcome" = 'message' THEN 1 END)`,
    missed: `COUNT(CASE WHEN "outcome" = 'missed' THEN 1 END)`,
    abandoned: `COUNT(CASE WHEN "outcome" = 'abandoned' THEN 1 END)`,
    emergencies: `COUNT(CASE WHEN "outcome" = 'emergency' THEN 1 END)`,
    info: `COUNT(CASE WHEN "outcome" = 'info' THEN 1 END)`,
    unsettled: `COUNT(CASE WHEN "outcome" IS NULL THEN 1 END)`,
    seconds: `COALESCE(SUM("durationSeconds"), 0)`,
    costMicros: `COALESCE(SUM(CAST(ROUND(CAST("cost" AS REAL) * 1000000) AS INTEGER)), 0)`,
  };
  return COUNTED.map((name) =>
    options.named ? `${counts[name]} AS "${name}"` : counts[name],
  ).join(",\n      ");
}

/**
 * The seconds from each message of `[from, to)` to its claim and to done, by department, who
 * did it and histogram bucket, as SQL rows (department, staff, measure, bucket, count,
 * maxSeconds) with four parameters: from, to, from, to.
 */
export const MESSAGE_TIMES = (() => {
  const seconds = (column: string) =>
    `MAX(0, CAST(ROUND((julianday("${column}") - julianday("createdAt")) * 86400) AS INTEGER))`;
  const bucket = `CASE ${MESSAGE_BUCKETS.map((bound, i) => `WHEN "seconds" <= ${bound} THEN ${i}`).join(" ")} ELSE ${MESSAGE_BUCKETS.length} END`;
  return `SELECT "department", "staff", "measure", ${bucket} AS "bucket",
      COUNT(*) AS "count", MAX("seconds") AS "maxSeconds"
    FROM (
      SELECT COALESCE("department", '') AS "department", COALESCE("claimedBy", '') AS "staff",
        'claim' AS "measure", ${seconds("claimedAt")} AS "seconds"
      FROM "Message" WHERE "createdAt" >= ? AND "createdAt" < ? AND "claimedAt" IS NOT NULL
      UNION ALL
      SELECT COALESCE("department", '') , COALESCE("doneBy", ''), 'done', ${seconds("doneAt")}
      FROM "Message" WHERE "createdAt" >= ? AND "createdAt" < ? AND "doneAt" IS NOT NULL
    )
    GROUP BY 1, 2, 3, 4`;
})();

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

/** What the tally's days were counted with: only days counted with today's settings are read. */
export interface TallySettings {
  timezone: string;
  serviceLevelSeconds: number;
}

/**
 * The days from `first` to `last` the tally has counted with `settings`, and the UTC hours of
 * the period in which a call or message changed since (`2026-11-25T03`): days those touch are
 * not to be trusted.
 */
export async function talliedAndChanged(
  db: Db,
  period: { from: Date; to: Date },
  days: { first: string; last: string },
  settings: TallySettings,
): Promise<{ counted: string[]; changedHours: string[] }> {
  const sql = sqlOf(db);
  const [published, changed] = await Promise.all([
    sql.read(
      statement(
        `SELECT "day" FROM "CallTallyDay"
         WHERE "timezone" = ? AND "serviceLevelSeconds" = ? AND "day" >= ? AND "day" <= ?`,
        settings.timezone,
        settings.serviceLevelSeconds,
        days.first,
        days.last,
      ),
    ),
    sql.read(
      statement(
        `SELECT DISTINCT substr("at", 1, 13) AS "hour" FROM "CallTallyChange"
         WHERE "at" >= ? AND "at" < ?`,
        period.from,
        period.to,
      ),
    ),
  ]);
  return {
    counted: published.map((row) => String(row.day)),
    changedHours: changed.map((row) => String(row.hour)),
  };
}

/** Joins the listed days' current tally rows of `table` as `t`. */
export function talliedFrom(table: string): string {
  return `FROM json_each(?) AS j
    JOIN "CallTallyDay" AS d ON d."day" = j."value" AND d."timezone" = ? AND d."serviceLevelSeconds" = ?
    JOIN "${table}" AS t ON t."day" = d."day" AND t."generation" = d."generation"`;
}

/** The tallied days' counts, by day (`pointLength` 10) or month (7), direction and department. */
export async function talliedCounts(
  db: Db,
  days: string[],
  settings: TallySettings,
  pointLength: number,
): Promise<DepartmentCountsRow[]> {
  const rows = await sqlOf(db).read(
    statement(
      `SELECT substr(t."day", 1, ${Math.trunc(pointLength)}) AS "point", t."direction",
        t."key" AS "department", ${COUNTED.map((c) => `SUM(t."${c}") AS "${c}"`).join(", ")}
      ${talliedFrom("CallTally")}
      WHERE t."by" = 'department'
      GROUP BY 1, 2, 3`,
      JSON.stringify(days),
      settings.timezone,
      settings.serviceLevelSeconds,
    ),
  );
  return rows as DepartmentCountsRow[];
}

/** The tallied days' counts by direction and staff member. */
export async function talliedStaffCounts(
  db: Db,
  days: string[],
  settings: TallySettings,
): Promise<StaffCountsRow[]> {
  const rows = await sqlOf(db).read(
    statement(
      `SELECT t."direction", t."key" AS "staff",
        ${COUNTED.map((c) => `SUM(t."${c}") AS "${c}"`).join(", ")}
      ${talliedFrom("CallTally")}
      WHERE t."by" = 'staff'
      GROUP BY 1, 2`,
      JSON.stringify(days),
      settings.timezone,
      settings.serviceLevelSeconds,
    ),
  );
  return rows as StaffCountsRow[];
}

/** The tallied days' calls by direction and local hour of day. */
export async function talliedHours(
  db: Db,
  days: string[],
  settings: TallySettings,
): Promise<HourRow[]> {
  const rows = await sqlOf(db).read(
    statement(
      `SELECT t."direction", t."hour", SUM(t."calls") AS "calls"
      ${talliedFrom("CallHourTally")}
      GROUP BY 1, 2`,
      JSON.stringify(days),
      settings.timezone,
      settings.serviceLevelSeconds,
    ),
  );
  return rows as unknown as HourRow[];
}

/** The tallied days' message histograms, one row per department or staff member and measure (its days' buckets one after another). */
export async function talliedHistograms(
  db: Db,
  days: string[],
  settings: TallySettings,
): Promise<HistogramRow[]> {
  const rows = await sqlOf(db).read(
    statement(
      `SELECT t."by", t."key", t."measure", group_concat(t."buckets", ' ') AS "buckets"
      ${talliedFrom("MessageTally")}
      GROUP BY 1, 2, 3`,
      JSON.stringify(days),
      settings.timezone,
      settings.serviceLevelSeconds,
    ),
  );
  return rows as unknown as HistogramRow[];
}

/**
 * The calls that started in `span` counted from the calls themselves, by local day, direction,
 * department and staff.
 */
export async function countedCalls(
  db: Db,
  span: OffsetSpan,
  serviceLevelSeconds: number,
): Promise<CountsRow[]> {
  const rows = await sqlOf(db).read(
    statement(
      `SELECT strftime('%Y-%m-%d', "startedAt", ?) AS "point", "direction",
        COALESCE("department", '') AS "department", ${CALL_STAFF} AS "staff",
        ${callCounts(serviceLevelSeconds, { named: true })}
      FROM "Call" WHERE "startedAt" >= ? AND "startedAt" < ?
      GROUP BY 1, 2, 3, 4`,
      sqliteShift(span.offsetMinutes),
      span.from,
      span.to,
    ),
  );
  return rows as CountsRow[];
}

/** The calls that started in `span` by direction and local hour of day: all, or one department's. */
export async function callsByHour(
  db: Db,
  span: OffsetSpan,
  department?: string,
): Promise<HourRow[]> {
  const rows = await sqlOf(db).read(
    statement(
      `SELECT "direction", CAST(strftime('%H', "startedAt", ?) AS INTEGER) AS "hour",
        COUNT(*) AS "calls"
      FROM "Call" WHERE "startedAt" >= ? AND "startedAt" < ?${department === undefined ? "" : ` AND "department" = ?`}
      GROUP BY 1, 2`,
      sqliteShift(span.offsetMinutes),
      span.from,
      span.to,
      ...(department === undefined ? [] : [department]),
    ),
  );
  return rows as unknown as HourRow[];
}

/** The times of the messages taken in `[from, to)`, from the messages themselves. */
export async function messageTimes(
  db: Db,
  range: { from: Date; to: Date },
): Promise<MessageTimeRow[]> {
  const rows = await sqlOf(db).read(
    statement(MESSAGE_TIMES, range.from, range.to, range.from, range.to),
  );
  return rows as unknown as MessageTimeRow[];
}
