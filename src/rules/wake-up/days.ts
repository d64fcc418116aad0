import type { Weekday } from "../directory.ts";
import type { Words } from "./words.ts";

/** The day a caller named: 明天, 后天, 12月6号, the 6th, 周五, "next Monday". */

export type SpokenDay =
  /** today 0, tomorrow 1, 后天 2, 大后天 3 */
  | { kind: "offset"; days: number }
  | { kind: "date"; month: number; day: number; year?: number }
  /** "6号", "the 6th" */
  | { kind: "day_of_month"; day: number }
  /** 周五 / Friday: the coming one; 这周五: this week's; 下周五 / next Friday: next week's. */
  | { kind: "weekday"; weekday: Weekday; week: "coming" | "this" | "next" };

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = `(${Object.keys(MONTHS).join("|")})`;
const TH = "(?:st|nd|rd|th)";

const DATE_ZH = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*(?:号|日)?/;
const DAY_OF_MONTH_ZH = /(?<![\d月])(\d{1,2})\s*(?:号|日)(?!\s*(?:房|楼|分机))/;
const DATE_EN_MONTH_FIRST = new RegExp(`\\b${MONTH}\\.?\\s+(?:the\\s+)?(\\d{1,2})${TH}?\\b`);
const DATE_EN_DAY_FIRST = new RegExp(`\\b(?:the\\s+)?(\\d{1,2})${TH}?\\s+(?:of\\s+)?${MONTH}\\b`);
const DAY_OF_MONTH_EN = new RegExp(`\\bthe\\s+(\\d{1,2})${TH}\\b`);

// In this order: 大后天 holds 后天, and "the day after tomorrow" holds "tomorrow".
export const OFFSETS: [RegExp, number][] = [
  [/大后天/, 3],
  [/后天|\b(?:the )?day after tomorrow\b/, 2],
  [/明天|明日|明儿|明早|明晚|明晨|第二天|次日|\btomorrow\b|\btmrw\b/, 1],
  [/今天|今日|今儿|今早|今晚|今夜|\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/, 0],
];

const WEEKDAY_NUMBERS: Record<string, Weekday> = {
  "1": "mon",
  "2": "tue",
  "3": "wed",
  "4": "thu",
  "5": "fri",
  "6": "sat",
  "7": "sun",
  日: "sun",
  天: "sun",
};
const WEEKDAY_ZH = /(下下?个?|这个?|本)?\s*(?:周|星期|礼拜|禮拜)\s*([1-7日天])/;
const WEEKDAY_EN =
  /\b(?:(next|this|coming|on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
const EN_WEEKDAYS: Record<string, Weekday> = {
  monday: "mon",
  tuesday: "tue",
  wednesday: "wed",
  thursday: "thu",
  friday: "fri",
  saturday: "sat",
  sunday: "sun",
};

/** The day said in `words`, taken out of them (今晚 and "tonight" are left for the periods). */
export function spokenDay(words: Words): SpokenDay | "impossible" | null {
  const zh = words.take(DATE_ZH);
  if (zh) {
    const year = zh[1] ? { year: Number(zh[1]) } : {};
    return calendarDay(Number(zh[2]), Number(zh[3]), year);
  }
  const monthFirst = words.take(DATE_EN_MONTH_FIRST);
  if (monthFirst) return calendarDay(MONTHS[monthFirst[1] ?? ""] ?? 0, Number(monthFirst[2]));
  const dayFirst = words.take(DATE_EN_DAY_FIRST);
  if (dayFirst) return calendarDay(MONTHS[dayFirst[2] ?? ""] ?? 0, Number(dayFirst[1]));
  const dayOfMonth = words.take(DAY_OF_MONTH_ZH) ?? words.take(DAY_OF_MONTH_EN);
  if (dayOfMonth) {
    const day = Number(dayOfMonth[1]);
    return day >= 1 && day <= 31 ? { kind: "day_of_month", day } : "impossible";
  }
  for (const [pattern, days] of OFFSETS) {
    // Not taken: 今晚 and "tonight" say the part of the day as well.
    if (pattern.test(words.text)) return { kind: "offset", days };
  }
  const weekdayZh = words.take(WEEKDAY_ZH);
  if (weekdayZh) {
    const which = weekdayZh[1] ?? "";
    const week = which.startsWith("下") ? "next" : which ? "this" : "coming";
    return { kind: "weekday", weekday: WEEKDAY_NUMBERS[weekdayZh[2] ?? ""] ?? "mon", week };
  }
  const weekdayEn = words.take(WEEKDAY_EN);
  if (weekdayEn) {
    const which = weekdayEn[1];
    const week = which === "next" ? "next" : which === "this" ? "this" : "coming";
    return { kind: "weekday", weekday: EN_WEEKDAYS[weekdayEn[2] ?? ""] ?? "mon", week };
  }
  return null;
}

function calendarDay(
  month: number,
  day: number,
  year: { year?: number } = {},
): SpokenDay | "impossible" {
  if (month < 1 || month > 12 || day < 1 || day > 31) return "impossible";
  return { kind: "date", month, day, ...year };
}
