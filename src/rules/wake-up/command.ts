import { localDate } from "../shifts.ts";
import { type LocalTime, localTimeOf } from "./local-time.ts";
import type { WakeUpClock } from "./resolve.ts";
import { parseRooms } from "./rooms.ts";
import { clockTime, type WakeUpTimeProblem, wakeUpTime } from "./set.ts";

/** `/switchboard wakeup …`, read into what the front desk asked for, or what is wrong with it. */

export type WakeUpCommand =
  /** `rolled`: no date was given and the time had passed today, so it is tomorrow's. */
  | { kind: "set"; rooms: string[]; at: LocalTime; rolled: boolean }
  | { kind: "list"; date: string }
  /** `time` null: every wake-up still to ring for these rooms. */
  | { kind: "cancel"; rooms: string[]; time: string | null };

export const WAKE_UP_USAGE = [
  "`/switchboard wakeup <room(s)> <HH:MM> [YYYY-MM-DD|today|tomorrow]` — 设叫醒 set a wake-up call, e.g. `wakeup 1208 06:30` or `wakeup 1201,1203-1210 06:00`",
  "`/switchboard wakeup list [YYYY-MM-DD|today|tomorrow]` — 叫醒列表 the day's wake-up calls",
  "`/switchboard wakeup cancel <room(s)> [HH:MM]` — 取消叫醒 cancel a room's wake-up calls (or only the one at that time)",
].join("\n");

const usage = (why: string) => ({ error: `${why}\n${WAKE_UP_USAGE}` });

/** The words after `wakeup`; with none, the list of today. */
export function parseWakeUpCommand(
  args: readonly string[],
  clock: WakeUpClock,
): WakeUpCommand | { error: string } {
  const [first, ...rest] = args;
  const verb = first?.toLowerCase();
  if (verb === undefined || verb === "list" || verb === "ls") return listOf(rest, clock);
  if (verb === "cancel" || verb === "取消") return cancelOf(rest);
  return setOf(args, clock);
}

function listOf(args: readonly string[], clock: WakeUpClock): WakeUpCommand | { error: string } {
  const [word, ...extra] = args;
  if (extra.length > 0) return usage(tooMany(extra));
  const date = word
    ? localDate(word, clock.now, clock.timezone)
    : localTimeOf(clock.now, clock.timezone).date;
  if (date === null) return usage(notADate(word ?? ""));
  return { kind: "list", date };
}

function cancelOf(args: readonly string[]): WakeUpCommand | { error: string } {
  const at = args.findIndex((a) => a.includes(":"));
  const roomWords = at === -1 ? args : args.slice(0, at);
  const [timeWord, ...extra] = at === -1 ? [] : args.slice(at);
  if (extra.length > 0) return usage(tooMany(extra));
  const rooms = parseRooms(roomWords.join(","));
  if ("error" in rooms) return usage(rooms.error);
  if (timeWord === undefined) return { kind: "cancel", rooms: rooms.rooms, time: null };
  const time = clockTime(timeWord);
  if (time === null) return usage(notATime(timeWord));
  return { kind: "cancel", rooms: rooms.rooms, time };
}

function setOf(args: readonly string[], clock: WakeUpClock): WakeUpCommand | { error: string } {
  // Rooms until the first word with a colon: "1201, 1203-1210 06:00" is two words of rooms.
  const at = args.findIndex((a) => a.includes(":"));
  if (at === -1) {
    return usage(
      "请写叫醒时间，格式 HH:MM，例如 06:30。 Give the wake-up time as HH:MM, e.g. 06:30.",
    );
  }
  const rooms = parseRooms(args.slice(0, at).join(","));
  if ("error" in rooms) return usage(rooms.error);
  const [timeWord = "", dateWord, ...extra] = args.slice(at);
  if (extra.length > 0) return usage(tooMany(extra));
  let date: string | undefined;
  if (dateWord !== undefined) {
    const named = localDate(dateWord, clock.now, clock.timezone);
    if (named === null) return usage(notADate(dateWord));
    date = named;
  }
  const time = wakeUpTime(
    date === undefined ? { time: timeWord } : { time: timeWord, date },
    clock,
  );
  if ("problem" in time) return usage(problemText(time, timeWord, dateWord ?? ""));
  return { kind: "set", rooms: rooms.rooms, at: time.at, rolled: time.rolled };
}

const tooMany = (extra: readonly string[]) =>
  `多余的内容 "${extra.join(" ")}"。 Not understood: "${extra.join(" ")}".`;
const notATime = (word: string) =>
  `"${word}" 不是有效时间（00:00–23:59）。 "${word}" is not a time of day: give HH:MM from 00:00 to 23:59.`;
const notADate = (word: string) =>
  `看不懂日期 "${word}"。 "${word}" is not a date: give YYYY-MM-DD, today or tomorrow.`;

/** A wake-up time's problem, in both languages, for the front desk. */
function problemText(problem: WakeUpTimeProblem, timeWord: string, dateWord: string): string {
  switch (problem.problem) {
    case "not_a_time":
      return notATime(timeWord);
    case "not_a_date":
      return notADate(dateWord);
    case "past":
      return `这个时间已经过了。 Sorry, ${problem.message}.`;
    case "too_far":
      return `只能设置一年以内的叫醒。 Sorry, ${problem.message}: wake-ups are set at most a year ahead.`;
  }
}
