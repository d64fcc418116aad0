import type { Directory, LocalizedText } from "../rules/directory.ts";
import { localParts } from "../rules/hours.ts";
import type { Db } from "../store/db.ts";
import { addDays, offsetSpans, type Period, startOfLocalDay } from "./period.ts";

/**
 * What supervisors judge the switchboard by, over a period in the organisation's time zone.
 * A call belongs to the period its `startedAt` falls in.
 *
 * - calls: every call that reached the switchboard.
 * - answered: calls a person picked up (`answeredAt` set: staff accepted the transfer).
 * - answerRate = answered / calls.
 * - transferred: calls whose outcome is `transferred`; transferRate = transferred / calls.
 * - messages: calls that ended with a message taken (outcome `message`); messageRate = messages / calls.
 * - missed (transfers nobody took and no message was left), abandoned (the caller hung up
 *   before anything was settled), emergencies, info (the caller was told what they asked and
 *   needed no one): calls with those outcomes.
 * - unsettled: calls with no outcome yet (still going, or their end was never reported).
 * - averageSecondsToAnswer: the mean of `answeredAt − startedAt` over answered calls, to 0.1 s:
 *   how long a caller waited, greeting included, until a person was on the line.
 *
 * Rates are fractions from 0 to 1, and null when there were no calls; the average is null
 * when no call was answered.
 */
export interface StatsTotals {
  calls: number;
  answered: number;
  answerRate: number | null;
  transferred: number;
  transferRate: number | null;
  messages: number;
  messageRate: number | null;
  missed: number;
  abandoned: number;
  emergencies: number;
  info: number;
  unsettled: number;
  averageSecondsToAnswer: number | null;
}

/** One department's calls: those routed to it (`Call.department`). */
export interface DepartmentStats {
  /** The department's key; null for the row of calls never routed to a department. */
  key: string | null;
  name: LocalizedText;
  calls: number;
  answered: number;
  answerRate: number | null;
  transferred: number;
  messages: number;
  missed: number;
  abandoned: number;
  emergencies: number;
  info: number;
}

/** The calls of one local day or month within the period. */
export interface StatsPoint {
  /** `2026-11-25` for a day, `2026-11` for a month. */
  key: string;
  calls: number;
  answered: number;
  transferred: number;
  messages: number;
  missed: number;
  abandoned: number;
}

export interface Stats {
  timezone: string;
  totals: StatsTotals;
  /** Every directory department by calls, most first (ties in directory order), then any
   * department no longer in the directory, then the calls never routed (key null). */
  departments: DepartmentStats[];
  /** Calls by local hour of day, 0–23, over the whole period. */
  hourly: number[];
  /** Day by day, for a week or a month. */
  byDay?: StatsPoint[];
  /** Month by month, for a quarter or a year. */
  byMonth?: StatsPoint[];
}

export const UNROUTED_NAME: LocalizedText = { zh: "未分配部门", en: "Not routed" };

const MS_PER_HOUR = 3_600_000;

/** Calls of one (point, department, outcome), as both the tallies and the call record give them. */
interface CellRow {
  point: string;
  /** '' for no department. */
  department: string;
  /** '' for no outcome yet. */
  outcome: string;
  calls: number | bigint;
  answered: number | bigint;
  answerMs: number | bigint | null;
}

interface HourRow {
  hour: number | bigint;
  calls: number | bigint;
}

interface Cell {
  calls: number;
  answered: number;
  answerMs: number;
}

/**
 * The statistics for `period`. Whole days that the call tally has counted (and whose calls
 * have not changed since) are read from it; every other stretch is counted from the calls
 * themselves. `tallies: false` counts everything from the calls, the reference the tallies
 * must always agree with.
 */
