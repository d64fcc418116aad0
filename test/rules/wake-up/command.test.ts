import { describe, expect, it } from "vitest";
import { parseWakeUpCommand } from "../../../src/rules/wake-up/command.ts";
import type { WakeUpClock } from "../../../src/rules/wake-up/resolve.ts";
import { MAX_ROOMS, parseRooms } from "../../../src/rules/wake-up/rooms.ts";
import { wakeUpTime } from "../../../src/rules/wake-up/set.ts";

const clock: WakeUpClock = {
  now: new Date("2026-12-05T22:00:00+08:00"),
  timezone: "Asia/Shanghai",
};

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe("room lists", () => {
  it.each([
    ["1208", ["1208"]],
    ["1201,1203-1206", ["1201", "1203", "1204", "1205", "1206"]],
    ["1201, 1203", ["1201", "1203"]],
    ["1201 1203", ["1201", "1203"]],
    ["1201，1203、1205", ["1201", "1203", "1205"]],
    ["0901-0903", ["0901", "0902", "0903"]],
    ["1203-05", ["1203", "1204", "1205"]],
    ["1208–1209", ["1208", "1209"]],
    ["1208-1208", ["1208"]],
    ["1201,1201,1201-1202", ["1201", "1202"]],
    ["998-1001", ["998", "999", "1000", "1001"]],
  ])("%s", (text, rooms) => {
    expect(parseRooms(text)).toEqual({ rooms });
  });

  it("refuses a range that runs backwards, and says how to write it", () => {
    const parsed = parseRooms("1210-1203");
    expect(parsed).toHaveProperty("error");
    expect("error" in parsed && parsed.error).toContain("write it 1203-1210");
  });

  it("refuses a range or a list too large for one command", () => {
    expect(parseRooms(`1001-${1000 + MAX_ROOMS}`)).toHaveProperty("rooms");
    const range = parseRooms(`1001-${1001 + MAX_ROOMS}`);
    expect("error" in range && range.error).toContain(`${MAX_ROOMS + 1} rooms`);
    const list = parseRooms("1001-1060,2001-2060");
    expect("error" in list && list.error).toContain("120 rooms");
  });

  it.each(["12a8", "room1208", "1208-", "-1208", "1201-1203-1205", "1234567", "12.08"])(
    "refuses %s, naming it",
    (token) => {
      const parsed = parseRooms(`1201,${token}`);
      expect("error" in parsed && parsed.error).toContain(`"${token}"`);
    },
  );

  it("asks for a room when none is given", () => {
    expect(parseRooms(" , ")).toHaveProperty("error");
  });
});

describe("a wake-up time from the front desk or the hotel's system", () => {
  it("takes a time without a date as the next one", () => {
    expect(wakeUpTime({ time: "23:30" }, clock)).toEqual({
      at: { date: "2026-12-05", time: "23:30" },
      rolled: false,
    });
    expect(wakeUpTime({ time: "6:00" }, clock)).toEqual({
      at: { date: "2026-12-06", time: "06:00" },
      rolled: true,
    });
    expect(wakeUpTime({ time: "22:00" }, clock)).toMatchObject({ rolled: true });
  });

  it("refuses what is not a time of day, naming the field", () => {
    for (const time of ["25:00", "24:00", "7:75", "0600", "6", "six", ""]) {
      expect(wakeUpTime({ time }, clock)).toMatchObject({ field: "time", problem: "not_a_time" });
    }
  });

  it("refuses a date and time gone by, and a date that isn't one", () => {
    expect(wakeUpTime({ time: "06:00", date: "2026-12-04" }, clock)).toMatchObject({
      field: "date",
      problem: "past",
    });
    expect(wakeUpTime({ time: "21:00", date: "2026-12-05" }, clock)).toMatchObject({
      field: "time",
      problem: "past",
    });
    expect(wakeUpTime({ time: "06:00", date: "2026-02-30" }, clock)).toMatchObject({
      field: "date",
      problem: "not_a_date",
    });
    expect(wakeUpTime({ time: "06:00", date: "2028-01-01" }, clock)).toMatchObject({
      field: "date",
      problem: "too_far",
    });
    expect(wakeUpTime({ time: "06:00", date: "2026-12-06" }, clock)).toEqual({
      at: { date: "2026-12-06", time: "06:00" },
      rolled: false,
    });
  });
});

