import { prepare } from "../text.ts";
import { parseYesNo } from "../understand/yes-no.ts";
import type { LocalTime } from "./local-time.ts";
import { lastPeriodIn } from "./periods.ts";
import { type ProposedWakeUp, resolveWhen, type WakeUpClock, type WhenHeard } from "./resolve.ts";
import { type SpokenWhen, spokenWhen } from "./spoken.ts";

/** A caller's answer to the read-back "明天12月6日早上6点30分，对吗？". */
export type ConfirmationAnswer =
  | { kind: "yes" }
  /** Wrong, with nothing said instead: ask for the time again. */
  | { kind: "no" }
  /** "不用了", "never mind": no wake-up after all. */
  | { kind: "cancel" }
  /** "不对，改成七点", "make it seven": read this one back in turn. */
  | { kind: "change"; wakeUp: ProposedWakeUp }
  | { kind: "past"; at: LocalTime }
  | { kind: "unclear" };

const CANCEL =
  /不用了|不要了|不需要了|算了|取消|\bnever ?mind\b|\bforget (it|about it)\b|\bcancel\w*|\bdont bother\b|\bno (?:need|thanks|thank you)\b/;

/**
 * What the caller answered to the read-back of `proposal`. A time or a day in the answer is a
 * correction: "七点" keeps the day, "后天" keeps the time, "晚上" moves it to the evening. An
 * answer that names the proposal again is a yes.
 */
export function hearConfirmation(
  utterance: string,
  proposal: ProposedWakeUp,
  clock: WakeUpClock,
): ConfirmationAnswer {
  if (CANCEL.test(prepare(utterance))) return { kind: "cancel" };
  const correction = correctionOf(spokenWhen(utterance), utterance, proposal, clock);
  if (correction) {
    if (correction.kind === "past") return { kind: "past", at: correction.at };
    if (correction.kind !== "time") return { kind: "unclear" };
    const { date, time } = correction.wakeUp;
    if (date === proposal.date && time === proposal.time) return { kind: "yes" };
    return { kind: "change", wakeUp: correction.wakeUp };
  }
  const answer = parseYesNo(utterance);
  return answer ? { kind: answer } : { kind: "unclear" };
}

/** The proposal changed by what the answer says, or null when it says no day, time or part of the day. */
function correctionOf(
  spoken: SpokenWhen,
  utterance: string,
  proposal: ProposedWakeUp,
  clock: WakeUpClock,
): WhenHeard | null {
  if (spoken.impossible) return { kind: "impossible" };
  if (spoken.afterMinutes !== undefined) return resolveWhen(spoken, clock);
  const [hour, minute] = proposal.time.split(":").map(Number) as [number, number];
  if (spoken.timeOfDay) {
    // "明天晚上八点" → "九点": still the evening.
    const period = spoken.period ?? (hour >= 12 && spoken.timeOfDay.hour <= 12 ? "pm" : undefined);
    const corrected = { ...spoken, ...(period ? { period } : {}) };
    return resolveWhen(corrected, clock, proposal.daySaid ? proposal.date : undefined);
  }
  if (spoken.day) {
    // "不是明天，是后天": the same time on the day now named.
    return resolveWhen({ day: spoken.day, timeOfDay: { hour, minute }, ...halfOf(hour) }, clock);
  }
  const period = lastPeriodIn(utterance);
  if (period) {
    const said = { timeOfDay: { hour: hour % 12 === 0 ? 12 : hour % 12, minute }, period };
    return resolveWhen(said, clock, proposal.date);
  }
  return null;
}

/** The half of the day an hour already on a 24-hour clock is in, so it is read as it stands. */
function halfOf(hour: number): Pick<SpokenWhen, "period"> {
  if (hour === 12) return { period: "pm" };
  return hour >= 1 && hour < 12 ? { period: "am" } : {};
}
