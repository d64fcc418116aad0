import { dateOfDay, dayNumber } from "./calendar.ts";
import { localParts } from "./hours.ts";

// Local dates in the organisation's time zone as instants: where a day begins, and where the
// zone's clocks change, for counting calls by local day and hour.

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** `date` (YYYY-MM-DD) moved by `days`. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** How far the local clock in `timezone` is ahead of UTC at `at` (whole minutes). */
export function utcOffsetMinutes(at: number, timezone: string): number {
  const minute = Math.floor(at / MS_PER_MINUTE) * MS_PER_MINUTE;
  const p = localParts(new Date(minute), timezone);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - minute) / MS_PER_MINUTE;
}

/**
 * The first instant of local date `date` (YYYY-MM-DD) in `timezone`: local midnight, or the
 * end of the clock change where a zone skips midnight.
 */
export function startOfLocalDay(date: string, timezone: string): Date {
  const wall = dayNumber(date) * MS_PER_DAY;
  const guess = wall - utcOffsetMinutes(wall, timezone) * MS_PER_MINUTE;
  const settled = wall - utcOffsetMinutes(guess, timezone) * MS_PER_MINUTE;
  if (isFirstMinuteOf(date, settled, timezone)) return new Date(settled);
  // A clock change near midnight: search the minutes around it. No zone is more than 14 h
  // from UTC, so 36 h either side of the wall reading brackets the day's start.
  let before = wall - 36 * MS_PER_HOUR;
  let after = wall + 36 * MS_PER_HOUR;
  while (after - before > MS_PER_MINUTE) {
    const middle = before + Math.floor((after - before) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (localParts(new Date(middle), timezone).date >= date) after = middle;
    else before = middle;
  }
  return new Date(after);
}

function isFirstMinuteOf(date: string, at: number, timezone: string): boolean {
  return (
    localParts(new Date(at), timezone).date === date &&
    localParts(new Date(at - MS_PER_MINUTE), timezone).date < date
  );
}

/** A stretch of time over which the zone's offset from UTC does not change. */
export interface OffsetSpan {
  from: Date;
  to: Date;
  offsetMinutes: number;
}

// Clocks change at most a few times a year; looking every 6 hours finds every change.
const OFFSET_PROBE_MS = 6 * MS_PER_HOUR;

/** `[from, to)` cut where the zone's clocks change, each piece with its UTC offset. */
export function offsetSpans(from: Date, to: Date, timezone: string): OffsetSpan[] {
  const end = to.getTime();
  const spans: OffsetSpan[] = [];
  let start = from.getTime();
  let offset = utcOffsetMinutes(start, timezone);
  let probed = start;
  while (true) {
    // The last probe is the last instant inside the range.
    const next = Math.min(probed + OFFSET_PROBE_MS, end - 1);
    if (next <= probed) break;
    if (utcOffsetMinutes(next, timezone) === offset) {
      probed = next;
      continue;
    }
    // The change lies in (probed, next]: find its minute.
    let before = Math.floor(probed / MS_PER_MINUTE) * MS_PER_MINUTE;
    let after = Math.floor(next / MS_PER_MINUTE) * MS_PER_MINUTE;
    while (after - before > MS_PER_MINUTE) {
      const middle = before + Math.floor((after - before) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
      if (utcOffsetMinutes(middle, timezone) === offset) before = middle;
      else after = middle;
    }
    spans.push({ from: new Date(start), to: new Date(after), offsetMinutes: offset });
    start = after;
    offset = utcOffsetMinutes(after, timezone);
    probed = after;
  }
  spans.push({ from: new Date(start), to: new Date(end), offsetMinutes: offset });
  return spans;
}
