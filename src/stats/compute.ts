import type { Directory, LocalizedText, Staff } from "../rules/directory.ts";
import { localParts } from "../rules/hours.ts";
import { addDays, offsetSpans, startOfLocalDay } from "../rules/local-days.ts";
import {
  COUNTED,
  type Counted,
  type CountsRow,
  callsByHour,
  countedCalls,
  type DepartmentCountsRow,
  daysOfHours,
  type HistogramRow,
  type HourRow,
  MESSAGE_BUCKETS,
  type MessageTimeRow,
  messageTimes,
  type StaffCountsRow,
  type TallySettings,
  talliedAndChanged,
  talliedCounts,
  talliedHistograms,
  talliedHours,
  talliedStaffCounts,
} from "../store/call-figures.ts";
import type { Db } from "../store/db.ts";
import {
  countedSurveys,
  NOT_COUNTED_BY,
  openLowScores,
  talliedSurveys,
} from "../store/survey-figures.ts";
import type { Period } from "./period.ts";
import { type Satisfaction, SurveyCells } from "./satisfaction.ts";

/**
 * What supervisors judge the switchboard by, over a period in the organisation's time zone.
 * A call belongs to the period its `startedAt` falls in; the totals are the calls in (direction
 * `inbound`), the calls out are counted apart (`outbound`).
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

/** The calls placed: how many, how many were answered, their seconds and known cost. */
export interface OutboundFigures {
  calls: number;
  answered: number;
  seconds: number;
  /** In the currency Twilio bills the account in; calls whose cost is not known add nothing. */
  cost: number;
}

/** Times from a message to its claim and to done, in seconds; null when none was. */
export interface MessageTimes {
  medianSecondsToClaim: number | null;
  p90SecondsToClaim: number | null;
  medianSecondsToDone: number | null;
  p90SecondsToDone: number | null;
}

/**
 * The service figures, the same at the top, for each department and for each staff member:
 *
 * - serviceLevel: of the transferred calls, the share a person picked up within
 *   `thresholdSeconds` of the call's start (the organisation's `serviceLevelSeconds`).
 * - averageSecondsToAnswer: as in the totals.
 * - abandonRate: abandoned / calls.
 * - messages: the median and 90th percentile of the time from a message to its claim, and to
 *   done, over the messages claimed (done); by whoever claimed (finished) them for a person.
 * - outbound: the calls placed, by whoever placed them for a person.
 */
export interface ServiceFigures {
  serviceLevel: { thresholdSeconds: number; rate: number | null };
  averageSecondsToAnswer: number | null;
  abandonRate: number | null;
  messages: MessageTimes;
  outbound: OutboundFigures;
}

/**
 * The post-call survey's figures, the same at the top, for each department and for each staff
 * member: the scores of the calls they took (a call's department and the staff member who took
 * it), and the low scores of the period's calls whose follow-up task is still open.
 */
export interface SurveyFigures {
  satisfaction: Satisfaction;
  lowScoresOpen: number;
}

/** The counts a department's row and a staff member's row share. */
interface CallCounts {
  calls: number;
  answered: number;
  answerRate: number | null;
  transferred: number;
  /** Calls that ended with a message taken (outcome `message`). */
  messagesTaken: number;
  missed: number;
  abandoned: number;
}

/** One department's calls: those routed to it (`Call.department`), and its calls out. */
export interface DepartmentStats extends ServiceFigures, SurveyFigures, CallCounts {
  /** The department's key; null for the row of calls never routed to a department. */
  key: string | null;
  name: LocalizedText;
  emergencies: number;
  info: number;
}

/** One staff member's calls: those put through to them or for them, and their calls out. */
export interface StaffStats extends ServiceFigures, SurveyFigures, CallCounts {
  key: string;
  name: { zh: string; en: string };
  department: string;
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
  /** Calls placed, and the calls in and out together. */
  outboundCalls: number;
  allCalls: number;
  /** The day's (month's) service level, as at the top: for the trend. */
  serviceLevel: ServiceFigures["serviceLevel"];
  satisfaction: Satisfaction;
}

