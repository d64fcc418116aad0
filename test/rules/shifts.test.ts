import { describe, expect, it } from "vitest";
import {
  DEFAULT_SHIFTS,
  localDate,
  nextShift,
  parseShifts,
  previousShift,
  type Shift,
  shiftAt,
  shiftEndingNearest,
  shiftRange,
  shiftsProblem,
} from "../../src/rules/shifts.ts";

const SHANGHAI = "Asia/Shanghai";

/** A local Shanghai time, e.g. cst("2026-11-25 09:00"). */
const cst = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);

const at = (local: string, shifts: readonly Shift[] = DEFAULT_SHIFTS, timezone = SHANGHAI) => {
  const slot = shiftAt(cst(local), shifts, timezone);
  return `${slot.date} ${slot.shift.key}`;
};

describe("the shift a moment falls in", () => {
  it.each([
    ["2026-11-25 07:00", "2026-11-25 day"],
    ["2026-11-25 14:59", "2026-11-25 day"],
    ["2026-11-25 15:00", "2026-11-25 evening"],
    ["2026-11-25 22:59", "2026-11-25 evening"],
    ["2026-11-25 23:00", "2026-11-25 night"],
    // After midnight the night still belongs to the date it started on.
    ["2026-11-26 00:30", "2026-11-25 night"],
    ["2026-11-26 06:59", "2026-11-25 night"],
    ["2026-11-26 07:00", "2026-11-26 day"],
    // Across a month and a year end.
    ["2027-01-01 03:00", "2026-12-31 night"],
  ])("%s is the %s shift", (local, expected) => {
    expect(at(local)).toBe(expected);
  });

  it("follows the configured shifts, including one that ends at midnight", () => {
    const two: Shift[] = [
      { key: "early", start: "00:00", end: "12:00" },
      { key: "late", start: "12:00", end: "00:00" },
    ];
    expect(at("2026-11-25 00:00", two)).toBe("2026-11-25 early");
    expect(at("2026-11-25 23:59", two)).toBe("2026-11-25 late");
  });
});

describe("shift ranges", () => {
  it("puts a night shift from 23:00 to 07:00 the next morning, in the organisation's time zone", () => {
    const night = shiftAt(cst("2026-11-26 02:00"), DEFAULT_SHIFTS, SHANGHAI);
    expect(shiftRange(night, SHANGHAI)).toEqual({
      from: new Date("2026-11-25T15:00:00Z"),
      to: new Date("2026-11-25T23:00:00Z"),
    });
  });

  it("makes consecutive shifts meet with no gap", () => {
    let slot = shiftAt(cst("2026-11-25 08:00"), DEFAULT_SHIFTS, SHANGHAI);
    for (let i = 0; i < 6; i++) {
      const next = nextShift(slot, DEFAULT_SHIFTS);
      expect(shiftRange(next, SHANGHAI).from).toEqual(shiftRange(slot, SHANGHAI).to);
      slot = next;
    }
    expect(`${slot.date} ${slot.shift.key}`).toBe("2026-11-27 day");
  });

  it("counts a night across the spring clock change as the hours actually worked", () => {
    // London moves its clocks from 01:00 to 02:00 on 29 March 2026.
    const night = { date: "2026-03-28", shift: DEFAULT_SHIFTS[2] as Shift };
    const { from, to } = shiftRange(night, "Europe/London");
    expect(from).toEqual(new Date("2026-03-28T23:00:00Z"));
    expect(to).toEqual(new Date("2026-03-29T06:00:00Z"));
  });
});

describe("previous and next shifts", () => {
  it("steps from the night to the next day's day shift and back", () => {
    const night = { date: "2026-11-25", shift: DEFAULT_SHIFTS[2] as Shift };
    const next = nextShift(night, DEFAULT_SHIFTS);
    expect([next.date, next.shift.key]).toEqual(["2026-11-26", "day"]);
    const back = previousShift(next, DEFAULT_SHIFTS);
    expect([back.date, back.shift.key]).toEqual(["2026-11-25", "night"]);
    const beforeDay = previousShift(
      { date: "2026-11-25", shift: DEFAULT_SHIFTS[0] as Shift },
      DEFAULT_SHIFTS,
    );
    expect([beforeDay.date, beforeDay.shift.key]).toEqual(["2026-11-24", "night"]);
  });

  it("hands over the shift whose end is nearest, so staying late still hands over one's own shift", () => {
    const handing = (local: string) => {
      const slot = shiftEndingNearest(cst(local), DEFAULT_SHIFTS, SHANGHAI);
      return `${slot.date} ${slot.shift.key}`;
    };
    expect(handing("2026-11-25 14:50")).toBe("2026-11-25 day");
    expect(handing("2026-11-25 15:20")).toBe("2026-11-25 day");
    expect(handing("2026-11-26 07:10")).toBe("2026-11-25 night");
    expect(handing("2026-11-26 06:40")).toBe("2026-11-25 night");
  });
});

describe("configuring shifts", () => {
  it("reads shifts from the command's words", () => {
    expect(parseShifts(["day", "08:00-20:00", "night", "20:00-24:00"])).toEqual({
      error:
        "night ends at 00:00 but the next shift (day) starts at 08:00: shifts must follow each other around the clock",
    });
    expect(parseShifts(["day", "8:00-20:00", "NIGHT", "20:00-08:00"])).toEqual({
      shifts: [
        { key: "day", start: "08:00", end: "20:00" },
        { key: "night", start: "20:00", end: "08:00" },
      ],
    });
  });

  it.each<[string, Shift[], string | null]>([
    ["the defaults", [...DEFAULT_SHIFTS], null],
    ["one shift all day", [{ key: "all", start: "07:00", end: "07:00" }], null],
    ["no shifts", [], "there must be at least one shift"],
    [
      "a gap",
      [
        { key: "day", start: "07:00", end: "15:00" },
        { key: "night", start: "16:00", end: "07:00" },
      ],
      "day ends at 15:00 but the next shift (night) starts at 16:00: shifts must follow each other around the clock",
    ],
    [
      "a name twice",
      [
        { key: "day", start: "07:00", end: "19:00" },
        { key: "day", start: "19:00", end: "07:00" },
      ],
      'shift "day" is named twice',
    ],
    [
      "a bad time",
      [{ key: "day", start: "7am", end: "7am" }],
      "day: times must be HH:MM such as 07:00",
    ],
  ])("checks %s", (_, shifts, problem) => {
    expect(shiftsProblem(shifts)).toBe(problem);
  });
});

describe("roster dates", () => {
  const now = cst("2026-11-26 00:30");
  it.each([
    ["today", "2026-11-26"],
    ["明天", "2026-11-27"],
    ["yesterday", "2026-11-25"],
    ["2026-12-01", "2026-12-01"],
    ["2026-02-30", null],
    ["someday", null],
  ])("reads %s as %s", (word, date) => {
    expect(localDate(word, now, SHANGHAI)).toBe(date);
  });
});
