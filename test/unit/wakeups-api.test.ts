import { describe, expect, it } from "vitest";
import { newWakeUp, wakeUpListDate } from "../../src/api/wakeups.ts";
import type { WakeUpClock } from "../../src/rules/wake-up/resolve.ts";
import { harbour } from "../support/harbour-hotel.ts";

const dir = harbour;
const guest = (key: string) => dir.guests.find((g) => g.key === key);

const clock: WakeUpClock = {
  now: new Date("2026-12-05T22:00:00+08:00"),
  timezone: "Asia/Shanghai",
};

const issues = (body: unknown) => {
  const result = newWakeUp(body, dir, clock);
  return result.ok ? [] : result.issues;
};

describe("POST /api/wakeups bodies", () => {
  it("sets a room's wake-up, for everyone staying in it", () => {
    expect(newWakeUp({ room: "1301", time: "06:30", date: "2026-12-06" }, dir, clock)).toEqual({
      ok: true,
      wakeUp: {
        room: "1301",
        guests: [guest("wang_fang"), guest("li_lei")],
        at: { date: "2026-12-06", time: "06:30" },
        language: "zh",
        rolled: false,
      },
    });
  });

  it("sets a guest's wake-up by key, in the language asked for, on the next day the time comes", () => {
    expect(newWakeUp({ guest: "liu_yang", time: "06:30", language: "en" }, dir, clock)).toEqual({
      ok: true,
      wakeUp: {
        room: "1208",
        guests: [guest("liu_yang")],
        at: { date: "2026-12-06", time: "06:30" },
        language: "en",
        rolled: true,
      },
    });
  });

  it.each([
    [undefined, ["body: Invalid input: expected object, received undefined"]],
    [{ time: "06:30" }, ["room: give room or guest"]],
    [{ room: "1208", guest: "liu_yang", time: "06:30" }, ["guest: give room or guest, not both"]],
    [{ room: "1208" }, ["time: is required: a time of day HH:MM"]],
    [{ room: "12O8", time: "06:30" }, ["room: must be the room's extension digits"]],
    [{ room: "1208", time: "06:30", language: "fr" }, ["language: must be zh or en"]],
    [{ room: "1208", time: "06:30", date: "6 Dec" }, ["date: must be a date YYYY-MM-DD"]],
    [{ room: "1208", time: "06:30", date: "2026-02-30" }, ["date: must be a date YYYY-MM-DD"]],
    [{ room: "1208", time: "06:30", extra: 1 }, ['body: Unrecognized key: "extra"']],
    [
      { room: "1208", time: "25:00" },
      ['time: "25:00" is not a time of day: give HH:MM from 00:00 to 23:59'],
    ],
    [
      { room: "1208", time: "06:30", date: "2026-12-04" },
      ["date: 2026-12-04 06:30 has already passed"],
    ],
    [
      { room: "1208", time: "21:00", date: "2026-12-05" },
      ["time: 2026-12-05 21:00 has already passed"],
    ],
    [
      { room: "1208", time: "06:30", date: "2028-01-01" },
      ["date: 2028-01-01 is more than a year ahead"],
    ],
    [{ room: "1999", time: "06:30" }, ["room: no guest is staying in 1999"]],
    [{ guest: "nobody", time: "06:30" }, ['guest: no guest "nobody"']],
  ])("%j → %j", (body, expected) => {
    expect(issues(body)).toEqual(expected);
  });
});

describe("GET /api/wakeups queries", () => {
  it("lists today's by default, or the date asked for", () => {
    expect(wakeUpListDate({}, clock)).toEqual({ ok: true, date: "2026-12-05" });
    expect(wakeUpListDate({ date: "2026-12-06" }, clock)).toEqual({ ok: true, date: "2026-12-06" });
    expect(wakeUpListDate({ date: "tomorrow" }, clock)).toEqual({
      ok: false,
      issues: ["date: must be a date YYYY-MM-DD"],
    });
  });
});
