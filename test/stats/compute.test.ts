import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Directory } from "../../src/rules/directory.ts";
import { computeStats, type DepartmentStats, type Stats } from "../../src/stats/compute.ts";
import { parsePeriod } from "../../src/stats/period.ts";
import { daysOfHours } from "../../src/store/call-figures.ts";
import { tallyCalls } from "../../src/store/call-tally.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { generatedCalls, storeCalls } from "./generated-calls.ts";

// After the last generated call, so the tally has counted every day of 2026.
const NOW = new Date("2027-01-05T04:00:00Z");

let h: Harness;
let shanghai: Directory;
let utc: Directory;

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  await storeCalls(h.db, generatedCalls());
  const directory = await loadDirectory(h.db);
  if (!directory) throw new Error("the demo directory did not load");
  shanghai = directory;
  utc = { ...directory, organisation: { ...directory.organisation, timezone: "UTC" } };
  for (let run = 0; run < 20; run++) {
    if (!(await tallyCalls(h.db, NOW)).behind) break;
  }
});

afterAll(async () => {
  await h.close();
});

type Source = "the calls" | "the tally";

async function statsFor(text: string, source: Source, directory = shanghai): Promise<Stats> {
  const period = parsePeriod(text, NOW, directory.organisation.timezone);
  if (!period) throw new Error(`${text} is not a period`);
  return computeStats(h.db, period, directory, { tallies: source === "the tally" });
}

/** key, calls, answered, transferred, messages taken, missed, abandoned, emergencies, info */
function rows(departments: DepartmentStats[]) {
  return departments.map((d) => [
    d.key,
    d.calls,
    d.answered,
    d.transferred,
    d.messagesTaken,
    d.missed,
    d.abandoned,
    d.emergencies,
    d.info,
  ]);
}

function hours(counts: Record<number, number>): number[] {
  return Array.from({ length: 24 }, (_, hour) => counts[hour] ?? 0);
}

const QUIET = [
  "operator",
  "reservations",
  "housekeeping",
  "concierge",
  "finance",
  "sales",
  "hr",
  "duty_manager",
].map((key) => [key, 0, 0, 0, 0, 0, 0, 0, 0]);

