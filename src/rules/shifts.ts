import { dateOfDay, dayNumber } from "./calendar.ts";
import { localParts } from "./hours.ts";

/**
 * Shifts: the parts of a day the switchboard is staffed in, in the organisation's time zone.
 * A shift whose end is not after its start runs past midnight and belongs to the date it
 * starts on: the night of 25 November is 25 Nov 23:00 to 26 Nov 07:00.
 */

export interface Shift {
  key: string;
  /** HH:MM, local */
  start: string;
  /** HH:MM, local; at or before `start` means the next day */
  end: string;
}

/** One shift on one date: "the night shift of 2026-11-25". */
export interface ShiftSlot {
  /** YYYY-MM-DD, the local date the shift starts on */
  date: string;
  shift: Shift;
}

/** Instants `[from, to)`. */
export interface Range {
  from: Date;
  to: Date;
}

export const DEFAULT_SHIFTS: readonly Shift[] = [
  { key: "day", start: "07:00", end: "15:00" },
  { key: "evening", start: "15:00", end: "23:00" },
  { key: "night", start: "23:00", end: "07:00" },
];

const NAMES: Record<string, { zh: string; en: string }> = {
  day: { zh: "早班", en: "day" },
  evening: { zh: "中班", en: "evening" },
  night: { zh: "夜班", en: "night" },
};

/** "早班 day"; a shift an admin added under another key is shown by its key. */
export function shiftName(key: string): string {
  const name = NAMES[key];
  return name ? `${name.zh} ${name.en}` : key;
}

