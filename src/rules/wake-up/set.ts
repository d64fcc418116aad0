import { dayNumber } from "../calendar.ts";
import { instantOf, isDate, type LocalTime, localTimeOf, shifted } from "./local-time.ts";
import type { WakeUpClock } from "./resolve.ts";

/**
 * A wake-up time as the front desk or the hotel's system gives it: HH:MM and an optional date.
 * Without a date it is the next time the clock reads it, today or tomorrow.
 */

/** As far ahead as a wake-up may be set: a stay booked for next week, not a typo for next year. */
export const MAX_DAYS_AHEAD = 366;

export type WakeUpTimeProblem =
  | { field: "time"; problem: "not_a_time"; message: string }
  | { field: "date"; problem: "not_a_date" | "too_far"; message: string }
  | { field: "time" | "date"; problem: "past"; message: string };

/** `rolled`: no date was given and today's time had passed, so it is tomorrow's. */
export type WakeUpTimeSet = { at: LocalTime; rolled: boolean };

const TIME = /^(\d{1,2}):(\d{2})$/;

/** "6:00" → "06:00"; null when it is not a time of day (25:00, 7:75, 0600). */
export function clockTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${match[2]}`;
}

export function wakeUpTime(
  given: { time: string; date?: string },
  clock: WakeUpClock,
): WakeUpTimeSet | WakeUpTimeProblem {
  const time = clockTime(given.time);
  if (time === null) {
    return {
      field: "time",
      problem: "not_a_time",
      message: `"${given.time}" is not a time of day: give HH:MM from 00:00 to 23:59`,
    };
  }
  const today = localTimeOf(clock.now, clock.timezone).date;
  const passed = (at: LocalTime) => instantOf(at, clock.timezone).getTime() <= clock.now.getTime();
  if (given.date === undefined) {
    const at = { date: today, time };
    return passed(at) ? { at: shifted(at, 1), rolled: true } : { at, rolled: false };
  }
  if (!isDate(given.date)) {
    return {
      field: "date",
      problem: "not_a_date",
      message: `"${given.date}" is not a date: give YYYY-MM-DD`,
    };
  }
  const at = { date: given.date, time };
  if (passed(at)) {
    return {
      field: given.date === today ? "time" : "date",
      problem: "past",
      message: `${given.date} ${time} has already passed`,
    };
  }
  if (dayNumber(given.date) - dayNumber(today) > MAX_DAYS_AHEAD) {
    return {
      field: "date",
      problem: "too_far",
      message: `${given.date} is more than a year ahead`,
    };
  }
  return { at, rolled: false };
}
