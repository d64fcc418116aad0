import { dayNumber } from "../calendar.ts";
import type { Language } from "../directory.ts";
import { type LocalTime, minuteOfDay } from "./local-time.ts";

/**
 * A wake-up's day and time in words, as the switchboard reads them back: "明天12月6日早上6点30分",
 * "tomorrow, December 6th, at 6:30 a.m.". Never a room: these go to the guest's ear only.
 */

/** The part of the day a time is in, for the words around it (早上, "Good morning"). */
export type DayPart = "small_hours" | "morning" | "forenoon" | "noon" | "afternoon" | "evening";

export function dayPart(time: string): DayPart {
  const hour = Math.floor((minuteOfDay(time) ?? 0) / 60);
  if (hour < 5) return "small_hours";
  if (hour < 9) return "morning";
  if (hour < 12) return "forenoon";
  if (hour < 13) return "noon";
  if (hour < 18) return "afternoon";
  return "evening";
}

const ZH_PARTS: Record<DayPart, string> = {
  small_hours: "凌晨",
  morning: "早上",
  forenoon: "上午",
  noon: "中午",
  afternoon: "下午",
  evening: "晚上",
};

// The calendar's own names, from Intl: a date is formatted at midnight UTC of its day number.
const EN_MONTH = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" });
const EN_WEEKDAY = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: "UTC" });
const ZH_WEEKDAY = new Intl.DateTimeFormat("zh-CN", { weekday: "long", timeZone: "UTC" });
const MS_PER_DAY = 86_400_000;

function hourAndMinute(time: string): [number, number] {
  const minute = minuteOfDay(time) ?? 0;
  return [Math.floor(minute / 60), minute % 60];
}

/** "6点30分", "6点" (or "6点整" with `onTheHour`), "12点05分": a 12-hour clock, no part of the day. */
export function zhClock(time: string, onTheHour = ""): string {
  const [hour, minute] = hourAndMinute(time);
  const shown = hour > 12 ? hour - 12 : hour;
  return `${shown}点${minute === 0 ? onTheHour : `${String(minute).padStart(2, "0")}分`}`;
}

/** "早上6点30分", "晚上11点", "凌晨0点15分". */
export function zhTime(time: string): string {
  return `${ZH_PARTS[dayPart(time)]}${zhClock(time)}`;
}

/** "6:30 a.m.", "6 a.m.", "12 noon", "12 midnight", "12:30 p.m.". */
export function enTime(time: string): string {
  const [hour, minute] = hourAndMinute(time);
  if (minute === 0 && hour === 12) return "12 noon";
  if (minute === 0 && hour === 0) return "12 midnight";
  const shown = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 ? "" : `:${String(minute).padStart(2, "0")}`;
  return `${shown}${minutes} ${hour < 12 ? "a.m." : "p.m."}`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * The day and time of a wake-up from `today` (a local date): 今天/明天/后天 or the weekday,
 * then the date, then the time. The year is said only when it is not this one.
 */
export function describeWakeUp(at: LocalTime, today: string, language: Language): string {
  const [year, month, day] = at.date.split("-").map(Number) as [number, number, number];
  const ahead = dayNumber(at.date) - dayNumber(today);
  const midnight = new Date(dayNumber(at.date) * MS_PER_DAY);
  const otherYear = year !== Number(today.slice(0, 4));
  if (language === "zh") {
    const dayWord = ["今天", "明天", "后天"][ahead] ?? ZH_WEEKDAY.format(midnight);
    return `${dayWord}${otherYear ? `${year}年` : ""}${month}月${day}日${zhTime(at.time)}`;
  }
  const dayWord = ["today", "tomorrow"][ahead] ?? EN_WEEKDAY.format(midnight);
  const date = `${EN_MONTH.format(midnight)} ${ordinal(day)}${otherYear ? `, ${year}` : ""}`;
  return `${dayWord}, ${date}, at ${enTime(at.time)}`;
}

const ZH_NUMERALS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九"];

/** A count of minutes as said in Chinese: 两, 五, 十, 十五, 二十五. */
export function zhCount(n: number): string {
  if (n < 10) return ZH_NUMERALS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensWord = tens === 1 ? "" : tens === 2 ? "二" : (ZH_NUMERALS[tens] ?? "");
  return `${tensWord}十${units === 0 ? "" : units === 2 ? "二" : ZH_NUMERALS[units]}`;
}
