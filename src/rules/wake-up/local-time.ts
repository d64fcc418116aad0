import { dateOfDay, dayNumber } from "../calendar.ts";
import { instantsOf, localParts } from "../hours.ts";

/**
 * A wake-up's time as the guest and the front desk say it: a local date and a time of day in
 * the organisation's time zone. Stored this way, a wake-up keeps its meaning through a clock change.
 */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "06:30" → 390; null for anything that is not HH:MM within the day. */
export function minuteOfDay(time: string): number | null {
  const match = CLOCK.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 390 → "06:30". */
export function clockOf(minute: number): string {
  const m = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** A real calendar date in YYYY-MM-DD (not 2026-02-30). */
export function isDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && dateOfDay(dayNumber(date)) === date;
}

/** The local date and time `days` and `minutes` on: 23:50 and 20 minutes is 00:10 the next day. */
export function shifted(at: LocalTime, days: number, minutes = 0): LocalTime {
  const total =
    (dayNumber(at.date) + days) * MINUTES_PER_DAY + (minuteOfDay(at.time) ?? 0) + minutes;
  return { date: dateOfDay(Math.floor(total / MINUTES_PER_DAY)), time: clockOf(total) };
}

/**
 * When a wake-up rings. Where clocks go back and the time happens twice, the first; where they
 * skip it (02:30 on a spring-forward night), the moment the clocks jump.
 */
export function instantOf(at: LocalTime, timezone: string): Date {
  const wall = dayNumber(at.date) * MINUTES_PER_DAY + (minuteOfDay(at.time) ?? 0);
  return new Date(Math.min(...instantsOf(wall, timezone)));
}

/** The local date and time of an instant, to the minute. */
export function localTimeOf(at: Date, timezone: string): LocalTime {
  const p = localParts(at, timezone);
  return { date: p.date, time: clockOf(p.hour * 60 + p.minute) };
}

/** The same instant a whole number of minutes on, for "in 20 minutes" and for retries. */
export function minutesAfter(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MS_PER_MINUTE);
}

/** The start of the minute `at` falls in. */
export function wholeMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / MS_PER_MINUTE) * MS_PER_MINUTE);
}