export interface Stats extends ServiceFigures, SurveyFigures {
  timezone: string;
  totals: StatsTotals;
  /** Calls in and out together. */
  allCalls: number;
  /** Every directory department by calls, most first (ties in directory order), then any
   * department no longer in the directory, then the calls never routed (key null). */
  departments: DepartmentStats[];
  /** Every directory staff member, in directory order. */
  staff: StaffStats[];
  /** Calls in by local hour of day, 0–23, over the whole period (`department`'s alone when asked). */
  hourly: number[];
  /** Calls out by local hour of day. */
  hourlyOutbound: number[];
  /** Calls in and out together by local hour of day. */
  hourlyAll: number[];
  /** Day by day, for a week or a month (`department`'s alone when asked). */
  byDay?: StatsPoint[];
  /** Month by month, for a quarter or a year. */
  byMonth?: StatsPoint[];
}

export const UNROUTED_NAME: LocalizedText = { zh: "未分配部门", en: "Not routed" };

type Counts = Record<Counted, number>;

/** A day's (or month's) calls in one direction to one department ('' for none). */
type Cell = Counts & { point: string; direction: string; department: string };

/** The calls in one direction a staff member took (or that were for them), or placed. */
type StaffCell = Counts & { direction: string; staff: string };

/** A histogram of message times: how many in each bucket, and the longest in each. */
interface Histogram {
  count: number[];
  max: number[];
}

/** A department's, or a staff member's, message times to claim and to done. */
interface MessageTimesOf {
  claim: Histogram;
  done: Histogram;
}

function noCounts(): Counts {
  return Object.fromEntries(COUNTED.map((name) => [name, 0])) as Counts;
}

function add(into: Counts, from: Counts | CountsRow | DepartmentCountsRow | StaffCountsRow): void {
  for (const name of COUNTED) into[name] += Number(from[name] ?? 0);
}

function noHistogram(): Histogram {
  const size = MESSAGE_BUCKETS.length + 1;
  return { count: Array(size).fill(0), max: Array(size).fill(0) };
}

function addHistogram(into: Histogram, from: Histogram): void {
  for (let i = 0; i < into.count.length; i++) {
    into.count[i] = (into.count[i] ?? 0) + (from.count[i] ?? 0);
    into.max[i] = Math.max(into.max[i] ?? 0, from.max[i] ?? 0);
  }
}

/**
 * The statistics for `period`. Whole days that the call tally has counted (and whose calls
 * have not changed since) are read from it; every other stretch is counted from the calls
 * themselves. `tallies: false` counts everything from the calls, the reference the tallies
 * must always agree with. `department` gives the hours and the points (what the charts draw)
 * for that department alone, as its weekly digest shows them; the rest stays the whole's.
 */
