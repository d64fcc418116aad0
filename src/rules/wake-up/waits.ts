import type { Words } from "./words.ts";

/** How long a caller said to wait: "in 20 minutes", "二十分钟后", "一个半小时以后". */

/** A day ahead is the furthest "in N hours" a wake-up takes. */
export const MAX_AFTER_MINUTES = 24 * 60;

// Not "六点二十分以后": minutes after an hour are a time of day.
const AFTER_ZH =
  /(?<![点时點時\d]\s*)(?:再过|过)?\s*(\d{1,4}(?:\.\d)?|半)\s*个?\s*(半)?\s*(小时|钟头|分钟|分|刻钟)\s*(?:以后|之后|后)/;
const AFTER_ZH_PASSING =
  /(?<![点时點時\d]\s*)(?:再过|过)\s*(\d{1,4}(?:\.\d)?|半)\s*个?\s*(半)?\s*(小时|钟头|分钟|刻钟)/;
const AFTER_EN =
  /\bin\s+(?:about\s+|around\s+|another\s+|just\s+)?(\d{1,4}(?:\.\d)?|an?|half an?|an? half)(\s+and\s+a\s+half)?\s+(minutes?|mins?|hours?|hrs?)(\s+and\s+a\s+half)?\b/;
const AFTER_EN_FROM_NOW =
  /\b(?:after\s+)?(\d{1,4}|an?|half an?)(\s+and\s+a\s+half)?\s+(minutes?|mins?|hours?|hrs?)\s+(?:from now|later|after)\b/;
const AFTER_EN_AFTER =
  /\bafter\s+(\d{1,4}|an?|half an?)(\s+and\s+a\s+half)?\s+(minutes?|mins?|hours?)\b/;

/** The minutes of a wait said in `words`, taken out of them; null when none was said. */
export function spokenWait(words: Words): number | null {
  for (const pattern of [AFTER_ZH, AFTER_ZH_PASSING]) {
    const m = words.take(pattern);
    if (m) return amountOf(m[1] ?? "", m[2] !== undefined, m[3] ?? "");
  }
  for (const pattern of [AFTER_EN, AFTER_EN_FROM_NOW, AFTER_EN_AFTER]) {
    const m = words.take(pattern);
    if (m) {
      const half = m[2] !== undefined || m[4] !== undefined;
      return amountOf(m[1] ?? "", half, m[3] ?? "");
    }
  }
  return null;
}

/** "1个半小时" is 90, "半小时" 30, "一刻钟" 15, "20 minutes" 20. */
function amountOf(count: string, andAHalf: boolean, unit: string): number {
  const units = /^(小时|钟头|h)/.test(unit) ? 60 : unit === "刻钟" ? 15 : 1;
  const n = /半|half/.test(count) ? 0.5 : /^an?$/.test(count) ? 1 : Number(count);
  return Math.round((n + (andAHalf ? 0.5 : 0)) * units);
}
