import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { holidayCalendarJob } from "../../src/jobs/holiday-calendar.ts";
import { runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import { createHarness, type Harness } from "../support/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Runs the job at `at` and returns what it logged as warnings. */
async function warningsAt(at: string) {
  const lines: string[] = [];
  const log = createLogger("info", {}, (line) => lines.push(line));
  const [report] = await runJobs([holidayCalendarJob()], {
    db: h.db,
    clock: () => new Date(at),
    log,
  });
  expect(report?.ran).toBe(true);
  return {
    result: report?.result,
    warnings: lines
      .map((line) => JSON.parse(line) as { level: string; msg: string; years?: number[] })
      .filter((entry) => entry.level === "warn"),
  };
}

describe("the holiday calendar check", () => {
  it("says nothing while the table lists this year and, in December, the next", async () => {
    // 1 December 2025 in Shanghai: 2025 and 2026 are both listed.
    const { result, warnings } = await warningsAt("2025-11-30T16:30:00Z");
    expect(result).toEqual({ yearsWithoutHolidays: [] });
    expect(warnings).toEqual([]);
  });

  it("warns from December, in the hotel's time zone, about a year the table does not list", async () => {
    // 30 November in UTC is already 1 December in Shanghai.
    const { result, warnings } = await warningsAt("2099-11-30T16:30:00Z");
    expect(result).toEqual({ yearsWithoutHolidays: [2099, 2100] });
    expect(warnings).toEqual([
      expect.objectContaining({
        msg: expect.stringContaining("chinese-days"),
        years: [2099, 2100],
      }),
    ]);
  });

  it("checks nothing for an organisation without the mainland calendar", async () => {
    await h.prisma.organisation.updateMany({ data: { holidayCalendar: "none" } });
    const { warnings } = await warningsAt("2099-11-30T16:30:00Z");
    expect(warnings).toEqual([]);
  });
});
