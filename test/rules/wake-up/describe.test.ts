import { describe, expect, it } from "vitest";
import {
  dayPart,
  describeWakeUp,
  enTime,
  zhClock,
  zhCount,
  zhTime,
} from "../../../src/rules/wake-up/describe.ts";

const TODAY = "2026-12-05"; // a Saturday

describe("a wake-up's day and time, read back", () => {
  it.each([
    ["2026-12-06", "06:30", "明天12月6日早上6点30分", "tomorrow, December 6th, at 6:30 a.m."],
    ["2026-12-05", "23:00", "今天12月5日晚上11点", "today, December 5th, at 11 p.m."],
    ["2026-12-07", "12:00", "后天12月7日中午12点", "Monday, December 7th, at 12 noon"],
    ["2026-12-07", "12:45", "后天12月7日中午12点45分", "Monday, December 7th, at 12:45 p.m."],
    ["2026-12-09", "00:15", "星期三12月9日凌晨0点15分", "Wednesday, December 9th, at 12:15 a.m."],
    ["2026-12-06", "00:00", "明天12月6日凌晨0点", "tomorrow, December 6th, at 12 midnight"],
    ["2026-12-21", "13:00", "星期一12月21日下午1点", "Monday, December 21st, at 1 p.m."],
    ["2026-12-22", "09:05", "星期二12月22日上午9点05分", "Tuesday, December 22nd, at 9:05 a.m."],
    ["2026-12-23", "18:00", "星期三12月23日晚上6点", "Wednesday, December 23rd, at 6 p.m."],
    ["2026-12-11", "04:59", "星期五12月11日凌晨4点59分", "Friday, December 11th, at 4:59 a.m."],
    ["2027-01-02", "07:00", "星期六2027年1月2日早上7点", "Saturday, January 2nd, 2027, at 7 a.m."],
  ])("%s %s", (date, time, zh, en) => {
    expect(describeWakeUp({ date, time }, TODAY, "zh")).toBe(zh);
    expect(describeWakeUp({ date, time }, TODAY, "en")).toBe(en);
  });

  it("says today and tomorrow across a year's end", () => {
    expect(describeWakeUp({ date: "2027-01-01", time: "06:00" }, "2026-12-31", "zh")).toBe(
      "明天2027年1月1日早上6点",
    );
    expect(describeWakeUp({ date: "2027-01-01", time: "06:00" }, "2026-12-31", "en")).toBe(
      "tomorrow, January 1st, 2027, at 6 a.m.",
    );
  });

  it("uses 11th, 12th and 13th, not 11st", () => {
    expect(describeWakeUp({ date: "2026-12-11", time: "06:00" }, TODAY, "en")).toContain("11th");
    expect(describeWakeUp({ date: "2026-12-12", time: "06:00" }, TODAY, "en")).toContain("12th");
    expect(describeWakeUp({ date: "2026-12-13", time: "06:00" }, TODAY, "en")).toContain("13th");
    expect(describeWakeUp({ date: "2026-12-31", time: "06:00" }, TODAY, "en")).toContain("31st");
  });
});

describe("clock words", () => {
  it("names the parts of the day at their edges", () => {
    expect(
      ["04:59", "05:00", "08:59", "09:00", "11:59", "12:00", "13:00", "17:59", "18:00"].map(
        dayPart,
      ),
    ).toEqual([
      "small_hours",
      "morning",
      "morning",
      "forenoon",
      "forenoon",
      "noon",
      "afternoon",
      "afternoon",
      "evening",
    ]);
  });

  it("reads the clock in both languages", () => {
    expect(zhClock("06:30")).toBe("6点30分");
    expect(zhClock("07:00", "整")).toBe("7点整");
    expect(zhClock("18:05")).toBe("6点05分");
    expect(zhTime("18:05")).toBe("晚上6点05分");
    expect(enTime("06:00")).toBe("6 a.m.");
    expect(enTime("00:30")).toBe("12:30 a.m.");
    expect(enTime("12:30")).toBe("12:30 p.m.");
  });

  it("counts minutes in Chinese", () => {
    expect([1, 2, 5, 10, 12, 15, 20, 22, 25, 30, 45].map(zhCount)).toEqual([
      "一",
      "两",
      "五",
      "十",
      "十二",
      "十五",
      "二十",
      "二十二",
      "二十五",
      "三十",
      "四十五",
    ]);
  });
});
