import { OFFSETS } from "./days.ts";
import { withDigits } from "./numbers.ts";
import { Words } from "./words.ts";

/** What part of the day the caller named: am/pm, 早上, 下午, tonight… */
export type Period = "am" | "pm" | "small_hours" | "morning" | "noon" | "afternoon" | "evening";

/** Greetings and nights gone by name no part of the day to wake in. */
export const GREETINGS =
  /\bgood (?:morning|afternoon|evening|night)\b|\blast night\b|早上好|早安|下午好|晚上好|晚安|昨晚|昨天晚上|昨夜/;

const PERIODS: [RegExp, Period][] = [
  [/凌晨/, "small_hours"],
  [/中午|午间/, "noon"],
  [/下午|午后|\bafternoon\b/, "afternoon"],
  [
    /傍晚|晚上|晚间|夜里|夜间|深夜|半夜|今晚|明晚|今夜|晚(?=\s*\d)|\bevening\b|\btonight\b|\bnight\b/,
    "evening",
  ],
  [/早上|早晨|清晨|清早|大早|上午|明早|今早|明晨|早(?=\s*\d)|\bmorning\b/, "morning"],
];

/** The part of the day said in `words`; it and the day words are taken out of them. */
export function spokenPeriod(words: Words): Period | null {
  let found: Period | null = null;
  for (const [pattern, period] of PERIODS) {
    if (found === null && pattern.test(words.text)) found = period;
    words.drop(pattern);
  }
  // The day words were left for the periods to read; they are no clock either.
  for (const [pattern] of OFFSETS) words.drop(pattern);
  return found;
}

/** The part of the day said last: "不是早上，是晚上" is the evening, "no, p.m." the afternoon. */
export function lastPeriodIn(utterance: string): Period | null {
  const words = new Words(withDigits(utterance));
  words.drop(GREETINGS);
  let last: { at: number; period: Period } | null = null;
  for (const [pattern, period] of [...PERIODS, ...MERIDIEM_WORDS]) {
    for (const m of words.text.matchAll(new RegExp(pattern.source, "g"))) {
      if (last === null || m.index > last.at) last = { at: m.index, period };
    }
  }
  return last?.period ?? null;
}

/** a.m. and p.m. on their own; a bare "am" is too often "I am". */
const MERIDIEM_WORDS: [RegExp, Period][] = [
  [/\ba\.\s?m\b\.?/, "am"],
  [/\bp\.?\s?m\b\.?/, "pm"],
];
