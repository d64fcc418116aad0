import chineseDays from "chinese-days";
import { type Organisation, WEEKDAYS, type Weekday } from "./directory.ts";

// A day here is a local date in the organisation's time zone, never an instant, so plain day numbers do.

export type HolidayCalendar = Organisation["holidayCalendar"];

const MS_PER_DAY = 86_400_000;

/** "2025-10-01" → days since 1970-01-01. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year ?? Number.NaN, (month ?? Number.NaN) - 1, day ?? Number.NaN) / MS_PER_DAY;
}

/** Days since 1970-01-01 → "2025-10-01". */
export function dateOfDay(day: number): string {
  const at = new Date(day * MS_PER_DAY);
  const year = String(at.getUTCFullYear()).padStart(4, "0");
  const month = String(at.getUTCMonth() + 1).padStart(2, "0");
  const date = String(at.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${date}`;
}

/** Days since 1970-01-01 → its weekday; 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7] as Weekday;
}

// chinese-days names an ordinary day by its English weekday, and a listed day by its holiday.
const ORDINARY_DAY_NAMES = new Set([
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
]);

/** Whether a local date is a working day: `cn` adds mainland holidays and 调休, else Monday–Friday. */
export function isWorkday(date: string, holidayCalendar: HolidayCalendar): boolean {
  const weekday = weekdayOfDay(dayNumber(date));
  const mondayToFriday = weekday !== "sat" && weekday !== "sun";
  if (holidayCalendar === "none") return mondayToFriday;
  try {
    // Only the holiday table is trusted: chinese-days reads weekdays in the host's zone, wrong west of UTC.
    const detail = chineseDays.getDayDetail(date);
    return ORDINARY_DAY_NAMES.has(detail.name) ? mondayToFriday : detail.work;
  } catch {
    return mondayToFriday;
  }
}

/**
 * The years around `today` (a local date) whose mainland holidays the installed table does not
 * list: this year, and from December the next one too. Every year starts with 元旦 off, so a
 * year whose 1 January reads as an ordinary day is a year the table has not been updated for.
 * Until it is, that year's holidays and make-up workdays count as ordinary days.
 */
export function yearsWithoutHolidays(today: string, holidayCalendar: HolidayCalendar): number[] {
  if (holidayCalendar === "none") return [];
  const year = Number(today.slice(0, 4));
  const years = today.slice(5, 7) === "12" ? [year, year + 1] : [year];
  return years.filter((y) => {
    try {
      return ORDINARY_DAY_NAMES.has(chineseDays.getDayDetail(`${y}-01-01`).name);
    } catch {
      return true;
    }
  });
}

// The holiday table never changes while running: each day is looked up in it once.
const workdays: Record<HolidayCalendar, Map<number, boolean>> = { cn: new Map(), none: new Map() };
const MAX_DAYS_KEPT = 20_000;

/** `isWorkday` for a day number (days since 1970-01-01). */
export function isWorkdayOn(day: number, holidayCalendar: HolidayCalendar): boolean {
  const known = workdays[holidayCalendar];
  let work = known.get(day);
  if (work === undefined) {
    work = isWorkday(dateOfDay(day), holidayCalendar);
    if (known.size >= MAX_DAYS_KEPT) known.clear();
    known.set(day, work);
  }
  return work;
}
