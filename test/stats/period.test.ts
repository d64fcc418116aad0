import { describe, expect, it } from "vitest";
import { localParts } from "../../src/rules/hours.ts";
import { offsetSpans, startOfLocalDay, utcOffsetMinutes } from "../../src/rules/local-days.ts";
import { type Period, parsePeriod } from "../../src/stats/period.ts";

const SHANGHAI = "Asia/Shanghai";
const NEW_YORK = "America/New_York";
const HOUR = 3_600_000;
const DAY = 86_400_000;

// Thursday 26 November 2026, 01:00 in Shanghai; still Wednesday the 25th in UTC.
const NOW = new Date("2026-11-25T17:00:00Z");

function span(period: Period | null) {
  if (!period) return null;
  return {
    label: period.label,
    unit: period.unit,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
  };
}

describe("parsePeriod", () => {
  it.each<[string | undefined, string, string, string, string]>([
    [undefined, "2026-11-26", "day", "2026-11-25T16:00:00.000Z", "2026-11-26T16:00:00.000Z"],
    ["", "2026-11-26", "day", "2026-11-25T16:00:00.000Z", "2026-11-26T16:00:00.000Z"],
    ["today", "2026-11-26", "day", "2026-11-25T16:00:00.000Z", "2026-11-26T16:00:00.000Z"],
    ["yesterday", "2026-11-25", "day", "2026-11-24T16:00:00.000Z", "2026-11-25T16:00:00.000Z"],
    ["week", "2026-W48", "week", "2026-11-22T16:00:00.000Z", "2026-11-29T16:00:00.000Z"],
    ["month", "2026-11", "month", "2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"],
    ["quarter", "2026-Q4", "quarter", "2026-09-30T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    ["year", "2026", "year", "2025-12-31T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    ["2026-11-20", "2026-11-20", "day", "2026-11-19T16:00:00.000Z", "2026-11-20T16:00:00.000Z"],
    ["2026-W01", "2026-W01", "week", "2025-12-28T16:00:00.000Z", "2026-01-04T16:00:00.000Z"],
    ["2026-W53", "2026-W53", "week", "2026-12-27T16:00:00.000Z", "2027-01-03T16:00:00.000Z"],
    ["2026-02", "2026-02", "month", "2026-01-31T16:00:00.000Z", "2026-02-28T16:00:00.000Z"],
    ["2026-12", "2026-12", "month", "2026-11-30T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    ["2026-Q1", "2026-Q1", "quarter", "2025-12-31T16:00:00.000Z", "2026-03-31T16:00:00.000Z"],
    ["2027", "2027", "year", "2026-12-31T16:00:00.000Z", "2027-12-31T16:00:00.000Z"],
  ])("reads %j in Shanghai as %s", (text, label, unit, from, to) => {
    expect(span(parsePeriod(text, NOW, SHANGHAI))).toEqual({ label, unit, from, to });
  });

  it("reads the same words in UTC, where it is still the 25th", () => {
    expect(span(parsePeriod("today", NOW, "UTC"))).toEqual({
      label: "2026-11-25",
      unit: "day",
      from: "2026-11-25T00:00:00.000Z",
      to: "2026-11-26T00:00:00.000Z",
    });
    expect(parsePeriod("yesterday", NOW, "UTC")?.label).toBe("2026-11-24");
  });

  it("puts 2026-09-30T17:00Z in October and the fourth quarter in Shanghai, not in UTC", () => {
    const at = new Date("2026-09-30T17:00:00Z");
    const inside = (p: Period | null) => p !== null && p.from <= at && at < p.to;
    expect(parsePeriod("month", at, SHANGHAI)?.label).toBe("2026-10");
    expect(parsePeriod("quarter", at, SHANGHAI)?.label).toBe("2026-Q4");
    expect(parsePeriod("month", at, "UTC")?.label).toBe("2026-09");
    expect(parsePeriod("quarter", at, "UTC")?.label).toBe("2026-Q3");
    expect(inside(parsePeriod("2026-10", NOW, SHANGHAI))).toBe(true);
    expect(inside(parsePeriod("2026-Q4", NOW, SHANGHAI))).toBe(true);
    expect(inside(parsePeriod("2026-09", NOW, SHANGHAI))).toBe(false);
    expect(inside(parsePeriod("2026-10", NOW, "UTC"))).toBe(false);
    expect(inside(parsePeriod("2026-Q3", NOW, "UTC"))).toBe(true);
  });

  it("turns the year at local midnight on New Year's Eve", () => {
    const newYear = new Date("2026-12-31T16:30:00Z");
    expect(parsePeriod("year", newYear, SHANGHAI)?.label).toBe("2027");
    expect(parsePeriod("year", newYear, "UTC")?.label).toBe("2026");
    expect(parsePeriod("week", newYear, SHANGHAI)?.label).toBe("2026-W53");
  });

  it("gives weeks that start on Monday, numbered as ISO 8601 does across new year", () => {
    // Sunday 3 January 2021 is in the last week of 2020; Monday 4 January begins 2021-W01.
    expect(span(parsePeriod("week", new Date("2021-01-03T12:00:00Z"), "UTC"))).toEqual({
      label: "2020-W53",
      unit: "week",
      from: "2020-12-28T00:00:00.000Z",
      to: "2021-01-04T00:00:00.000Z",
    });
    expect(parsePeriod("week", new Date("2021-01-04T12:00:00Z"), "UTC")?.label).toBe("2021-W01");
    // Monday 29 December 2025 already belongs to 2026-W01.
    expect(parsePeriod("week", new Date("2025-12-29T12:00:00Z"), "UTC")?.label).toBe("2026-W01");
  });

  it("knows leap years", () => {
    const length = (text: string) => {
      const p = parsePeriod(text, NOW, SHANGHAI);
      return p ? (p.to.getTime() - p.from.getTime()) / DAY : null;
    };
    expect(length("2024-02")).toBe(29);
    expect(length("2026-02")).toBe(28);
    expect(length("2100-02")).toBe(28);
    expect(length("2000-02")).toBe(29);
    expect(length("2024")).toBe(366);
    expect(length("2026")).toBe(365);
    expect(length("2024-Q1")).toBe(91);
    expect(length("2024-02-29")).toBe(1);
    expect(parsePeriod("2026-02-29", NOW, SHANGHAI)).toBeNull();
    expect(parsePeriod("2100-02-29", NOW, SHANGHAI)).toBeNull();
  });

  it("accepts any case, spaces around, and the words in Chinese", () => {
    expect(parsePeriod("  MONTH ", NOW, SHANGHAI)?.label).toBe("2026-11");
    expect(parsePeriod("2026-q4", NOW, SHANGHAI)?.label).toBe("2026-Q4");
    expect(parsePeriod("2026-w48", NOW, SHANGHAI)?.label).toBe("2026-W48");
    expect(parsePeriod("今天", NOW, SHANGHAI)?.label).toBe("2026-11-26");
    expect(parsePeriod("昨天", NOW, SHANGHAI)?.label).toBe("2026-11-25");
    expect(parsePeriod("本周", NOW, SHANGHAI)?.label).toBe("2026-W48");
    expect(parsePeriod("本月", NOW, SHANGHAI)?.label).toBe("2026-11");
    expect(parsePeriod("本季度", NOW, SHANGHAI)?.label).toBe("2026-Q4");
    expect(parsePeriod("今年", NOW, SHANGHAI)?.label).toBe("2026");
  });

  it.each([
    "tomorrow",
    "2026-13",
    "2026-00",
    "2026-Q0",
    "2026-Q5",
    "2026-W00",
    "2026-W54",
    "2025-W53",
    "2026-11-31",
    "2026-11-00",
    "2026/11",
    "26-11",
    "202611",
    "1969",
    "0000",
    "2026-1",
    "2026-11-25T00:00",
    "month year",
    "-2026",
  ])("refuses %j", (text) => {
    expect(parsePeriod(text, NOW, SHANGHAI)).toBeNull();
  });

  it("makes consecutive periods meet with nothing between or twice", () => {
    for (const [a, b] of [
      ["2026-10", "2026-11"],
      ["2026-Q3", "2026-Q4"],
      ["2026", "2027"],
      ["2026-W48", "2026-W49"],
      ["2026-11-25", "2026-11-26"],
    ] as const) {
      expect(parsePeriod(a, NOW, NEW_YORK)?.to).toEqual(parsePeriod(b, NOW, NEW_YORK)?.from);
    }
  });

  it("follows clock changes: days of 23 and 25 hours in New York", () => {
    const hours = (text: string) => {
      const p = parsePeriod(text, NOW, NEW_YORK);
      return p ? (p.to.getTime() - p.from.getTime()) / HOUR : null;
    };
    expect(hours("2026-03-08")).toBe(23);
    expect(hours("2026-11-01")).toBe(25);
    expect(span(parsePeriod("2026-03", NOW, NEW_YORK))).toMatchObject({
      from: "2026-03-01T05:00:00.000Z",
      to: "2026-04-01T04:00:00.000Z",
    });
  });

  it("finds local midnight in zones a quarter or half hour off, far east and far west", () => {
    expect(parsePeriod("2026-11-25", NOW, "Asia/Kolkata")?.from.toISOString()).toBe(
      "2026-11-24T18:30:00.000Z",
    );
    expect(parsePeriod("2026-11-25", NOW, "Asia/Kathmandu")?.from.toISOString()).toBe(
      "2026-11-24T18:15:00.000Z",
    );
    expect(parsePeriod("2026-11-25", NOW, "Pacific/Kiritimati")?.from.toISOString()).toBe(
      "2026-11-24T10:00:00.000Z",
    );
    expect(parsePeriod("2026-11-25", NOW, "Pacific/Pago_Pago")?.from.toISOString()).toBe(
      "2026-11-25T11:00:00.000Z",
    );
  });
});

describe("startOfLocalDay", () => {
  it("is the first minute of that date, also where clocks skip midnight", () => {
    // Chile moves clocks from 00:00 to 01:00 on 6 September 2026: the day starts at 01:00.
    const start = startOfLocalDay("2026-09-06", "America/Santiago");
    expect(start.toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(localParts(start, "America/Santiago")).toMatchObject({ date: "2026-09-06", hour: 1 });
    expect(localParts(new Date(start.getTime() - 1), "America/Santiago").date).toBe("2026-09-05");
  });
});

describe("offsetSpans", () => {
  it("cuts a range where clocks change, each piece with its offset", () => {
    const spans = offsetSpans(
      new Date("2026-01-01T05:00:00Z"),
      new Date("2027-01-01T05:00:00Z"),
      NEW_YORK,
    );
    expect(spans.map((s) => [s.from.toISOString(), s.to.toISOString(), s.offsetMinutes])).toEqual([
      ["2026-01-01T05:00:00.000Z", "2026-03-08T07:00:00.000Z", -300],
      ["2026-03-08T07:00:00.000Z", "2026-11-01T06:00:00.000Z", -240],
      ["2026-11-01T06:00:00.000Z", "2027-01-01T05:00:00.000Z", -300],
    ]);
  });

  it("finds half-hour clock changes, and none in Shanghai", () => {
    const spans = offsetSpans(
      new Date("2026-01-01T00:00:00Z"),
      new Date("2027-01-01T00:00:00Z"),
      "Australia/Lord_Howe",
    );
    expect(spans.map((s) => s.offsetMinutes)).toEqual([660, 630, 660]);
    expect(spans[1]?.from.toISOString()).toBe("2026-04-04T15:00:00.000Z");
    expect(
      offsetSpans(new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"), SHANGHAI),
    ).toEqual([
      {
        from: new Date("2026-01-01T00:00:00Z"),
        to: new Date("2027-01-01T00:00:00Z"),
        offsetMinutes: 480,
      },
    ]);
  });

  it("agrees with the zone's own offsets on either side of every cut", () => {
    const spans = offsetSpans(
      new Date("2025-06-01T00:00:00Z"),
      new Date("2026-06-01T00:00:00Z"),
      "Europe/London",
    );
    expect(spans).toHaveLength(3);
    for (const s of spans) {
      expect(utcOffsetMinutes(s.from.getTime(), "Europe/London")).toBe(s.offsetMinutes);
      expect(utcOffsetMinutes(s.to.getTime() - 60_000, "Europe/London")).toBe(s.offsetMinutes);
    }
  });
});
