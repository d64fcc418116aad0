import { dateOfDay, dayNumber, weekdayOfDay } from "../rules/calendar.ts";
import { WEEKDAYS } from "../rules/directory.ts";
import { localParts } from "../rules/hours.ts";
import { addDays, startOfLocalDay } from "../rules/local-days.ts";

// Statistics follow the organisation's calendar: a day, a month or a year begins at local
// midnight in its time zone, which is a different instant in UTC for every zone.

export type PeriodUnit = "day" | "week" | "month" | "quarter" | "year";

/** A stretch of the organisation's calendar, as the half-open UTC range `[from, to)`. */
export interface Period {
  /** Its canonical name: `2026-11-25`, `2026-W48`, `2026-11`, `2026-Q4` or `2026`. */
  label: string;
  unit: PeriodUnit;
  /** Local midnight on its first day. */
  from: Date;
  /** Local midnight on the day after its last day; a current period includes the hours still to come. */
  to: Date;
}

/** The forms `/switchboard stats` and `GET /api/stats?period=` accept, for help texts. */
export const PERIOD_FORMS = [
  "today",
  "yesterday",
  "week",
  "month",
  "quarter",
  "year",
  "2026-11-25",
  "2026-W48",
  "2026-11",
  "2026-Q4",
  "2026",
] as const;

type Keyword = "today" | "yesterday" | "week" | "month" | "quarter" | "year";

const KEYWORDS: Record<string, Keyword> = {
  today: "today",
  今天: "today",
  今日: "today",
  yesterday: "yesterday",
  昨天: "yesterday",
  昨日: "yesterday",
  week: "week",
  本周: "week",
  month: "month",
  本月: "month",
  quarter: "quarter",
  本季度: "quarter",
  year: "year",
  今年: "year",
};

// Years a call can have: the Unix epoch on, and four digits.
const FIRST_YEAR = 1970;
const LAST_YEAR = 9999;

/**
 * The period a supervisor asked for, in the organisation's time zone; `today` when nothing
 * was asked, null when `text` is not a period. `week`, `month`, `quarter` and `year` are the
 * current ones, which run to now.
 */
export function parsePeriod(text: string | undefined, now: Date, timezone: string): Period | null {
  const asked = (text ?? "").trim().toLowerCase();
  const today = localParts(now, timezone).date;
  const keyword = asked === "" ? "today" : KEYWORDS[asked];
  if (keyword) {
    const [year, month] = today.split("-").map(Number) as [number, number];
    switch (keyword) {
      case "today":
        return dayPeriod(today, timezone);
      case "yesterday":
        return dayPeriod(addDays(today, -1), timezone);
      case "week":
        return weekPeriod(isoWeekOf(today), timezone);
      case "month":
        return monthPeriod(year, month, timezone);
      case "quarter":
        return quarterPeriod(year, Math.ceil(month / 3), timezone);
      case "year":
        return yearPeriod(year, timezone);
    }
  }

  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asked);
  if (match) {
    const year = Number(match[1]);
    // dateOfDay normalises 2026-02-30 to 2026-03-02, so a date that comes back changed did not exist.
    if (!validYear(year) || dateOfDay(dayNumber(asked)) !== asked) return null;
    return dayPeriod(asked, timezone);
  }
  match = /^(\d{4})-w(\d{2})$/.exec(asked);
  if (match) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    if (!validYear(year) || week < 1 || week > isoWeeksIn(year)) return null;
    return weekPeriod({ year, week }, timezone);
  }
  match = /^(\d{4})-(\d{2})$/.exec(asked);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (!validYear(year) || month < 1 || month > 12) return null;
    return monthPeriod(year, month, timezone);
  }
  match = /^(\d{4})-q([1-4])$/.exec(asked);
  if (match) {
    const year = Number(match[1]);
    if (!validYear(year)) return null;
    return quarterPeriod(year, Number(match[2]), timezone);
  }
  match = /^(\d{4})$/.exec(asked);
  if (match) {
    const year = Number(match[1]);
    if (!validYear(year)) return null;
    return yearPeriod(year, timezone);
  }
  return null;
}

function validYear(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function monthStart(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}

function localSpan(label: string, unit: PeriodUnit, first: string, after: string, tz: string) {
  return { label, unit, from: startOfLocalDay(first, tz), to: startOfLocalDay(after, tz) };
}

function dayPeriod(date: string, timezone: string): Period {
  return localSpan(date, "day", date, addDays(date, 1), timezone);
}

function monthPeriod(year: number, month: number, timezone: string): Period {
  const after = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
  const label = monthStart(year, month).slice(0, 7);
  return localSpan(label, "month", monthStart(year, month), after, timezone);
}

function quarterPeriod(year: number, quarter: number, timezone: string): Period {
  const first = monthStart(year, quarter * 3 - 2);
  const after = quarter === 4 ? monthStart(year + 1, 1) : monthStart(year, quarter * 3 + 1);
  return localSpan(`${year}-Q${quarter}`, "quarter", first, after, timezone);
}

function yearPeriod(year: number, timezone: string): Period {
  return localSpan(String(year), "year", monthStart(year, 1), monthStart(year + 1, 1), timezone);
}

// ISO 8601 weeks: Monday first; week 1 is the one with the year's first Thursday.

interface IsoWeek {
  year: number;
  week: number;
}

function mondayOf(date: string): number {
  const day = dayNumber(date);
  return day - WEEKDAYS.indexOf(weekdayOfDay(day));
}

/** The Monday that begins ISO week 1 of `year`: the week holding 4 January. */
function firstIsoMonday(year: number): number {
  return mondayOf(`${String(year).padStart(4, "0")}-01-04`);
}

function isoWeeksIn(year: number): number {
  return (firstIsoMonday(year + 1) - firstIsoMonday(year)) / 7;
}

function isoWeekOf(date: string): IsoWeek {
  const thursday = mondayOf(date) + 3;
  const year = Number(dateOfDay(thursday).slice(0, 4));
  return { year, week: (thursday - 3 - firstIsoMonday(year)) / 7 + 1 };
}

function weekPeriod({ year, week }: IsoWeek, timezone: string): Period {
  const monday = firstIsoMonday(year) + (week - 1) * 7;
  const label = `${year}-W${String(week).padStart(2, "0")}`;
  return localSpan(label, "week", dateOfDay(monday), dateOfDay(monday + 7), timezone);
}
