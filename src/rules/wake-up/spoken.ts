import { type SpokenDay, spokenDay } from "./days.ts";
import { withDigits } from "./numbers.ts";
import { GREETINGS, type Period, spokenPeriod } from "./periods.ts";
import { type SpokenTimeOfDay, spokenTimeOfDay } from "./time-of-day.ts";
import { MAX_AFTER_MINUTES, spokenWait } from "./waits.ts";
import { Words } from "./words.ts";

/**
 * When a caller said, as they said it: no clock, no time zone. "明天早上六点半" is the day
 * "tomorrow", the period "morning" and the time of day 6:30; the date is `resolve.ts`'s to work out.
 */

export interface SpokenWhen {
  day?: SpokenDay;
  period?: Period;
  timeOfDay?: SpokenTimeOfDay;
  /** "in 20 minutes", "二十分钟后" */
  afterMinutes?: number;
  /** Something said as a time or a date that cannot be one: 25点, 7:75, 2月30号, in 0 minutes. */
  impossible?: true;
}

export function spokenWhen(utterance: string): SpokenWhen {
  const words = new Words(withDigits(utterance));
  for (const pattern of NOT_TIMES) words.drop(pattern);
  words.drop(GREETINGS);

  const after = spokenWait(words);
  if (after !== null) {
    return after >= 1 && after <= MAX_AFTER_MINUTES
      ? { afterMinutes: after }
      : { impossible: true };
  }

  const when: SpokenWhen = {};
  const day = spokenDay(words);
  if (day === "impossible") return { impossible: true };
  if (day) when.day = day;
  const period = spokenPeriod(words);
  if (period) when.period = period;
  const time = spokenTimeOfDay(words);
  if (time === "impossible") return { impossible: true };
  if (time) {
    when.timeOfDay = time.timeOfDay;
    // An a.m. or p.m. said with the time outranks a period said elsewhere.
    if (time.period) when.period = time.period;
  }
  return when;
}

/** Rooms and phone numbers: digits that are not times. */
const NOT_TIMES = [
  /\d{1,6}\s*(?:号房间|号房|房间|房|室)/,
  /(?:房间号码?|房号|房间|房)\s*(?:是|号码?是|号)?\s*\d{1,6}/,
  /我(?:是|在|住)在?\s*\d{3,6}/,
  /\b(?:room|rm)\s*(?:number\s*|no\.?\s*)?(?:is\s*)?\d{1,6}\b/,
  /\b(?:this is|calling from|im in|i am in|staying in)\s+\d{3,6}\b/,
  /\+?\d{5,}/,
];
