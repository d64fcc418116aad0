import { dateOfDay, dayNumber, weekdayOfDay } from "../calendar.ts";
import { WEEKDAYS } from "../directory.ts";
import type { SpokenDay } from "./days.ts";
import {
  clockOf,
  instantOf,
  isDate,
  type LocalTime,
  localTimeOf,
  minutesAfter,
  shifted,
  wholeMinute,
} from "./local-time.ts";
import type { Period } from "./periods.ts";
import type { SpokenWhen } from "./spoken.ts";

/** The clock a wake-up is understood against: now, where the organisation is. */
export interface WakeUpClock {
  now: Date;
  /** The organisation's IANA time zone. */
  timezone: string;
}

/**
 * What the switchboard filled in that the caller did not say, so the read-back is heard as a
 * question about it:
 * - `morning`: "六点" with no part of the day is 6 a.m.;
 * - `evening`: "今天六点" when 6 a.m. today has passed is 6 p.m.;
 * - `tomorrow`: a time already past today is tomorrow's;
 * - `this_morning`: "明天早上七点" said in the small hours is the morning about to come.
 */
export type WakeUpAssumption = "morning" | "evening" | "tomorrow" | "this_morning";

/** A wake-up time worked out from what a caller said, to be read back before it is set. */
export interface ProposedWakeUp extends LocalTime {
  assumed: WakeUpAssumption[];
  /** Whether the caller named the day (or the wait); a correction of the time alone keeps it. */
  daySaid: boolean;
}

export type WhenHeard =
  | { kind: "time"; wakeUp: ProposedWakeUp }
  /** A day and time the caller named that has already gone by. */
  | { kind: "past"; at: LocalTime }
  /** Said as a time, but no time of day: 25点, 7:75, 2月30号. */
  | { kind: "impossible" }
  /** No time at all; `date` when the caller named a day ("明天早上叫醒我"). */
  | { kind: "none"; date?: string };

/** A date named without a year is next year's only this far ahead: "1月2号" said in December. */
const NEXT_YEAR_WITHIN_DAYS = 60;
/** Before this hour, "tomorrow morning" is the morning about to come. */
const SMALL_HOURS_END = 5;
const NOON = 12 * 60;

/**
 * The local date and time a caller meant. `day` is a date already settled in the conversation
 * ("明天早上叫醒我" → "几点？" → "六点半"), used when this answer names no day of its own.
 */
export function resolveWhen(spoken: SpokenWhen, clock: WakeUpClock, day?: string): WhenHeard {
  const { now, timezone } = clock;
  if (spoken.impossible) return { kind: "impossible" };
  if (spoken.afterMinutes !== undefined) {
    const at = localTimeOf(minutesAfter(wholeMinute(now), spoken.afterMinutes), timezone);
    return { kind: "time", wakeUp: { ...at, assumed: [], daySaid: true } };
  }
  const today = localTimeOf(now, timezone).date;
  const named = spoken.day ? dateOf(spoken.day, today) : day ? { date: day, rolls: false } : null;
  if (named === "impossible") return { kind: "impossible" };
  if (!spoken.timeOfDay) return named ? { kind: "none", date: named.date } : { kind: "none" };

  const reading = readingOf(spoken.timeOfDay.hour, spoken.timeOfDay.minute, spoken.period);
  const assumed: WakeUpAssumption[] = reading.assumedMorning ? ["morning"] : [];
  const after = (at: LocalTime) => instantOf(at, timezone).getTime() > now.getTime();

  if (!named) {
    // The next time the clock reads it: today, or tomorrow once today's has passed (which
    // midnight and the night's small hours are meant to be, and need no saying).
    const at = { date: today, time: clockOf(reading.minute) };
    if (after(at)) return proposed(at, assumed, false);
    const rolled: WakeUpAssumption[] = reading.nextDay ? [] : ["tomorrow"];
    return proposed(shifted(at, 1), [...assumed, ...rolled], false);
  }

  const at = { date: named.date, time: clockOf(reading.minute) };
  const on = reading.nextDay ? shifted(at, 1) : at;
  if (after(on)) {
    const comingMorning =
      spoken.day?.kind === "offset" &&
      spoken.day.days === 1 &&
      !reading.nextDay &&
      reading.minute >= SMALL_HOURS_END * 60 &&
      reading.minute < NOON &&
      localTimeOf(now, timezone).time < clockOf(SMALL_HOURS_END * 60);
    if (comingMorning) return proposed(shifted(on, -1), [...assumed, "this_morning"], true);
    return proposed(on, assumed, true);
  }
  if (reading.assumedMorning) {
    const evening = { date: on.date, time: clockOf(reading.minute + NOON) };
    if (after(evening)) return proposed(evening, ["evening"], true);
  }
  // "周五六点" said on a Friday after six is next Friday's.
  if (named.rolls) return proposed(shifted(on, 7), assumed, true);
  return { kind: "past", at: on };
}

