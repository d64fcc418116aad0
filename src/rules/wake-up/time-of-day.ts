import type { Period } from "./periods.ts";
import type { Words } from "./words.ts";

/** The hour as said (0–24, "6" for both 6 a.m. and 6 p.m.) and the minute. */
export interface SpokenTimeOfDay {
  hour: number;
  minute: number;
}

const MERIDIEM = "(?:\\s*(a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?))?";
const UNITS_AFTER =
  /^\s*(?:minutes?|mins?|hours?|hrs?|days?|nights?|people|persons?|guests?|rooms?|calls?|years?|st|nd|rd|th|号|日|月|年|个|位|间|天|晚|分钟)/;

type TimePattern = {
  pattern: RegExp;
  read(m: RegExpExecArray): SpokenTimeOfDay | "impossible" | null;
};

const number = (text: string | undefined) => Number(text ?? Number.NaN);
const quarterOrMinutes = (text: string | undefined) =>
  text === "half" ? 30 : text === "quarter" || text === "1刻" ? 15 : number(text);

/** In order of how sure each is: an hour with 点 or a colon before a lone number. */
const TIMES: TimePattern[] = [
  {
    // 差十分七点, 差一刻七点
    pattern: /差\s*(1刻|\d{1,2})\s*(?:分钟?)?\s*(\d{1,2})\s*(?:点|时|點|時)(?:钟|鐘)?/,
    read: (m) => before(number(m[2]), quarterOrMinutes(m[1])),
  },
  {
    // 七点差十分, 七点差一刻
    pattern: /(\d{1,2})\s*(?:点|时|點|時)(?:钟|鐘)?\s*差\s*(1刻|\d{1,2})\s*(?:分钟?)?/,
    read: (m) => before(number(m[1]), quarterOrMinutes(m[2])),
  },
  {
    // 六点, 六点半, 六点一刻, 六点三刻, 六点十五(分), 七点零五, 六点过五分, 6时30分
    pattern:
      /(\d{1,2})\s*(?:点|时|點|時)\s*(?:钟|鐘)?\s*(?:整)?\s*(?:过|零)?\s*(?:(半)|([1-3])\s*刻|(\d{1,2})\s*(?:分钟?)?)?/,
    read: (m) => time(number(m[1]), m[2] ? 30 : m[3] ? number(m[3]) * 15 : m[4] ? number(m[4]) : 0),
  },
  {
    pattern: new RegExp(`(?<![\\d.])(\\d{1,2})\\s*[:.h]\\s*(\\d{2})(?!\\d)${MERIDIEM}`),
    read: (m) => time(number(m[1]), number(m[2])),
  },
  {
    pattern: new RegExp(
      `\\b(half|quarter|\\d{1,2})(?:\\s+minutes?)?\\s+(?:past|after)\\s+(\\d{1,2})\\b${MERIDIEM}`,
    ),
    read: (m) => time(number(m[2]), quarterOrMinutes(m[1])),
  },
  {
    // "half six": half past, as the British say it
    pattern: new RegExp(`\\bhalf\\s+(\\d{1,2})\\b${MERIDIEM}`),
    read: (m) => time(number(m[1]), 30),
  },
  {
    pattern: new RegExp(
      `\\b(quarter|\\d{1,2})(?:\\s+minutes?)?\\s+(?:to|till|til|before)\\s+(\\d{1,2})\\b${MERIDIEM}`,
    ),
    read: (m) => before(number(m[2]), quarterOrMinutes(m[1])),
  },
  {
    // "six thirty", "6 30", "six oh five" as the recogniser writes them
    pattern: new RegExp(`\\b(\\d{1,2})\\s+(\\d{2})\\b(?!\\s*(?:minutes?|mins?|hours?))${MERIDIEM}`),
    read: (m) => time(number(m[1]), number(m[2])),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})\\s*(?:oclock|o clock)\\b${MERIDIEM}`),
    read: (m) => time(number(m[1]), 0),
  },
  {
    pattern: /\b(\d{1,2})\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)/,
    read: (m) => time(number(m[1]), 0),
  },
  {
    pattern: new RegExp(`\\b(?:at|for|by|around|about|before)\\s+(\\d{1,2})\\b${MERIDIEM}`),
    read: (m) => time(number(m[1]), 0),
  },
  {
    // "630", "0630", "1930": only a time of day reads as one
    pattern: new RegExp(`(?<![\\d:.])(\\d{3,4})(?![\\d:.])${MERIDIEM}`),
    read: (m) => {
      const digits = m[1] ?? "";
      const hour = Number(digits.slice(0, -2));
      const minute = Number(digits.slice(-2));
      return hour <= 23 && minute <= 59 ? { hour, minute } : null;
    },
  },
  {
    pattern: /\b(noon|midday)\b|正午/,
    read: () => ({ hour: 12, minute: 0 }),
  },
  {
    pattern: /\bmidnight\b|午夜/,
    read: () => ({ hour: 24, minute: 0 }),
  },
  {
    pattern: new RegExp(`(?<![\\d:.])\\b(\\d{1,2})\\b(?![\\d:.])${MERIDIEM}`),
    read: (m) => (number(m[1]) >= 1 ? time(number(m[1]), 0) : null),
  },
];

function time(hour: number, minute: number): SpokenTimeOfDay | "impossible" {
  if (!Number.isInteger(hour) || !Number.isInteger(minute)) return "impossible";
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return "impossible";
  return { hour, minute };
}

/** "差十分七点", "ten to seven": 6:50. */
function before(hour: number, minutes: number): SpokenTimeOfDay | "impossible" {
  if (!(minutes >= 1 && minutes <= 59) || !(hour >= 0 && hour <= 24)) return "impossible";
  return time(hour === 0 ? 23 : hour - 1, 60 - minutes);
}

/** The time of day said in `words`, with the a.m. or p.m. said with it. */
export function spokenTimeOfDay(
  words: Words,
): { timeOfDay: SpokenTimeOfDay; period?: Period } | "impossible" | null {
  for (const { pattern, read } of TIMES) {
    const global = new RegExp(pattern.source, "g");
    for (const m of words.text.matchAll(global)) {
      const rest = words.text.slice((m.index ?? 0) + m[0].length);
      if (UNITS_AFTER.test(rest)) continue;
      const heard = read(m as RegExpExecArray);
      if (heard === null) continue;
      if (heard === "impossible") return "impossible";
      const meridiem = m.slice(1).find((g) => g !== undefined && /^[ap]\.?\s?m/.test(g));
      if (!meridiem) return { timeOfDay: heard };
      return { timeOfDay: heard, period: meridiem.startsWith("a") ? "am" : "pm" };
    }
  }
  return null;
}
