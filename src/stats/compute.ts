import type { Directory, LocalizedText } from "../rules/directory.ts";
import { localParts } from "../rules/hours.ts";
import { addDays, offsetSpans, startOfLocalDay } from "../rules/local-days.ts";
import {
  type CountsRow,
  callsByHour,
  countedCalls,
  daysOfHours,
  talliedAndChanged,
  talliedCounts,
  talliedHours,
} from "../store/call-figures.ts";
import type { Db } from "../store/db.ts";
import type { Period } from "./period.ts";

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

/** What is counted of a group of calls, the same in the tally and from the calls. */
interface Counts {
  calls: number;
  answered: number;
  answerMs: number;
  transferred: number;
  messages: number;
  missed: number;
  abandoned: number;
  emergencies: number;
  info: number;
  unsettled: number;
}

const COUNTED = [
  "calls",
  "answered",
  "answerMs",
  "transferred",
  "messages",
  "missed",
  "abandoned",
  "emergencies",
  "info",
  "unsettled",
] as const satisfies readonly (keyof Counts)[];

type Cell = Counts & { point: string; department: string };

function noCounts(): Counts {
  return {
    calls: 0,
    answered: 0,
    answerMs: 0,
    transferred: 0,
    messages: 0,
    missed: 0,
    abandoned: 0,
    emergencies: 0,
    info: 0,
    unsettled: 0,
  };
}

function add(into: Counts, from: Counts | CountsRow): void {
  for (const name of COUNTED) into[name] += Number(from[name] ?? 0);
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
  const cells = new Map<string, Cell>();
  const hourly = Array.from({ length: 24 }, () => 0);
  const addRows = (rows: CountsRow[]) => {
    for (const row of rows) {
      const point = row.point.slice(0, pointLength);
      const key = `${point}\u0000${row.department}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { point, department: row.department, ...noCounts() };
        cells.set(key, cell);
      }
      add(cell, row);
    }
  };
  const addHours = (rows: { hour: number | bigint; calls: number | bigint }[]) => {
    for (const row of rows) {
      const hour = Number(row.hour);
      hourly[hour] = (hourly[hour] ?? 0) + Number(row.calls);
    }
  };

  const days = wholeDays(period, timezone);
  const tallied =
    options.tallies === false ? new Set<string>() : await talliedDays(db, period, days, timezone);
  if (tallied.size > 0) {
    addRows(await talliedCounts(db, [...tallied], timezone, pointLength));
    addHours(await talliedHours(db, [...tallied], timezone));
  }

  for (const range of untalliedRanges(period, days, tallied, timezone)) {
    for (const span of offsetSpans(range.from, range.to, timezone)) {
      addRows(await countedCalls(db, span));
      addHours(await callsByHour(db, span));
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
  const { counted, changedHours } = await talliedAndChanged(db, period, { first, last }, timezone);
  const tallied = new Set(counted.filter((day) => days.whole.has(day)));
  for (const day of daysOfHours(changedHours, timezone)) tallied.delete(day);
  return tallied;
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

function sum(cells: Cell[]): Counts {
  const counts = noCounts();
  for (const cell of cells) add(counts, cell);
  return counts;
}

function totalsOf(cells: Cell[]): StatsTotals {
  const c = sum(cells);
  return {
    calls: c.calls,
    answered: c.answered,
    answerRate: rate(c.answered, c.calls),
    transferred: c.transferred,
    transferRate: rate(c.transferred, c.calls),
    messages: c.messages,
    messageRate: rate(c.messages, c.calls),
    missed: c.missed,
    abandoned: c.abandoned,
    emergencies: c.emergencies,
    info: c.info,
    unsettled: c.unsettled,
    averageSecondsToAnswer:
      c.answered === 0 ? null : Math.round(c.answerMs / c.answered / 100) / 10,
  };
}

function departmentRow(key: string | null, name: LocalizedText, cells: Cell[]): DepartmentStats {
  const c = sum(cells);
  return {
    key,
    name,
    calls: c.calls,
    answered: c.answered,
    answerRate: rate(c.answered, c.calls),
    transferred: c.transferred,
    messages: c.messages,
    missed: c.missed,
    abandoned: c.abandoned,
    emergencies: c.emergencies,
    info: c.info,
  };
}

function departmentsOf(cells: Cell[], directory: Directory): DepartmentStats[] {
  const byDepartment = new Map<string, Cell[]>();
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

function pointsOf(cells: Cell[], keys: string[]): StatsPoint[] {
  return keys.map((key) => {
    const c = sum(cells.filter((cell) => cell.point === key));
    return {
      key,
      calls: c.calls,
      answered: c.answered,
      transferred: c.transferred,
      messages: c.messages,
      missed: c.missed,
      abandoned: c.abandoned,
    };
  });
}