function proposed(at: LocalTime, assumed: WakeUpAssumption[], daySaid: boolean): WhenHeard {
  return { kind: "time", wakeUp: { date: at.date, time: at.time, assumed, daySaid } };
}

/**
 * The minute of the day a spoken hour stands for in a part of the day. `nextDay`: the hour
 * belongs to the night after the day named (晚上十二点, "tonight at 1", midnight).
 */
function readingOf(
  hour: number,
  minute: number,
  period: Period | undefined,
): { minute: number; nextDay: boolean; assumedMorning: boolean } {
  const at = (h: number, nextDay = false) => ({
    minute: h * 60 + minute,
    nextDay,
    assumedMorning: false,
  });
  if (hour === 24) return at(0, true);
  if (hour >= 13) return at(hour);
  if (hour === 0) return at(0, period === "evening");
  switch (period) {
    case undefined:
      return hour === 12 ? at(12) : { ...at(hour), assumedMorning: true };
    case "am":
    case "small_hours":
      return at(hour === 12 ? 0 : hour);
    case "morning":
      return at(hour);
    case "noon":
      return at(hour <= 5 ? hour + 12 : hour);
    case "pm":
    case "afternoon":
      return at(hour === 12 ? 12 : hour + 12);
    case "evening":
      if (hour === 12) return at(0, true);
      return hour <= 4 ? at(hour, true) : at(hour + 12);
  }
}

/** The date a spoken day names, from today; `rolls` when a week later is meant once it has passed. */
function dateOf(day: SpokenDay, today: string): { date: string; rolls: boolean } | "impossible" {
  const todayNumber = dayNumber(today);
  const [year, month, dayOfMonth] = today.split("-").map(Number) as [number, number, number];
  switch (day.kind) {
    case "offset":
      return { date: dateOfDay(todayNumber + day.days), rolls: false };
    case "date": {
      const date = (y: number) =>
        `${y}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
      if (day.year !== undefined) {
        return isDate(date(day.year)) ? { date: date(day.year), rolls: false } : "impossible";
      }
      const thisYear = date(year);
      const nextYear = date(year + 1);
      if (!isDate(thisYear) && !isDate(nextYear)) return "impossible";
      if (isDate(thisYear) && dayNumber(thisYear) >= todayNumber) {
        return { date: thisYear, rolls: false };
      }
      if (isDate(nextYear) && dayNumber(nextYear) - todayNumber <= NEXT_YEAR_WITHIN_DAYS) {
        return { date: nextYear, rolls: false };
      }
      // A date just gone by: said as this year's, so heard as past.
      return { date: isDate(thisYear) ? thisYear : nextYear, rolls: false };
    }
    case "day_of_month": {
      const inMonth = (y: number, m: number) =>
        `${y}-${String(m).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
      if (day.day >= dayOfMonth && isDate(inMonth(year, month))) {
        return { date: inMonth(year, month), rolls: false };
      }
      const next = month === 12 ? inMonth(year + 1, 1) : inMonth(year, month + 1);
      return isDate(next) ? { date: next, rolls: false } : "impossible";
    }
    case "weekday": {
      const wanted = WEEKDAYS.indexOf(day.weekday);
      const todayIndex = WEEKDAYS.indexOf(weekdayOfDay(todayNumber));
      if (day.week === "coming") {
        return { date: dateOfDay(todayNumber + ((wanted - todayIndex + 7) % 7)), rolls: true };
      }
      const monday = todayNumber - todayIndex + (day.week === "next" ? 7 : 0);
      return { date: dateOfDay(monday + wanted), rolls: false };
    }
  }
}