export async function computeStats(
  db: Db,
  period: Period,
  directory: Directory,
  options: { tallies?: boolean } = {},
): Promise<Stats> {
  const timezone = directory.organisation.timezone;
  const pointLength = period.unit === "quarter" || period.unit === "year" ? 7 : 10;
  const cells = new Map<string, Cell & { point: string; department: string; outcome: string }>();
  const hourly = Array.from({ length: 24 }, () => 0);
  const addCells = (rows: CellRow[]) => {
    for (const row of rows) {
      const point = row.point.slice(0, pointLength);
      const key = `${point}\u0000${row.department}\u0000${row.outcome}`;
      const cell = cells.get(key) ?? {
        point,
        department: row.department,
        outcome: row.outcome,
        calls: 0,
        answered: 0,
        answerMs: 0,
      };
      cell.calls += Number(row.calls);
      cell.answered += Number(row.answered);
      cell.answerMs += Number(row.answerMs ?? 0);
      cells.set(key, cell);
    }
  };
  const addHours = (rows: HourRow[]) => {
    for (const row of rows)
      hourly[Number(row.hour)] = (hourly[Number(row.hour)] ?? 0) + Number(row.calls);
  };

  const days = wholeDays(period, timezone);
  const tallied =
    options.tallies === false ? new Set<string>() : await talliedDays(db, period, days, timezone);
  if (tallied.size > 0) {
    const list = JSON.stringify([...tallied]);
    const [cellRows, hourRows] = await Promise.all([
      db.$queryRaw<CellRow[]>`
        SELECT substr(t."day", 1, ${pointLength}) AS "point", t."department", t."outcome",
          SUM(t."calls") AS "calls", SUM(t."answered") AS "answered", SUM(t."answerMs") AS "answerMs"
        FROM json_each(${list}) AS j
        JOIN "CallTallyDay" AS d ON d."day" = j."value" AND d."timezone" = ${timezone}
        JOIN "CallTally" AS t ON t."day" = d."day" AND t."generation" = d."generation"
        GROUP BY 1, 2, 3`,
      db.$queryRaw<HourRow[]>`
        SELECT h."hour", SUM(h."calls") AS "calls"
        FROM json_each(${list}) AS j
        JOIN "CallTallyDay" AS d ON d."day" = j."value" AND d."timezone" = ${timezone}
        JOIN "CallHourTally" AS h ON h."day" = d."day" AND h."generation" = d."generation"
        GROUP BY 1`,
    ]);
    addCells(cellRows);
    addHours(hourRows);
  }

  for (const range of untalliedRanges(period, days, tallied, timezone)) {
    for (const span of offsetSpans(range.from, range.to, timezone)) {
      const shift = sqliteShift(span.offsetMinutes);
      const [cellRows, hourRows] = await Promise.all([
        db.$queryRaw<CellRow[]>`
          SELECT strftime('%Y-%m-%d', "startedAt", ${shift}) AS "point",
            COALESCE("department", '') AS "department", COALESCE("outcome", '') AS "outcome",
            COUNT(*) AS "calls", COUNT("answeredAt") AS "answered",
            SUM(CAST(ROUND((julianday("answeredAt") - julianday("startedAt")) * 86400000) AS INTEGER)) AS "answerMs"
          FROM "Call" WHERE "startedAt" >= ${span.from} AND "startedAt" < ${span.to}
          GROUP BY 1, 2, 3`,
        db.$queryRaw<HourRow[]>`
          SELECT CAST(strftime('%H', "startedAt", ${shift}) AS INTEGER) AS "hour", COUNT(*) AS "calls"
          FROM "Call" WHERE "startedAt" >= ${span.from} AND "startedAt" < ${span.to}
          GROUP BY 1`,
      ]);
      addCells(cellRows);
      addHours(hourRows);
    }
  }

  const all = [...cells.values()];
  const stats: Stats = {
    timezone,
    totals: totalsOf(all),
    departments: departmentsOf(all, directory),
    hourly,
  };
  if (period.unit === "week" || period.unit === "month") {
    stats.byDay = pointsOf(all, days.list);
  } else if (period.unit === "quarter" || period.unit === "year") {
    stats.byMonth = pointsOf(all, [...new Set(days.list.map((d) => d.slice(0, 7)))]);
  }
  return stats;
}

/** The SQLite date modifier that turns UTC into local time for a fixed offset. */
export function sqliteShift(offsetMinutes: number): string {
  return `${offsetMinutes >= 0 ? "+" : ""}${offsetMinutes} minutes`;
}

interface Days {
  /** Every local date the period touches, in order. */
  list: string[];
  /** Those it covers from midnight to midnight: only these can come from the tallies. */
  whole: Set<string>;
}

function wholeDays(period: Period, timezone: string): Days {
  const list: string[] = [];
  if (period.to <= period.from) return { list, whole: new Set() };
  const last = localParts(new Date(period.to.getTime() - 1), timezone).date;
  for (let day = localParts(period.from, timezone).date; day <= last; day = addDays(day, 1)) {
    list.push(day);
  }
  const whole = new Set(list);
  const first = list[0];
  if (first && startOfLocalDay(first, timezone) < period.from) whole.delete(first);
  if (startOfLocalDay(addDays(last, 1), timezone) > period.to) whole.delete(last);
  return { list, whole };
}