/** The shift a word names: its key, or its Chinese name (早班, 中班, 夜班). */
export function findShift(shifts: readonly Shift[], word: string | undefined): Shift | undefined {
  const w = word?.toLowerCase();
  return shifts.find((s) => s.key === w || NAMES[s.key]?.zh === w);
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const KEY = /^[a-z][a-z0-9_]*$/;

function minutes(clock: string): number {
  const match = CLOCK.exec(clock);
  if (!match) throw new Error(`not a time of day: ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function crossesMidnight(shift: Shift): boolean {
  return minutes(shift.end) <= minutes(shift.start);
}

/** The shifts in the order of the day, by start. */
function ordered(shifts: readonly Shift[]): Shift[] {
  return [...shifts].sort((a, b) => minutes(a.start) - minutes(b.start));
}

/** Why these shifts cannot be the day's shifts, or null: they must cover the day with no gap or overlap. */
export function shiftsProblem(shifts: readonly Shift[]): string | null {
  if (shifts.length === 0) return "there must be at least one shift";
  const keys = new Set<string>();
  for (const s of shifts) {
    if (!KEY.test(s.key)) return `"${s.key}" must be lower_snake_case, starting with a letter`;
    if (keys.has(s.key)) return `shift "${s.key}" is named twice`;
    keys.add(s.key);
    if (!CLOCK.test(s.start) || !CLOCK.test(s.end)) {
      return `${s.key}: times must be HH:MM such as 07:00`;
    }
  }
  const day = ordered(shifts);
  for (let i = 0; i < day.length; i++) {
    const shift = day[i] as Shift;
    const next = day[(i + 1) % day.length] as Shift;
    if (shift.end !== next.start) {
      return `${shift.key} ends at ${shift.end} but the next shift (${next.key}) starts at ${next.start}: shifts must follow each other around the clock`;
    }
  }
  if (day.filter(crossesMidnight).length > 1) return "only one shift may run past midnight";
  return null;
}

/** Reads `day 07:00-15:00 evening 15:00-23:00 night 23:00-07:00`; `24:00` is read as 00:00. */
export function parseShifts(words: readonly string[]): { shifts: Shift[] } | { error: string } {
  if (words.length === 0 || words.length % 2 !== 0) {
    return { error: "give each shift as a name and its hours, e.g. day 07:00-15:00" };
  }
  const shifts: Shift[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const key = (words[i] as string).toLowerCase();
    const match = /^(\d{1,2}:\d{2})[-–~](\d{1,2}:\d{2})$/.exec(words[i + 1] as string);
    if (!match) return { error: `${key}: hours must look like 07:00-15:00` };
    const clock = (t: string) => (t === "24:00" ? "00:00" : t.padStart(5, "0"));
    shifts.push({ key, start: clock(match[1] as string), end: clock(match[2] as string) });
  }
  const problem = shiftsProblem(shifts);
  return problem ? { error: problem } : { shifts };
}

/** The shift a moment falls in. The shifts must have passed `shiftsProblem`. */
export function shiftAt(now: Date, shifts: readonly Shift[], timezone: string): ShiftSlot {
  const here = localParts(now, timezone);
  const minute = here.hour * 60 + here.minute;
  for (const shift of shifts) {
    const start = minutes(shift.start);
    const end = minutes(shift.end);
    if (!crossesMidnight(shift)) {
      if (start <= minute && minute < end) return { date: here.date, shift };
    } else if (minute >= start) {
      return { date: here.date, shift };
    } else if (minute < end) {
      return { date: addDays(here.date, -1), shift };
    }
  }
  throw new Error("the shifts do not cover the whole day");
}

export function nextShift(slot: ShiftSlot, shifts: readonly Shift[]): ShiftSlot {
  const day = ordered(shifts);
  const i = day.findIndex((s) => s.key === slot.shift.key);
  const next = day[i + 1];
  return next
    ? { date: slot.date, shift: next }
    : { date: addDays(slot.date, 1), shift: day[0] as Shift };
}

export function previousShift(slot: ShiftSlot, shifts: readonly Shift[]): ShiftSlot {
  const day = ordered(shifts);
  const i = day.findIndex((s) => s.key === slot.shift.key);
  const previous = day[i - 1];
  return previous
    ? { date: slot.date, shift: previous }
    : { date: addDays(slot.date, -1), shift: day[day.length - 1] as Shift };
}

/** When the shift starts and ends, as instants. */
export function shiftRange(slot: ShiftSlot, timezone: string): Range {
  const { shift, date } = slot;
  return {
    from: instantOf(date, minutes(shift.start), timezone),
    to: instantOf(crossesMidnight(shift) ? addDays(date, 1) : date, minutes(shift.end), timezone),
  };
}

/**
 * The shift someone handing over at `now` most likely means: the one whose end is nearest,
 * so an operator finishing a few minutes late still hands over their own shift.
 */
export function shiftEndingNearest(
  now: Date,
  shifts: readonly Shift[],
  timezone: string,
): ShiftSlot {
  const current = shiftAt(now, shifts, timezone);
  const { from, to } = shiftRange(current, timezone);
  return now.getTime() - from.getTime() < to.getTime() - now.getTime()
    ? previousShift(current, shifts)
    : current;
}

/** `today`, `tomorrow`, `yesterday` (or 今天, 明天, 昨天) or YYYY-MM-DD, as a local date; null if none of these. */
export function localDate(word: string, now: Date, timezone: string): string | null {
  const today = localParts(now, timezone).date;
  const relative: Record<string, number> = {
    today: 0,
    今天: 0,
    tomorrow: 1,
    明天: 1,
    yesterday: -1,
    昨天: -1,
  };
  const offset = relative[word.toLowerCase()];
  if (offset !== undefined) return addDays(today, offset);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(word)) return null;
  return dateOfDay(dayNumber(word)) === word ? word : null;
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The instant the local clock in `timezone` reads `minute` on `date`; in a clock change, the reading after it. */
function instantOf(date: string, minute: number, timezone: string): Date {
  const wall = dayNumber(date) * MS_PER_DAY + minute * MS_PER_MINUTE;
  // Two rounds settle on the offset in force at the instant itself, not at the wall reading.
  let at = wall - offsetAt(wall, timezone);
  at = wall - offsetAt(at, timezone);
  return new Date(at);
}

/** How far the local clock is ahead of UTC at `at` (whole minutes). */
function offsetAt(at: number, timezone: string): number {
  const p = localParts(new Date(at), timezone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return wall - Math.floor(at / MS_PER_MINUTE) * MS_PER_MINUTE;
}