describe.each<Source>(["the calls", "the tally"])("statistics counted from %s", (source) => {
  it("gives a day's figures, departments and hours", async () => {
    const stats = await statsFor("2026-11-25", source);
    expect(stats.timezone).toBe("Asia/Shanghai");
    expect(stats.totals).toEqual({
      calls: 6,
      answered: 1,
      answerRate: 1 / 6,
      transferred: 1,
      transferRate: 1 / 6,
      messages: 1,
      messageRate: 1 / 6,
      missed: 1,
      abandoned: 1,
      emergencies: 0,
      info: 1,
      unsettled: 1,
      averageSecondsToAnswer: 10,
    });
    // Ties keep the directory's order: restaurant comes before engineering there.
    expect(rows(stats.departments)).toEqual([
      ["front_desk", 2, 1, 1, 0, 0, 0, 0, 0],
      ["restaurant", 1, 0, 0, 1, 0, 0, 0, 0],
      ["engineering", 1, 0, 0, 0, 1, 0, 0, 0],
      ...QUIET.slice(0, 7),
      ["security", 0, 0, 0, 0, 0, 0, 0, 0],
      ["duty_manager", 0, 0, 0, 0, 0, 0, 0, 0],
      [null, 2, 0, 0, 0, 0, 1, 0, 1],
    ]);
    expect(stats.departments[0]?.name).toEqual({ zh: "前台", en: "Front Desk" });
    expect(stats.departments[0]?.answerRate).toBe(1 / 2);
    expect(stats.departments.at(-1)?.name.en).toBe("Not routed");
    expect(stats.hourly).toEqual(hours({ 0: 1, 9: 1, 10: 2, 14: 1, 23: 1 }));
    expect(stats.byDay).toBeUndefined();
    expect(stats.byMonth).toBeUndefined();
  });

  it("gives an ISO week day by day", async () => {
    const stats = await statsFor("2026-W48", source);
    expect(stats.totals.calls).toBe(30);
    expect(stats.totals.answered).toBe(7);
    // Odd days 23, 25, 27, 29 answered in 10 s, even days 24, 26, 28 in 20 s: 100 s / 7.
    expect(stats.totals.averageSecondsToAnswer).toBe(14.3);
    expect(stats.byDay?.map((p) => [p.key, p.calls])).toEqual([
      ["2026-11-23", 4],
      ["2026-11-24", 4],
      ["2026-11-25", 6],
      ["2026-11-26", 4],
      ["2026-11-27", 4],
      ["2026-11-28", 4],
      ["2026-11-29", 4],
    ]);
  });

  it("gives one department's hours and days, and the whole's figures, when asked for it", async () => {
    const period = parsePeriod("2026-W48", NOW, "Asia/Shanghai");
    if (!period) throw new Error("2026-W48 is not a period");
    const tallies = source === "the tally";
    const frontDesk = await computeStats(h.db, period, shanghai, {
      tallies,
      department: "front_desk",
    });
    // Its 09:15 call every day, and the call still going at 10:05 on the 25th.
    expect(frontDesk.hourly).toEqual(hours({ 9: 7, 10: 1 }));
    expect(frontDesk.hourlyAll).toEqual(hours({ 9: 7, 10: 1 }));
    // Every transfer answered within 20 s; the score is the day of the month mod 5, plus 1.
    expect(
      frontDesk.byDay?.map((p) => [p.key, p.calls, p.serviceLevel.rate, p.satisfaction.average]),
    ).toEqual([
      ["2026-11-23", 1, 1, 4],
      ["2026-11-24", 1, 1, 5],
      ["2026-11-25", 2, 1, 1],
      ["2026-11-26", 1, 1, 2],
      ["2026-11-27", 1, 1, 3],
      ["2026-11-28", 1, 1, 4],
      ["2026-11-29", 1, 1, 5],
    ]);
    expect(frontDesk.totals.calls).toBe(30);
    const engineering = await computeStats(h.db, period, shanghai, {
      tallies,
      department: "engineering",
    });
    expect(engineering.hourly).toEqual(hours({ 0: 7 }));
    expect(engineering.byDay?.every((p) => p.serviceLevel.rate === null)).toBe(true);
    expect(engineering.byDay?.every((p) => p.satisfaction.average === null)).toBe(true);
  });

  it("gives a month with every day of it", async () => {
    const stats = await statsFor("2026-11", source);
    expect(stats.totals).toEqual({
      calls: 123,
      answered: 30,
      answerRate: 30 / 123,
      transferred: 30,
      transferRate: 30 / 123,
      messages: 30,
      messageRate: 30 / 123,
      missed: 30,
      abandoned: 30,
      emergencies: 1,
      info: 1,
      unsettled: 1,
      averageSecondsToAnswer: 15,
    });
    expect(rows(stats.departments)).toEqual([
      ["front_desk", 31, 30, 30, 0, 0, 0, 0, 0],
      ["restaurant", 30, 0, 0, 30, 0, 0, 0, 0],
      ["engineering", 30, 0, 0, 0, 30, 0, 0, 0],
      ["security", 1, 0, 0, 0, 0, 0, 1, 0],
      ...QUIET,
      [null, 31, 0, 0, 0, 0, 30, 0, 1],
    ]);
    expect(stats.hourly).toEqual(hours({ 0: 30, 8: 1, 9: 30, 10: 2, 14: 30, 23: 30 }));
    expect(stats.byDay).toHaveLength(30);
    expect(stats.byDay?.[0]).toEqual({
      key: "2026-11-01",
      calls: 5,
      answered: 1,
      transferred: 1,
      messages: 1,
      missed: 1,
      abandoned: 1,
      outboundCalls: 0,
      allCalls: 5,
      // Its one transfer, answered in 10 s.
      serviceLevel: { thresholdSeconds: 20, rate: 1 },
      satisfaction: {
        responses: 1,
        responseRate: 0.5,
        average: 2,
        distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 },
      },
    });
    expect(stats.byDay?.find((p) => p.key === "2026-11-25")?.calls).toBe(6);
    expect(stats.byDay?.at(-1)?.key).toBe("2026-11-30");
    expect(stats.byMonth).toBeUndefined();
  });

  it("gives a quarter month by month, its first call the evening before in UTC", async () => {
    const stats = await statsFor("2026-Q4", source);
    // 92 days of four calls, three emergencies, the info call and the one still going.
    expect(stats.totals).toEqual({
      calls: 373,
      answered: 92,
      answerRate: 92 / 373,
      transferred: 92,
      transferRate: 92 / 373,
      messages: 92,
      messageRate: 92 / 373,
      missed: 92,
      abandoned: 92,
      emergencies: 3,
      info: 1,
      unsettled: 1,
      // 47 odd days at 10 s and 45 even days at 20 s: 1370 s / 92.
      averageSecondsToAnswer: 14.9,
    });
    // Each month's satisfaction is checked with the year's.
    expect(stats.byMonth).toMatchObject([
      {
        key: "2026-10",
        calls: 125,
        answered: 31,
        transferred: 31,
        messages: 31,
        missed: 31,
        abandoned: 31,
        outboundCalls: 0,
        allCalls: 125,
      },
      {
        key: "2026-11",
        calls: 123,
        answered: 30,
        transferred: 30,
        messages: 30,
        missed: 30,
        abandoned: 30,
        outboundCalls: 0,
        allCalls: 123,
      },
      {
        key: "2026-12",
        calls: 125,
        answered: 31,
        transferred: 31,
        messages: 31,
        missed: 31,
        abandoned: 31,
        outboundCalls: 0,
        allCalls: 125,
      },
    ]);
    expect(stats.hourly).toEqual(hours({ 0: 92, 8: 3, 9: 92, 10: 2, 14: 92, 23: 92 }));
    expect(stats.byDay).toBeUndefined();
  });

  it("gives the survey's satisfaction for the period, each department and each person", async () => {
    const day = await statsFor("2026-11-25", source);
    expect(day.satisfaction).toEqual({
      responses: 1,
      responseRate: 0.5,
      average: 1,
      distribution: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 },
    });
    expect(day.lowScoresOpen).toBe(1);
    const dept = (s: Stats, key: string | null) => s.departments.find((d) => d.key === key);
    const person = (s: Stats, key: string) => s.staff.find((p) => p.key === key);
    expect(dept(day, "front_desk")).toMatchObject({
      satisfaction: { responses: 1, responseRate: 1, average: 1 },
      lowScoresOpen: 1,
    });
    // Asked and never answered: a response rate of 0 and no average.
    expect(dept(day, "restaurant")?.satisfaction).toMatchObject({
      responses: 0,
      responseRate: 0,
      average: null,
    });
    expect(dept(day, "finance")?.satisfaction.responseRate).toBeNull();
    expect(person(day, "chen_jing")).toMatchObject({
      department: "reservations",
      name: { zh: "陈静", en: "Chen Jing" },
      satisfaction: { responses: 1, average: 1 },
      lowScoresOpen: 1,
    });
    expect(person(day, "li_na")?.satisfaction.responses).toBe(0);

    // Every score six times in November; the low ones of odd days are still open.
    const month = await statsFor("2026-11", source);
    expect(month.satisfaction).toEqual({
      responses: 30,
      responseRate: 0.5,
      average: 3,
      distribution: { 1: 6, 2: 6, 3: 6, 4: 6, 5: 6 },
    });
    expect(month.lowScoresOpen).toBe(6);
    expect(person(month, "chen_jing")?.satisfaction.distribution).toEqual({
      1: 6,
      2: 6,
      3: 6,
      4: 6,
      5: 6,
    });

    const year = await statsFor("2026", source);
    expect(year.satisfaction).toEqual({
      responses: 365,
      responseRate: 0.5,
      average: 2.98,
      distribution: { 1: 71, 2: 79, 3: 72, 4: 72, 5: 71 },
    });
    expect(year.lowScoresOpen).toBe(79);
    expect(year.byMonth?.[10]?.satisfaction.average).toBe(3);
    expect(dept(year, null)?.satisfaction.responses).toBe(0);
  });

  it("gives a year, without the calls a millisecond either side of it", async () => {
    const stats = await statsFor("2026", source);
    expect(stats.totals).toEqual({
      calls: 1474,
      answered: 365,
      answerRate: 365 / 1474,
      transferred: 365,
      transferRate: 365 / 1474,
      messages: 365,
      messageRate: 365 / 1474,
      missed: 365,
      abandoned: 365,
      emergencies: 12,
      info: 1,
      unsettled: 1,
      // 186 odd days at 10 s and 179 even days at 20 s: 5440 s / 365.
      averageSecondsToAnswer: 14.9,
    });
    expect(stats.byMonth?.map((p) => p.calls)).toEqual([
      125, 113, 125, 121, 125, 121, 125, 125, 121, 125, 123, 125,
    ]);
    expect(stats.hourly).toEqual(hours({ 0: 365, 8: 12, 9: 365, 10: 2, 14: 365, 23: 365 }));
    expect(rows(stats.departments).slice(0, 4)).toEqual([
      ["front_desk", 366, 365, 365, 0, 0, 0, 0, 0],
      ["restaurant", 365, 0, 0, 365, 0, 0, 0, 0],
      ["engineering", 365, 0, 0, 0, 365, 0, 0, 0],
      ["security", 12, 0, 0, 0, 0, 0, 12, 0],
    ]);
    expect(rows(stats.departments).at(-1)).toEqual([null, 366, 0, 0, 0, 0, 365, 0, 1]);
  });

  it("gives the same year in UTC, where the days begin eight hours later", async () => {
    const stats = await statsFor("2026", source, utc);
    expect(stats.timezone).toBe("UTC");
    // 1 January's 00:30 missed call falls in 2025, 1 January 2027's first call in 2026.
    expect(stats.totals).toMatchObject({
      calls: 1474,
      answered: 366,
      transferred: 366,
      missed: 364,
      abandoned: 365,
      emergencies: 12,
    });
    expect(stats.hourly).toEqual(hours({ 0: 12, 1: 365, 2: 2, 6: 365, 15: 365, 16: 365 }));
  });

  it("gives zeros, and no rates, for a period without calls", async () => {
    const stats = await statsFor("2030", source);
    expect(stats.totals).toEqual({
      calls: 0,
      answered: 0,
      answerRate: null,
      transferred: 0,
      transferRate: null,
      messages: 0,
      messageRate: null,
      missed: 0,
      abandoned: 0,
      emergencies: 0,
      info: 0,
      unsettled: 0,
      averageSecondsToAnswer: null,
    });
    expect(stats.departments).toHaveLength(shanghai.departments.length + 1);
    expect(stats.departments.every((d) => d.calls === 0 && d.answerRate === null)).toBe(true);
    expect(stats.hourly).toEqual(hours({}));
    expect(stats.byMonth).toHaveLength(12);
  });
});

describe("statistics for departments the directory no longer has", () => {
  it("keep their calls in a row of their own, before the calls never routed", async () => {
    const smaller: Directory = {
      ...shanghai,
      departments: shanghai.departments.filter((d) => d.key !== "restaurant"),
    };
    const stats = await statsFor("2026-11", "the calls", smaller);
    expect(rows(stats.departments).at(-2)).toEqual(["restaurant", 30, 0, 0, 30, 0, 0, 0, 0]);
    expect(stats.departments.at(-2)?.name).toEqual({ zh: "restaurant", en: "restaurant" });
    expect(stats.departments.reduce((sum, d) => sum + d.calls, 0)).toBe(123);
  });
});

describe("daysOfHours", () => {
  it("gives both local days a UTC hour overlaps where a zone is half an hour off", () => {
    // 18:00–18:59 UTC is 23:30–00:29 in Kolkata, but 02:00–02:59 in Shanghai.
    expect([...daysOfHours(["2026-11-24T18"], "Asia/Kolkata")]).toEqual([
      "2026-11-24",
      "2026-11-25",
    ]);
    expect([...daysOfHours(["2026-11-24T18"], "Asia/Shanghai")]).toEqual(["2026-11-25"]);
  });
});
