import { describe, expect, it } from "vitest";
import { instantOf, isDate, localTimeOf, shifted } from "../../../src/rules/wake-up/local-time.ts";

describe("when a local wake-up time rings", () => {
  it("is the wall time in the organisation's zone", () => {
    expect(instantOf({ date: "2026-12-06", time: "06:30" }, "Asia/Shanghai")).toEqual(
      new Date("2026-12-05T22:30:00Z"),
    );
    expect(instantOf({ date: "2026-12-06", time: "06:30" }, "America/New_York")).toEqual(
      new Date("2026-12-06T11:30:00Z"),
    );
  });

  it("rings at the jump when clocks skip the time", () => {
    // 8 March 2026 in New York: 02:00 EST becomes 03:00 EDT; 02:30 does not happen.
    expect(instantOf({ date: "2026-03-08", time: "02:30" }, "America/New_York")).toEqual(
      new Date("2026-03-08T07:00:00Z"),
    );
    expect(instantOf({ date: "2026-03-08", time: "03:30" }, "America/New_York")).toEqual(
      new Date("2026-03-08T07:30:00Z"),
    );
  });

  it("rings the first time when clocks go back over it", () => {
    // 1 November 2026 in New York: 01:30 happens in EDT, then again in EST.
    expect(instantOf({ date: "2026-11-01", time: "01:30" }, "America/New_York")).toEqual(
      new Date("2026-11-01T05:30:00Z"),
    );
  });

  it("reads an instant back as the same local time", () => {
    for (const timezone of ["Asia/Shanghai", "America/New_York", "Europe/London"]) {
      for (const at of [
        { date: "2026-12-06", time: "06:30" },
        { date: "2026-07-01", time: "00:00" },
        { date: "2026-03-29", time: "23:59" },
      ]) {
        expect(localTimeOf(instantOf(at, timezone), timezone)).toEqual(at);
      }
    }
  });
});

describe("local date arithmetic", () => {
  it("moves across midnight, month and year ends", () => {
    expect(shifted({ date: "2026-12-05", time: "23:50" }, 0, 20)).toEqual({
      date: "2026-12-06",
      time: "00:10",
    });
    expect(shifted({ date: "2026-12-31", time: "06:00" }, 1)).toEqual({
      date: "2027-01-01",
      time: "06:00",
    });
    expect(shifted({ date: "2026-03-01", time: "00:10" }, 0, -20)).toEqual({
      date: "2026-02-28",
      time: "23:50",
    });
  });

  it("knows a real date", () => {
    expect(["2026-02-28", "2028-02-29"].map(isDate)).toEqual([true, true]);
    expect(["2026-02-29", "2026-13-01", "2026-12-32", "26-12-01", "2026-1-1"].map(isDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
