import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callTallyJob } from "../../src/jobs/call-tally.ts";
import { runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { computeStats } from "../../src/stats/compute.ts";
import { parsePeriod } from "../../src/stats/period.ts";
import { tallyCalls } from "../../src/store/call-tally.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { createHarness, type Harness, newCallSid } from "../support/harness.ts";
import { generatedCalls, shanghai, storeCalls } from "./generated-calls.ts";

// Thursday 26 November 2026, noon in Shanghai: 2025-12-31 to 2026-11-25 are finished days.
const NOW = new Date("2026-11-26T04:00:00Z");

const PERIODS = [
  "2025-12-31",
  "2026-01-01",
  "2026-03-08",
  "2026-03-15",
  "2026-11-01",
  "2026-11-25",
  "2026-11-26",
  "2026-W48",
  "2026-02",
  "2026-11",
  "2026-Q1",
  "2026-Q4",
  "2026",
  "2027",
  "today",
  "yesterday",
  "week",
  "month",
  "quarter",
  "year",
];

let h: Harness;
let directory: Directory;

beforeEach(async () => {
  h = await createHarness({ now: NOW });
  await storeCalls(h.db, [
    ...generatedCalls(),
    // 01:30 in New York just before clocks go back; the generated 06:30Z call is 01:30 after.
    {
      department: "concierge",
      outcome: "transferred",
      startedAt: new Date("2026-11-01T05:30:00Z"),
      answerSeconds: 7,
    },
  ]);
  const loaded = await loadDirectory(h.db);
  if (!loaded) throw new Error("the demo directory did not load");
  directory = loaded;
});

afterEach(async () => {
  await h.close();
});

async function tallyAll(now = NOW) {
  for (let run = 0; run < 20; run++) {
    if (!(await tallyCalls(h.db, now)).behind) return;
  }
  throw new Error("the tally never caught up");
}

/** Every period's statistics, from the tally where it can, and from the calls alone. */
async function bothWays(dir = directory, now = NOW) {
  const fromTally: Record<string, unknown> = {};
  const fromCalls: Record<string, unknown> = {};
  for (const text of PERIODS) {
    const period = parsePeriod(text, now, dir.organisation.timezone);
    if (!period) throw new Error(`${text} is not a period`);
    fromTally[text] = await computeStats(h.db, period, dir);
    fromCalls[text] = await computeStats(h.db, period, dir, { tallies: false });
  }
  return { fromTally, fromCalls };
}

async function talliedDays(): Promise<string[]> {
  const days = await h.prisma.callTallyDay.findMany({ orderBy: { day: "asc" } });
  return days.map((d) => d.day);
}

async function yearFromTally(dir = directory) {
  const period = parsePeriod("2026", NOW, dir.organisation.timezone);
  if (!period) throw new Error("2026 is not a period");
  return computeStats(h.db, period, dir);
}

describe("the call tally", () => {
  it("counts every finished day, and statistics from it equal those from the calls", async () => {
    await tallyAll();
    const days = await talliedDays();
    // From the first call's day to yesterday: 2025-12-31 and 329 days of 2026.
    expect(days).toHaveLength(330);
    expect(days[0]).toBe("2025-12-31");
    expect(days.at(-1)).toBe("2026-11-25");
    const { fromTally, fromCalls } = await bothWays();
    expect(fromTally).toEqual(fromCalls);
  });

  it("is read by the statistics: a wrong tally would show", async () => {
    await tallyAll();
    const right = await yearFromTally();
    await h.prisma.$executeRaw`
      UPDATE "CallTally" SET "calls" = "calls" + 1000
      WHERE "day" = '2026-03-15' AND "by" = 'department' AND "key" = 'restaurant'`;
    const wrong = await yearFromTally();
    expect(wrong.totals.calls).toBe(right.totals.calls + 1000);
  });

  it("counts a day only once it has ended in the organisation's time zone", async () => {
    await tallyAll(new Date("2026-11-26T15:59:59.999Z"));
    expect((await talliedDays()).at(-1)).toBe("2026-11-25");
    await tallyAll(new Date("2026-11-26T16:00:00Z"));
    expect((await talliedDays()).at(-1)).toBe("2026-11-26");
  });

  it("counts a limited number of days a run, and is right at every step", async () => {
    const first = await tallyCalls(h.db, NOW, { maxDays: 100 });
    expect(first).toEqual({ counted: 100, behind: true });
    expect(await talliedDays()).toHaveLength(100);
    const { fromTally, fromCalls } = await bothWays();
    expect(fromTally).toEqual(fromCalls);
  });

  it("changes nothing when run again", async () => {
    await tallyAll();
    const snapshot = async () => ({
      days: await talliedDays(),
      tally: await h.prisma.$queryRaw`
        SELECT * FROM "CallTally"
        ORDER BY "day", "direction", "by", "key"`,
      hours: await h.prisma.$queryRaw`
        SELECT "day", "direction", "hour", "calls" FROM "CallHourTally"
        ORDER BY "day", "direction", "hour"`,
    });
    const before = await snapshot();
    expect(await tallyCalls(h.db, NOW)).toEqual({ counted: 0, behind: false });
    expect(await snapshot()).toEqual(before);
  });

  it("counts each day once when two runs overlap", async () => {
    await Promise.all([tallyAll(), tallyAll(), tallyAll()]);
    expect(await talliedDays()).toHaveLength(330);
    // Superseded generations are cleared: one set of counts per day.
    const doubled = await h.prisma.$queryRaw<unknown[]>`
      SELECT "day" FROM "CallTally" GROUP BY "day" HAVING COUNT(DISTINCT "generation") > 1
      UNION SELECT "day" FROM "CallHourTally" GROUP BY "day" HAVING COUNT(DISTINCT "generation") > 1`;
    expect(doubled).toEqual([]);
    const { fromTally, fromCalls } = await bothWays();
    expect(fromTally).toEqual(fromCalls);
  });

  it("runs under the job runner's lease, once at a time", async () => {
    const deps = { db: h.db, clock: () => NOW, log: createLogger("error", {}, () => {}) };
    const job = callTallyJob({ maxDays: 400 });
    const [a, b] = await Promise.all([runJobs([job], deps), runJobs([job], deps)]);
    const reports = [a[0], b[0]];
    expect(reports.filter((r) => r?.ran)).toHaveLength(1);
    expect(reports.filter((r) => r?.skipped === "leased")).toHaveLength(1);
    expect(reports.find((r) => r?.ran)?.result).toEqual({ counted: 330, behind: false });
    expect(await talliedDays()).toHaveLength(330);
  });

  it("never gives stale figures when calls on counted days change", async () => {
    await tallyAll();
    const on = (date: string) => ({
      gte: shanghai(date, "00:00:00"),
      lt: shanghai(date, "23:59:59.999"),
    });
    const missed = await h.prisma.call.findFirstOrThrow({
      where: { startedAt: on("2026-03-15"), outcome: "missed" },
    });
    // A late status callback: the missed call turns out to have been answered.
    await h.prisma.call.update({
      where: { callSid: missed.callSid },
      data: { outcome: "transferred", answeredAt: new Date(missed.startedAt.getTime() + 42_000) },
    });
    const message = await h.prisma.call.findFirstOrThrow({
      where: { startedAt: on("2026-04-02"), outcome: "message" },
    });
    await h.prisma.call.update({
      where: { callSid: message.callSid },
      data: { department: "sales" },
    });
    const moved = await h.prisma.call.findFirstOrThrow({
      where: { startedAt: on("2026-05-01"), outcome: "abandoned" },
    });
    await h.prisma.call.update({
      where: { callSid: moved.callSid },
      data: { startedAt: shanghai("2026-06-01", "12:00:00") },
    });
    await h.prisma.call.deleteMany({ where: { startedAt: on("2026-07-04"), outcome: "message" } });
    await storeCalls(h.db, [
      { department: "hr", outcome: "message", startedAt: shanghai("2026-02-02", "11:00:00") },
      { department: "hr", outcome: "message", startedAt: shanghai("2025-06-30", "11:00:00") },
    ]);

    expect(await h.prisma.callTallyChange.count()).toBeGreaterThan(0);
    const before = await bothWays();
    expect(before.fromTally).toEqual(before.fromCalls);

    const rerun = await tallyCalls(h.db, NOW);
    // 15 March, 2 April, 1 May, 1 June, 4 July, 2 February and 30 June 2025.
    expect(rerun).toEqual({ counted: 7, behind: false });
    expect(await h.prisma.callTallyChange.count()).toBe(0);
    expect(await talliedDays()).toContain("2025-06-30");
    const after = await bothWays();
    expect(after.fromTally).toEqual(after.fromCalls);
    expect(after.fromTally).toEqual(before.fromTally);
  });

  it("never gives stale satisfaction when surveys on counted days change", async () => {
    await tallyAll();
    const on = (date: string) => ({
      gte: shanghai(date, "00:00:00"),
      lt: shanghai(date, "23:59:59.999"),
    });
    const answered = await h.prisma.survey.findFirstOrThrow({
      where: { callStartedAt: on("2026-03-15"), score: { not: null } },
    });
    // A score corrected, a survey moved to another person, one removed, one added.
    await h.prisma.survey.update({ where: { callSid: answered.callSid }, data: { score: 5 } });
    const moved = await h.prisma.survey.findFirstOrThrow({
      where: { callStartedAt: on("2026-04-02"), score: { not: null } },
    });
    await h.prisma.survey.update({ where: { callSid: moved.callSid }, data: { staff: "li_na" } });
    await h.prisma.survey.deleteMany({ where: { callStartedAt: on("2026-05-01") } });
    const unasked = await h.prisma.call.findFirstOrThrow({
      where: { startedAt: on("2026-06-01"), outcome: "missed" },
    });
    await h.prisma.survey.create({
      data: {
        callSid: unasked.callSid,
        callStartedAt: unasked.startedAt,
        from: unasked.from,
        language: "zh",
        after: "transfer",
        department: "engineering",
        staff: "david_miller",
        askedAt: unasked.startedAt,
        score: 4,
        answeredAt: unasked.startedAt,
      },
    });

    expect(await h.prisma.callTallyChange.count()).toBeGreaterThan(0);
    const before = await bothWays();
    expect(before.fromTally).toEqual(before.fromCalls);
    expect(await tallyCalls(h.db, NOW)).toEqual({ counted: 4, behind: false });
    const after = await bothWays();
    expect(after.fromTally).toEqual(after.fromCalls);
    expect(after.fromTally).toEqual(before.fromTally);
    const year = await yearFromTally();
    expect(year.staff.find((s) => s.key === "li_na")?.satisfaction.responses).toBe(1);
    expect(year.staff.find((s) => s.key === "david_miller")?.satisfaction.average).toBe(4);
  });

  it("notes nothing when today's calls change, as every webhook does", async () => {
    await tallyAll();
    const callSid = newCallSid();
    await h.prisma.call.create({
      data: {
        callSid,
        from: "+8613800138000",
        to: "+862155550000",
        language: "zh",
        status: "in-progress",
        startedAt: NOW,
      },
    });
    await h.prisma.call.update({
      where: { callSid },
      data: { department: "front_desk", outcome: "transferred", answeredAt: NOW },
    });
    expect(await h.prisma.callTallyChange.count()).toBe(0);
  });

  it.each(["America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"])(
    "starts again when the organisation moves to %s, and stays right meanwhile",
    async (timezone) => {
      await tallyAll();
      await h.prisma.organisation.updateMany({ data: { timezone } });
      const moved = { ...directory, organisation: { ...directory.organisation, timezone } };
      const meanwhile = await bothWays(moved);
      expect(meanwhile.fromTally).toEqual(meanwhile.fromCalls);

      await tallyAll();
      const zones = await h.prisma.callTallyDay.groupBy({ by: ["timezone"], _count: true });
      expect(zones).toEqual([{ timezone, _count: expect.any(Number) }]);
      // Days with a clock change and the hour repeated when clocks go back are counted right.
      const after = await bothWays(moved);
      expect(after.fromTally).toEqual(after.fromCalls);
      expect(after.fromTally).toEqual(meanwhile.fromCalls);
    },
    // Counts a year twice over, and the whole suite shares two CPUs.
    60_000,
  );

  it("does nothing before a directory is imported", async () => {
    await h.prisma.$executeRaw`DELETE FROM "Organisation"`;
    expect(await tallyCalls(h.db, NOW)).toEqual({
      counted: 0,
      behind: false,
      skipped: "no directory",
    });
  });
});