describe("/switchboard wakeup", () => {
  const parse = (text: string) => parseWakeUpCommand(words(text), clock);
  const error = (text: string) => {
    const parsed = parse(text);
    return "error" in parsed ? parsed.error : null;
  };

  it("sets one room, or a group's rooms at once", () => {
    expect(parse("1208 06:30")).toEqual({
      kind: "set",
      rooms: ["1208"],
      at: { date: "2026-12-06", time: "06:30" },
      rolled: true,
    });
    expect(parse("1201,1203-1205 06:00 2026-12-07")).toEqual({
      kind: "set",
      rooms: ["1201", "1203", "1204", "1205"],
      at: { date: "2026-12-07", time: "06:00" },
      rolled: false,
    });
    expect(parse("1201, 1203 6:00 tomorrow")).toMatchObject({
      rooms: ["1201", "1203"],
      at: { date: "2026-12-06", time: "06:00" },
    });
    expect(parse("1208 23:15 今天")).toMatchObject({ at: { date: "2026-12-05", time: "23:15" } });
  });

  it("lists a day's wake-ups, today's by default", () => {
    expect(parse("")).toEqual({ kind: "list", date: "2026-12-05" });
    expect(parse("list")).toEqual({ kind: "list", date: "2026-12-05" });
    expect(parse("list tomorrow")).toEqual({ kind: "list", date: "2026-12-06" });
    expect(parse("LIST 2026-12-01")).toEqual({ kind: "list", date: "2026-12-01" });
  });

  it("cancels a room's wake-ups, or only the one at a time", () => {
    expect(parse("cancel 1208")).toEqual({ kind: "cancel", rooms: ["1208"], time: null });
    expect(parse("cancel 1208 6:30")).toEqual({ kind: "cancel", rooms: ["1208"], time: "06:30" });
    expect(parse("cancel 1201-1203 06:00")).toMatchObject({ rooms: ["1201", "1202", "1203"] });
  });

  it.each([
    ["1208 25:00", '"25:00" is not a time of day'],
    ["1208 06:61", '"06:61" is not a time of day'],
    ["1208 0630", "Give the wake-up time as HH:MM"],
    ["1208", "Give the wake-up time as HH:MM"],
    ["06:30", "Give a room"],
    ["1210-1201 06:30", "runs backwards"],
    ["12o8 06:30", '"12o8" is not a room'],
    ["1208 06:30 2026-12-04", "2026-12-04 06:30 has already passed"],
    ["1208 21:00 today", "2026-12-05 21:00 has already passed"],
    ["1208 06:30 yesterday", "has already passed"],
    ["1208 06:30 2026-13-01", '"2026-13-01" is not a date'],
    ["1208 06:30 soon", '"soon" is not a date'],
    ["1208 06:30 2026-12-06 please", 'Not understood: "please"'],
    ["1208 06:30 2028-01-01", "at most a year ahead"],
    ["list someday", '"someday" is not a date'],
    ["list today now", 'Not understood: "now"'],
    ["cancel", "Give a room"],
    ["cancel 1208 25:00", '"25:00" is not a time of day'],
    ["cancel 1208 06:30 2026-12-06", 'Not understood: "2026-12-06"'],
  ])("%s → %s", (text, why) => {
    const said = error(text);
    expect(said).toContain(why);
    // Every refusal shows how the command is written.
    expect(said).toContain("/switchboard wakeup <room(s)> <HH:MM>");
  });
});
