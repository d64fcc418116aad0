import { dateOfDay, dayNumber, isWorkdayOn, weekdayOfDay } from "./calendar.ts";
import type {
  Department,
  Hours,
  Language,
  OpeningWindow,
  Organisation,
  Weekday,
} from "./directory.ts";

/** What the hours rules need to know about the organisation. */
export type Calendar = Pick<Organisation, "timezone" | "holidayCalendar">;

/** `nextOpen` is null when the department does not open within the next 30 days. */
export type OpeningState = { open: true } | { open: false; nextOpen: Date | null };

/** Where a call goes now: the department if open, else its afterHours rule resolved one step. */
export type Routing =
  | { kind: "open"; department: string }
  | { kind: "fallback"; department: string; closed: string; nextOpen: Date | null }
  | { kind: "message"; closed: string; nextOpen: Date | null };

export type LocalParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: Weekday;
  /** YYYY-MM-DD */
  date: string;
};

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MINUTES_PER_DAY = 1440;
const SEARCH_DAYS = 30;
// Larger than any clock change in the time zone database (double summer time moved clocks 2 hours).
const CLOCK_CHANGE_SLACK = 180;

// Building an Intl formatter is slow and calls are many; the cache holds nothing but formatters.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

const MS_PER_SECOND = 1000;
const MS_PER_HOUR = 3_600_000;
// Outside these years the formatter alone is asked: no arithmetic near calendar reforms or year 0.
const ARITHMETIC_FROM = Date.UTC(1900, 0, 1);
const ARITHMETIC_UNTIL = Date.UTC(2200, 0, 1);
const MAX_HOURS_KEPT = 20_000;

/**
 * For each time zone, hours (since 1970) whose offset is known: the wall clock minus the instant,
 * or null when the offset changes within that hour. Offsets change days apart at the closest in
 * the time zone database, so one that is the same at both ends of an hour holds throughout it.
 */
const hourOffsets = new Map<string, Map<number, number | null>>();

/** The wall clock in `timezone` at `at`, as milliseconds of a UTC clock showing the same reading. */
function wallClock(at: number, timezone: string): number {
  if (!(at >= ARITHMETIC_FROM && at < ARITHMETIC_UNTIL)) return readClock(at, timezone);
  let offsets = hourOffsets.get(timezone);
  if (!offsets) {
    offsets = new Map();
    hourOffsets.set(timezone, offsets);
  }
  const hour = Math.floor(at / MS_PER_HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = hour * MS_PER_HOUR;
    const last = start + MS_PER_HOUR - MS_PER_SECOND;
    const first = readClock(start, timezone) - start;
    offset = readClock(last, timezone) - last === first ? first : null;
    if (offsets.size >= MAX_HOURS_KEPT) offsets.clear();
    offsets.set(hour, offset);
  }
  if (offset === null) return readClock(at, timezone);
  // Offsets are whole seconds and the formatter shows no milliseconds.
  return Math.floor(at / MS_PER_SECOND) * MS_PER_SECOND + offset;
}

/** The wall clock as the formatter reads it. */
function readClock(at: number, timezone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(at)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  // Some engines still print midnight as hour 24 despite h23.
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

/** Local date/time parts of `at` in `timezone`. */
export function localParts(at: Date, timezone: string): LocalParts {
  const wall = new Date(wallClock(at.getTime(), timezone));
  const day = Math.floor(wall.getTime() / MS_PER_DAY);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    weekday: weekdayOfDay(day),
    date: dateOfDay(day),
  };
}

