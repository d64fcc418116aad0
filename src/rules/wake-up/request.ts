import { prepare } from "../text.ts";
import type { LocalTime } from "./local-time.ts";
import { type ProposedWakeUp, resolveWhen, type WakeUpClock, type WhenHeard } from "./resolve.ts";
import { spokenWhen } from "./spoken.ts";

/** What a caller asking for a wake-up call wants, from one speech result. */
export type WakeUpRequest =
  /** Read it back and ask "对吗？"; `replaces`: "改成七点", the caller's earlier one is to go. */
  | { kind: "set"; wakeUp: ProposedWakeUp; replaces: boolean }
  /** A wake-up with no time: ask for it. `date` when a day was named ("明天早上叫醒我"). */
  | { kind: "ask_time"; date?: string; replaces: boolean }
  /** A day and time that have gone by ("今天早上六点" said at eight). */
  | { kind: "past"; at: LocalTime }
  /** Said as a time but no time of day (25点): ask again. */
  | { kind: "unclear" }
  /** "取消明天的叫醒", "cancel my wake-up call". */
  | { kind: "cancel" };

const WAKE_ZH =
  /叫醒|叫早|(叫|喊)我?起床|(叫|喊)我起来|叫个醒|喊醒|唤醒|起床电话|(设|定|订|调)一?个?闹钟|morning ?call|wake ?-?up ?call/;
const WAKE_EN =
  /\bwake\s?-?\s?up\b|\bwakeup\b|\bwake (?:me|us|him|her|them|my)\b|\bwaking (?:me|us)\b|\bwoken\b|\bmorning call\b|\balarm (?:call|for|at)\b|\bset (?:an|the|my) alarm\b/;
/** "六点叫我", "二十分钟后叫我": a wake-up only with a time in it, and not "经理叫我六点过去". */
const CALL_ME_ZH =
  /(?<!他|她|们|谁|人|总|理|板|长|事)(叫|喊)我(?!.{0,2}(名字|小|老|先生|女士|就|去|过去|来))/;
/** About a wake-up gone wrong or asked about, not one to set: a complaint is the front desk's. */
const NOT_A_REQUEST =
  /没有?人?(叫|响|打|收到|接到)|怎么没|\bdidnt\b|\bdid not\b|\bnever\b|\bnobody\b|\bno one\b|\bwasnt\b|\bwas not\b|\bmissed\b|\bforgot\b/;
const CANCEL =
  /取消|不要了|不用了|不需要了|不用.{0,4}(叫|喊)|别.{0,4}(叫|喊)|\bcancel\w*|\bcall off\b|\bdont need\b|\bno longer need\b/;
const REPLACES = /改|换成|换到|推迟|提前|延后|\bchange\b|\bmove\b|\breschedule\b|\binstead\b/;

/**
 * A wake-up call asked for in `utterance`, in either language, or null when the caller asks for
 * something else. The time is understood in the organisation's time zone at `clock.now`.
 */
export function hearWakeUp(utterance: string, clock: WakeUpClock): WakeUpRequest | null {
  const text = prepare(utterance);
  const asked = WAKE_ZH.test(text) || WAKE_EN.test(text);
  const callMe = !asked && CALL_ME_ZH.test(text);
  if (!asked && !callMe) return null;
  if (NOT_A_REQUEST.test(text)) return null;
  if (asked && CANCEL.test(text)) return { kind: "cancel" };
  const heard = hearWakeUpTime(utterance, clock);
  if (callMe && heard.kind === "none") return null;
  const replaces = REPLACES.test(text);
  switch (heard.kind) {
    case "time":
      return { kind: "set", wakeUp: heard.wakeUp, replaces };
    case "none":
      return heard.date
        ? { kind: "ask_time", date: heard.date, replaces }
        : { kind: "ask_time", replaces };
    case "past":
      return { kind: "past", at: heard.at };
    case "impossible":
      return { kind: "unclear" };
  }
}

/**
 * The time in an answer to "what time?" (no wake-up words needed): "六点半", "7:45", "in 20
 * minutes". `day` is the date the caller named before, if any.
 */
export function hearWakeUpTime(utterance: string, clock: WakeUpClock, day?: string): WhenHeard {
  return resolveWhen(spokenWhen(utterance), clock, day);
}