export async function computeStats(
  db: Db,
  period: Pick<Period, "from" | "to" | "unit">,
  directory: Directory,
  options: { tallies?: boolean; department?: string } = {},
): Promise<Stats> {
  const { department } = options;
  const { timezone, serviceLevelSeconds } = directory.organisation;
  const settings: TallySettings = { timezone, serviceLevelSeconds };
  const pointLength = period.unit === "quarter" || period.unit === "year" ? 7 : 10;
  const cells = new Map<string, Cell>();
  const staffCells = new Map<string, StaffCell>();
  const hours = { inbound: zeros(24), outbound: zeros(24) };
  const departmentTimes = new Map<string, MessageTimesOf>();
  const staffTimes = new Map<string, MessageTimesOf>();
  const surveys = new SurveyCells();
  const addDepartmentRow = (row: DepartmentCountsRow | CountsRow) => {
    const point = row.point.slice(0, pointLength);
    const key = `${point}\u0000${row.direction}\u0000${row.department}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { point, direction: row.direction, department: row.department, ...noCounts() };
      cells.set(key, cell);
    }
    add(cell, row);
  };
  const addStaffRow = (row: StaffCountsRow | CountsRow) => {
    if (row.staff === "") return;
    const key = `${row.direction}\u0000${row.staff}`;
    let cell = staffCells.get(key);
    if (!cell) {
      cell = { direction: row.direction, staff: row.staff, ...noCounts() };
      staffCells.set(key, cell);
    }
    add(cell, row);
  };
  const addHours = (rows: HourRow[]) => {
    for (const row of rows) {
      const list = row.direction === "outbound" ? hours.outbound : hours.inbound;
      const hour = Number(row.hour);
      list[hour] = (list[hour] ?? 0) + Number(row.calls);
    }
  };
  const timesOf = (map: Map<string, MessageTimesOf>, key: string, measure: "claim" | "done") => {
    let times = map.get(key);
    if (!times) {
      times = { claim: noHistogram(), done: noHistogram() };
      map.set(key, times);
    }
    return times[measure];
  };
  const addToBucket = (histogram: Histogram, bucket: number, count: number, max: number) => {
    if (!(bucket >= 0 && bucket < histogram.count.length)) return;
    histogram.count[bucket] = (histogram.count[bucket] ?? 0) + count;
    histogram.max[bucket] = Math.max(histogram.max[bucket] ?? 0, max);
  };
  const addMessageTimes = (rows: MessageTimeRow[]) => {
    for (const row of rows) {
      const [bucket, count, max] = [row.bucket, row.count, row.maxSeconds].map(Number) as [
        number,
        number,
        number,
      ];
      addToBucket(timesOf(departmentTimes, row.department, row.measure), bucket, count, max);
      if (row.staff !== "") {
        addToBucket(timesOf(staffTimes, row.staff, row.measure), bucket, count, max);
      }
    }
  };
  const addHistograms = (rows: HistogramRow[]) => {
    for (const row of rows) {
      const histogram = timesOf(
        row.by === "staff" ? staffTimes : departmentTimes,
        row.key,
        row.measure,
      );
      for (const entry of row.buckets.split(" ")) {
        const [bucket, count, max] = entry.split(":").map(Number) as [number, number, number];
        addToBucket(histogram, bucket, count, max);
      }
    }
  };

  const days = wholeDays(period, timezone);
  const tallied =
    options.tallies === false ? new Set<string>() : await talliedDays(db, period, days, settings);
  if (tallied.size > 0) {
    const list = [...tallied];
    const [counts, staffCounts, hourRows, histograms, surveyRows] = await Promise.all([
      talliedCounts(db, list, settings, pointLength),
      talliedStaffCounts(db, list, settings),
      department === undefined ? talliedHours(db, list, settings) : [],
      talliedHistograms(db, list, settings),
      talliedSurveys(db, list, settings, pointLength),
    ]);
    for (const row of counts) addDepartmentRow(row);
    for (const row of staffCounts) addStaffRow(row);
    if (department === undefined) addHours(hourRows);
    addHistograms(histograms);
    surveys.add(surveyRows, pointLength);
  }

  for (const range of untalliedRanges(period, days, tallied, timezone)) {
    addMessageTimes(await messageTimes(db, range));
    for (const span of offsetSpans(range.from, range.to, timezone)) {
      for (const row of await countedCalls(db, span, serviceLevelSeconds)) {
        addDepartmentRow(row);
        addStaffRow(row);
      }
      if (department === undefined) addHours(await callsByHour(db, span));
      surveys.add(await countedSurveys(db, span), pointLength);
    }
  }
  // The tally keeps no hours by department: a department's hours come from its calls.
  if (department !== undefined) {
    for (const span of offsetSpans(period.from, period.to, timezone)) {
      addHours(await callsByHour(db, span, department));
    }
  }
  const open = await openLowScores(db, period);
  const surveyFigures = (keep: (row: { department: string; staff: string }) => boolean) => ({
    satisfaction: surveys.of(keep),
    lowScoresOpen: open.filter(keep).reduce((n, row) => n + row.open, 0),
  });

  const all = [...cells.values()];
  const inbound = all.filter((cell) => cell.direction !== "outbound");
  const context: FiguresContext = { serviceLevelSeconds };
  const totals = totalsOf(inbound);
  const outboundCount = sum(all.filter((cell) => cell.direction === "outbound")).calls;
  const stats: Stats = {
    timezone,
    totals,
    allCalls: totals.calls + outboundCount,
    ...serviceFigures(all, [...departmentTimes.values()], context),
    ...surveyFigures((row) => row.department !== NOT_COUNTED_BY),
    departments: departmentsOf(all, departmentTimes, directory, context).map((d) => ({
      ...d,
      ...surveyFigures((row) => row.department === (d.key ?? "")),
    })),
    staff: staffOf([...staffCells.values()], staffTimes, directory, context).map((s) => ({
      ...s,
      ...surveyFigures((row) => row.staff === s.key),
    })),
    hourly: hours.inbound,
    hourlyOutbound: hours.outbound,
    hourlyAll: hours.inbound.map((calls, hour) => calls + (hours.outbound[hour] ?? 0)),
  };
  const pictured = department === undefined ? all : all.filter((c) => c.department === department);
  const withSatisfaction = (points: Omit<StatsPoint, "satisfaction">[]): StatsPoint[] =>
    points.map((p) => ({
      ...p,
      satisfaction: surveys.of(
        (c) => c.point === p.key && (department === undefined || c.department === department),
      ),
    }));
  if (period.unit === "week" || period.unit === "month") {
    stats.byDay = withSatisfaction(pointsOf(pictured, days.list, context));
  } else if (period.unit === "quarter" || period.unit === "year") {
    stats.byMonth = withSatisfaction(
      pointsOf(pictured, [...new Set(days.list.map((d) => d.slice(0, 7)))], context),
    );
  }
  return stats;
}

function zeros(length: number): number[] {
  return Array.from({ length }, () => 0);
}

interface Days {
  /** Every local date the period touches, in order. */
  list: string[];
  /** Those it covers from midnight to midnight: only these can come from the tallies. */
  whole: Set<string>;
}

function wholeDays(period: { from: Date; to: Date }, timezone: string): Days {
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
  period: { from: Date; to: Date },
  days: Days,
  settings: TallySettings,
): Promise<Set<string>> {
  const first = days.list[0];
  const last = days.list.at(-1);
  if (!first || !last) return new Set();
  const { counted, changedHours } = await talliedAndChanged(db, period, { first, last }, settings);
  const tallied = new Set(counted.filter((day) => days.whole.has(day)));
  for (const day of daysOfHours(changedHours, settings.timezone)) tallied.delete(day);
  return tallied;
}

/** The stretches of the period not covered by tallied days, each as one UTC range. */
function untalliedRanges(
  period: { from: Date; to: Date },
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

function sum(cells: Counts[]): Counts {
  const counts = noCounts();
  for (const cell of cells) add(counts, cell);
  return counts;
}

function averageSeconds(c: Counts): number | null {
  return c.answered === 0 ? null : Math.round(c.answerMs / c.answered / 100) / 10;
}

function totalsOf(inbound: Cell[]): StatsTotals {
  const c = sum(inbound);
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
    averageSecondsToAnswer: averageSeconds(c),
  };
}

interface FiguresContext {
  serviceLevelSeconds: number;
}

/** The service figures of some calls (both directions) and some messages' times. */
function serviceFigures(
  cells: (Counts & { direction: string })[],
  times: MessageTimesOf[],
  context: FiguresContext,
): ServiceFigures {
  const c = sum(cells.filter((cell) => cell.direction !== "outbound"));
  const out = sum(cells.filter((cell) => cell.direction === "outbound"));
  const claim = noHistogram();
  const done = noHistogram();
  for (const cell of times) {
    addHistogram(claim, cell.claim);
    addHistogram(done, cell.done);
  }
  return {
    serviceLevel: {
      thresholdSeconds: context.serviceLevelSeconds,
      rate: rate(c.answeredInTime, c.transferred),
    },
    averageSecondsToAnswer: averageSeconds(c),
    abandonRate: rate(c.abandoned, c.calls),
    messages: {
      medianSecondsToClaim: percentile(claim, 0.5),
      p90SecondsToClaim: percentile(claim, 0.9),
      medianSecondsToDone: percentile(done, 0.5),
      p90SecondsToDone: percentile(done, 0.9),
    },
    outbound: {
      calls: out.calls,
      answered: out.answered,
      seconds: out.seconds,
      cost: Math.round(out.costMicros / 100) / 10_000,
    },
  };
}

/**
 * The nearest-rank percentile of a histogram: the longest time in the bucket that holds the
 * `p`-th of its values, which is at least the percentile itself and within its bucket.
 */
function percentile(histogram: Histogram, p: number): number | null {
  const total = histogram.count.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (let i = 0; i < histogram.count.length; i++) {
    seen += histogram.count[i] ?? 0;
    if (seen >= rank) return histogram.max[i] ?? null;
  }
  return null;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function departmentRow(
  key: string | null,
  name: LocalizedText,
  cells: Cell[],
  times: MessageTimesOf | undefined,
  context: FiguresContext,
): Omit<DepartmentStats, keyof SurveyFigures> {
  const c = sum(cells.filter((cell) => cell.direction !== "outbound"));
  return {
    key,
    name,
    calls: c.calls,
    answered: c.answered,
    answerRate: rate(c.answered, c.calls),
    transferred: c.transferred,
    messagesTaken: c.messages,
    missed: c.missed,
    abandoned: c.abandoned,
    emergencies: c.emergencies,
    info: c.info,
    ...serviceFigures(cells, times ? [times] : [], context),
  };
}

function departmentsOf(
  cells: Cell[],
  times: Map<string, MessageTimesOf>,
  directory: Directory,
  context: FiguresContext,
): Omit<DepartmentStats, keyof SurveyFigures>[] {
  const byDepartment = groupBy(cells, (cell) => cell.department);
  const row = (key: string, name: LocalizedText) =>
    departmentRow(key, name, byDepartment.get(key) ?? [], times.get(key), context);
  const known = directory.departments.map((d) => row(d.key, d.name));
  // Array.prototype.sort is stable, so equal counts keep the directory's order.
  known.sort((a, b) => b.calls - a.calls);
  const listed = new Set(directory.departments.map((d) => d.key));
  const former = [...new Set([...byDepartment.keys(), ...times.keys()])]
    .filter((key) => key !== "" && !listed.has(key))
    .sort()
    .map((key) => row(key, { zh: key, en: key }))
    .sort((a, b) => b.calls - a.calls);
  const unrouted = departmentRow(
    null,
    UNROUTED_NAME,
    byDepartment.get("") ?? [],
    times.get(""),
    context,
  );
  return [...known, ...former, unrouted];
}

/** Each directory staff member: calls by their key, message times by their Slack user. */
function staffOf(
  cells: StaffCell[],
  times: Map<string, MessageTimesOf>,
  directory: Directory,
  context: FiguresContext,
): Omit<StaffStats, keyof SurveyFigures>[] {
  const byStaff = groupBy(cells, (cell) => cell.staff);
  return directory.staff.map((member: Staff) => {
    const own = byStaff.get(member.key) ?? [];
    const c = sum(own.filter((cell) => cell.direction !== "outbound"));
    const theirs = member.slackUserId ? times.get(member.slackUserId) : undefined;
    return {
      key: member.key,
      name: { zh: member.name.zh ?? member.name.en, en: member.name.en },
      department: member.department,
      calls: c.calls,
      answered: c.answered,
      answerRate: rate(c.answered, c.calls),
      transferred: c.transferred,
      messagesTaken: c.messages,
      missed: c.missed,
      abandoned: c.abandoned,
      ...serviceFigures(own, theirs ? [theirs] : [], context),
    };
  });
}

function pointsOf(
  cells: Cell[],
  keys: string[],
  context: FiguresContext,
): Omit<StatsPoint, "satisfaction">[] {
  const byPoint = groupBy(cells, (cell) => cell.point);
  return keys.map((key) => {
    const here = byPoint.get(key) ?? [];
    const c = sum(here.filter((cell) => cell.direction !== "outbound"));
    const out = sum(here.filter((cell) => cell.direction === "outbound"));
    return {
      key,
      calls: c.calls,
      answered: c.answered,
      transferred: c.transferred,
      messages: c.messages,
      missed: c.missed,
      abandoned: c.abandoned,
      outboundCalls: out.calls,
      allCalls: c.calls + out.calls,
      serviceLevel: {
        thresholdSeconds: context.serviceLevelSeconds,
        rate: rate(c.answeredInTime, c.transferred),
      },
    };
  });
}

/** A department's or a staff member's service figures and satisfaction over a shift, by name. */
export type ServiceRow = ServiceFigures & {
  key: string | null;
  name: { zh: string; en: string };
  calls: number;
  satisfaction: Satisfaction;
};

/**
 * The service figures and satisfaction a shift handover keeps: the shift's, and those of whoever
 * had calls or scores.
 */
export interface ShiftService extends ServiceFigures {
  satisfaction: Satisfaction;
  departments: ServiceRow[];
  staff: ServiceRow[];
}

function serviceFiguresOf(row: ServiceFigures): ServiceFigures {
  const { serviceLevel, averageSecondsToAnswer, abandonRate, messages, outbound } = row;
  return { serviceLevel, averageSecondsToAnswer, abandonRate, messages, outbound };
}

/** The service figures of `stats`, with the departments and staff that had calls or scores. */
export function shiftService(stats: Stats): ShiftService {
  const busy = (row: DepartmentStats | StaffStats) =>
    row.calls > 0 || row.outbound.calls > 0 || row.satisfaction.responses > 0;
  const named = (row: DepartmentStats | StaffStats): ServiceRow => ({
    key: row.key,
    name: { zh: row.name.zh ?? row.name.en, en: row.name.en },
    calls: row.calls,
    ...serviceFiguresOf(row),
    satisfaction: row.satisfaction,
  });
  return {
    ...serviceFiguresOf(stats),
    satisfaction: stats.satisfaction,
    departments: stats.departments.filter(busy).map(named),
    staff: stats.staff.filter(busy).map(named),
  };
}