/** Instants the local clock reads `wallMinute`: two if clocks go back over it, the jump if they skip it. */
export function instantsOf(wallMinute: number, timezone: string): number[] {
  const wall = wallMinute * MS_PER_MINUTE;
  const offsetBefore = wallClock(wall - MS_PER_DAY, timezone) - (wall - MS_PER_DAY);
  const offsetAfter = wallClock(wall + MS_PER_DAY, timezone) - (wall + MS_PER_DAY);
  const early = wall - Math.max(offsetBefore, offsetAfter);
  const late = wall - Math.min(offsetBefore, offsetAfter);
  const readings = [...new Set([early, late])].filter((at) => wallClock(at, timezone) === wall);
  if (readings.length > 0) return readings;
  // In a gap `early` reads before the wall time and `late` after it; the jump lies between.
  let before = early;
  let after = late;
  while (after - before > MS_PER_MINUTE) {
    const middle = before + Math.floor((after - before) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (wallClock(middle, timezone) >= wall) after = middle;
    else before = middle;
  }
  return [after];
}

function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** A window with its clock times read once: minutes after midnight. */
interface Window {
  days: OpeningWindow["days"];
  open: number;
  close: number;
}

function windowsOf(hours: readonly OpeningWindow[]): Window[] {
  return hours.map((w) => ({
    days: w.days,
    open: clockMinutes(w.open),
    close: clockMinutes(w.close),
  }));
}

/** The window's opening on local day `day`, in local minutes since 1970-01-01. */
function span(window: Window, day: number): { start: number; end: number } {
  const { open, close } = window;
  const start = day * MINUTES_PER_DAY + open;
  // A close at or before the open is on the next day.
  const end = day * MINUTES_PER_DAY + close + (close <= open ? MINUTES_PER_DAY : 0);
  return { start, end };
}

function opensOn(window: Window, day: number, calendar: Calendar): boolean {
  const { days } = window;
  if (days === "daily") return true;
  if (days === "workdays") return isWorkdayOn(day, calendar.holidayCalendar);
  if (days === "weekends") return !isWorkdayOn(day, calendar.holidayCalendar);
  return days.includes(weekdayOfDay(day));
}

/**
 * The last answer for each department's hours, with the minute it holds for: calls to one
 * department come in bursts, and the answer is the same for every instant of a minute (windows
 * open and close on whole minutes).
 */
const lastAnswers = new WeakMap<
  readonly OpeningWindow[],
  { minute: number; timezone: string; holidays: string; state: OpeningState }
>();

/** Whether `hours` are open at `now`, and if not, when they next open. */
export function openingState(hours: Hours, now: Date, calendar: Calendar): OpeningState {
  if (hours === "24h") return { open: true };
  const minute = Math.floor(now.getTime() / MS_PER_MINUTE);
  const last = lastAnswers.get(hours);
  if (
    last?.minute === minute &&
    last.timezone === calendar.timezone &&
    last.holidays === calendar.holidayCalendar
  ) {
    return copyOf(last.state);
  }
  const state = openingStateNow(hours, now, calendar);
  const { timezone, holidayCalendar: holidays } = calendar;
  lastAnswers.set(hours, { minute, timezone, holidays, state: copyOf(state) });
  return state;
}

/** Its own copy, so no caller can change the answer kept for the next. */
function copyOf(state: OpeningState): OpeningState {
  if (state.open) return { open: true };
  return { open: false, nextOpen: state.nextOpen ? new Date(state.nextOpen) : null };
}

function openingStateNow(
  hours: readonly OpeningWindow[],
  now: Date,
  calendar: Calendar,
): OpeningState {
  const windows = windowsOf(hours);
  // Local minutes since 1970-01-01, read straight off the wall clock.
  const nowMinute = Math.floor(wallClock(now.getTime(), calendar.timezone) / MS_PER_MINUTE);
  const today = Math.floor(nowMinute / MINUTES_PER_DAY);

  // A window that opened up to two days ago may still be running past midnight.
  for (let day = today - 2; day <= today; day++) {
    for (const window of windows) {
      if (!opensOn(window, day, calendar)) continue;
      const { start, end } = span(window, day);
      if (start <= nowMinute && nowMinute < end) return { open: true };
    }
  }

  // Clock changes reorder wall time and instants by at most CLOCK_CHANGE_SLACK minutes.
  const starts: number[] = [];
  for (let day = today - 1; day <= today + SEARCH_DAYS; day++) {
    for (const window of windows) {
      if (!opensOn(window, day, calendar)) continue;
      const { start } = span(window, day);
      if (start >= nowMinute - CLOCK_CHANGE_SLACK) starts.push(start);
    }
  }
  starts.sort((a, b) => a - b);
  let best: { at: number; wall: number } | null = null;
  for (const start of starts) {
    if (best && start > best.wall + CLOCK_CHANGE_SLACK) break;
    for (const at of instantsOf(start, calendar.timezone)) {
      if (at > now.getTime() && (!best || at < best.at)) best = { at, wall: start };
    }
  }
  return { open: false, nextOpen: best ? new Date(best.at) : null };
}

/** Where a call to `department` goes now, by its hours and its afterHours rule. */
export function routeByHours(
  department: Department,
  departments: readonly Department[],
  now: Date,
  calendar: Calendar,
): Routing {
  const state = openingState(department.hours, now, calendar);
  if (state.open) return { kind: "open", department: department.key };
  const { afterHours } = department;
  if (typeof afterHours === "object") {
    const fallback = departments.find((d) => d.key === afterHours.transfer);
    if (fallback && openingState(fallback.hours, now, calendar).open) {
      return {
        kind: "fallback",
        department: fallback.key,
        closed: department.key,
        nextOpen: state.nextOpen,
      };
    }
  }
  return { kind: "message", closed: department.key, nextOpen: state.nextOpen };
}

const ZH_WEEKDAYS: Record<Weekday, string> = {
  mon: "星期一",
  tue: "星期二",
  wed: "星期三",
  thu: "星期四",
  fri: "星期五",
  sat: "星期六",
  sun: "星期日",
};

const EN_WEEKDAYS: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "晚上8点", "上午9点半", "中午12点15分". */
function zhClock(hour: number, minute: number): string {
  const [period, shown] =
    hour < 5
      ? ["凌晨", hour]
      : hour < 9
        ? ["早上", hour]
        : hour < 12
          ? ["上午", hour]
          : hour < 13
            ? ["中午", hour]
            : hour < 18
              ? ["下午", hour - 12]
              : ["晚上", hour - 12];
  const minutes = minute === 0 ? "" : minute === 30 ? "半" : `${String(minute).padStart(2, "0")}分`;
  return `${period}${shown}点${minutes}`;
}

/** "8 pm", "9:30 am", "12 pm" (noon). */
function enClock(hour: number, minute: number): string {
  const shown = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 ? "" : `:${String(minute).padStart(2, "0")}`;
  return `${shown}${minutes} ${hour < 12 ? "am" : "pm"}`;
}

/** "今天晚上8点" / "明天早上8点" / "11月30日（星期一）上午9点"; "today at 8 pm" / "on Monday 30 November at 9 am". */
export function describeOpening(
  nextOpen: Date,
  now: Date,
  calendar: Calendar,
  language: Language,
): string {
  const when = localParts(nextOpen, calendar.timezone);
  const daysAhead = dayNumber(when.date) - dayNumber(localParts(now, calendar.timezone).date);
  if (language === "zh") {
    const day =
      daysAhead === 0
        ? "今天"
        : daysAhead === 1
          ? "明天"
          : `${when.month}月${when.day}日（${ZH_WEEKDAYS[when.weekday]}）`;
    return `${day}${zhClock(when.hour, when.minute)}`;
  }
  const day =
    daysAhead === 0
      ? "today"
      : daysAhead === 1
        ? "tomorrow"
        : `on ${EN_WEEKDAYS[when.weekday]} ${when.day} ${EN_MONTHS[when.month - 1]}`;
  return `${day} at ${enClock(when.hour, when.minute)}`;
}