/** Whole days of the period the tally has counted whose calls have not changed since. */
async function talliedDays(
  db: Db,
  period: Period,
  days: Days,
  timezone: string,
): Promise<Set<string>> {
  const first = days.list[0];
  const last = days.list.at(-1);
  if (!first || !last) return new Set();
  const [published, changed] = await Promise.all([
    db.$queryRaw<{ day: string }[]>`
      SELECT "day" FROM "CallTallyDay"
      WHERE "timezone" = ${timezone} AND "day" >= ${first} AND "day" <= ${last}`,
    db.$queryRaw<{ hour: string }[]>`
      SELECT DISTINCT substr("at", 1, 13) AS "hour" FROM "CallTallyChange"
      WHERE "at" >= ${period.from} AND "at" < ${period.to}`,
  ]);
  const tallied = new Set(published.map((row) => row.day).filter((day) => days.whole.has(day)));
  for (const day of daysOfHours(
    changed.map((row) => row.hour),
    timezone,
  ))
    tallied.delete(day);
  return tallied;
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

/** The stretches of the period not covered by tallied days, each as one UTC range. */
function untalliedRanges(
  period: Period,
  days: Days,
  tallied: Set<string>,
  timezone: string,
): { from: Date; to: Date }[] {
  const ranges: { from: Date; to: Date }[] = [];
  let runStart: string | null = null;
  const close = (after: string) => {
    if (runStart === null) return;
    const from = maxDate(period.from, startOfLocalDay(runStart, timezone));
    const to = minDate(period.to, startOfLocalDay(after, timezone));
    if (from < to) ranges.push({ from, to });
    runStart = null;
  };
  for (const day of days.list) {
    if (tallied.has(day)) close(day);
    else runStart ??= day;
  }
  const last = days.list.at(-1);
  if (last) close(addDays(last, 1));
  return ranges;
}

function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

type Counted = Cell & { department: string; outcome: string };

function countOf(cells: Counted[], outcome: string): number {
  let n = 0;
  for (const cell of cells) if (cell.outcome === outcome) n += cell.calls;
  return n;
}

function totalsOf(cells: Counted[]): StatsTotals {
  let calls = 0;
  let answered = 0;
  let answerMs = 0;
  for (const cell of cells) {
    calls += cell.calls;
    answered += cell.answered;
    answerMs += cell.answerMs;
  }
  const transferred = countOf(cells, "transferred");
  const messages = countOf(cells, "message");
  return {
    calls,
    answered,
    answerRate: rate(answered, calls),
    transferred,
    transferRate: rate(transferred, calls),
    messages,
    messageRate: rate(messages, calls),
    missed: countOf(cells, "missed"),
    abandoned: countOf(cells, "abandoned"),
    emergencies: countOf(cells, "emergency"),
    info: countOf(cells, "info"),
    unsettled: countOf(cells, ""),
    averageSecondsToAnswer: answered === 0 ? null : Math.round(answerMs / answered / 100) / 10,
  };
}

function departmentRow(key: string | null, name: LocalizedText, cells: Counted[]): DepartmentStats {
  let calls = 0;
  let answered = 0;
  for (const cell of cells) {
    calls += cell.calls;
    answered += cell.answered;
  }
  return {
    key,
    name,
    calls,
    answered,
    answerRate: rate(answered, calls),
    transferred: countOf(cells, "transferred"),
    messages: countOf(cells, "message"),
    missed: countOf(cells, "missed"),
    abandoned: countOf(cells, "abandoned"),
    emergencies: countOf(cells, "emergency"),
    info: countOf(cells, "info"),
  };
}

function departmentsOf(cells: Counted[], directory: Directory): DepartmentStats[] {
  const byDepartment = new Map<string, Counted[]>();
  for (const cell of cells) {
    const list = byDepartment.get(cell.department) ?? [];
    list.push(cell);
    byDepartment.set(cell.department, list);
  }
  const known = directory.departments.map((d) =>
    departmentRow(d.key, d.name, byDepartment.get(d.key) ?? []),
  );
  // Array.prototype.sort is stable, so equal counts keep the directory's order.
  known.sort((a, b) => b.calls - a.calls);
  const listed = new Set(directory.departments.map((d) => d.key));
  const former = [...byDepartment.keys()]
    .filter((key) => key !== "" && !listed.has(key))
    .sort()
    .map((key) => departmentRow(key, { zh: key, en: key }, byDepartment.get(key) ?? []))
    .sort((a, b) => b.calls - a.calls);
  return [...known, ...former, departmentRow(null, UNROUTED_NAME, byDepartment.get("") ?? [])];
}

function pointsOf(cells: (Counted & { point: string })[], keys: string[]): StatsPoint[] {
  const points = new Map<string, StatsPoint>(
    keys.map((key) => [
      key,
      { key, calls: 0, answered: 0, transferred: 0, messages: 0, missed: 0, abandoned: 0 },
    ]),
  );
  const field: Record<string, keyof StatsPoint | undefined> = {
    transferred: "transferred",
    message: "messages",
    missed: "missed",
    abandoned: "abandoned",
  };
  for (const cell of cells) {
    const point = points.get(cell.point);
    if (!point) continue;
    point.calls += cell.calls;
    point.answered += cell.answered;
    const name = field[cell.outcome];
    if (name && name !== "key") point[name] += cell.calls;
  }
  return [...points.values()];
}
