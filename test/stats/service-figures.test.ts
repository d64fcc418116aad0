// The service figures and the calls out, on a year of calls at the demo hotel (Asia/Shanghai)
// whose answers are known by hand, counted from the calls and from the tally, and over HTTP.
//
// Every local day of 2026 (d is the day of the month):
//   09:00 for Li Na (finance), transferred, answered by her after 15 s on odd days, 30 s on even
//   10:00 sales, transferred, answered by the department after 5 s
//   11:00 sales, abandoned
//   15:00 for Li Na (finance), a message at 15:01, claimed by her after 300 s (d ≤ 10),
//         1200 s (d ≤ 20) or 3600 s, done after 7200 s on odd days, 14400 s on even
//   16:00 a call out by Li Na for finance, a call-back: answered, 60 s, USD 0.02
// The 1st of every month also:
//   12:00 for Zhang Wei (sales), a message at 12:01, claimed by him after 60 s, never done
//   17:00 a call out by Zhang Wei for sales: not answered
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Directory } from "../../src/rules/directory.ts";
import { computeStats, type Stats } from "../../src/stats/compute.ts";
import { parsePeriod } from "../../src/stats/period.ts";
import { tallyCalls } from "../../src/store/call-tally.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { admin, createHarness, type Harness, newCallSid } from "../support/harness.ts";
import { giveSlackIds } from "../support/staff.ts";
import { shanghai } from "./generated-calls.ts";

const NOW = new Date("2027-01-05T04:00:00Z");

let h: Harness;
let directory: Directory;

function at(start: Date, seconds: number): Date {
  return new Date(start.getTime() + seconds * 1000);
}

async function storeYear(): Promise<void> {
  const calls: Record<string, unknown>[] = [];
  const messages: Record<string, unknown>[] = [];
  const inbound = (
    time: Date,
    fields: { department: string; target?: string; outcome: string; handledBy?: string },
    answerSeconds?: number,
  ) => {
    const callSid = newCallSid();
    calls.push({
      callSid,
      from: "+8613800138000",
      to: "+862155550000",
      language: "zh",
      status: "completed",
      startedAt: time,
      answeredAt: answerSeconds === undefined ? null : at(time, answerSeconds),
      ...fields,
    });
    return callSid;
  };
  const message = (
    callSid: string,
    created: Date,
    department: string,
    claimed: [by: string, seconds: number],
    done: [by: string, seconds: number] | null,
  ) => {
    messages.push({
      id: crypto.randomUUID(),
      callSid,
      department,
      language: "zh",
      status: done ? "done" : "claimed",
      createdAt: created,
      updatedAt: created,
      claimedBy: claimed[0],
      claimedAt: at(created, claimed[1]),
      doneBy: done?.[0] ?? null,
      doneAt: done ? at(created, done[1]) : null,
    });
  };
  const outbound = (time: Date, fields: Record<string, unknown>) => {
    calls.push({
      callSid: newCallSid(),
      from: "+862155550000",
      to: "+862155551234",
      language: "zh",
      status: "completed",
      direction: "outbound",
      startedAt: time,
      ...fields,
    });
  };
  for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    const d = new Date(day).getUTCDate();
    const odd = d % 2 === 1;
    inbound(
      shanghai(date, "09:00:00"),
      { department: "finance", target: "li_na", handledBy: "li_na", outcome: "transferred" },
      odd ? 15 : 30,
    );
    inbound(
      shanghai(date, "10:00:00"),
      { department: "sales", handledBy: "sales", outcome: "transferred" },
      5,
    );
    inbound(shanghai(date, "11:00:00"), { department: "sales", outcome: "abandoned" });
    const left = inbound(shanghai(date, "15:00:00"), {
      department: "finance",
      target: "li_na",
      outcome: "message",
    });
    message(
      left,
      shanghai(date, "15:01:00"),
      "finance",
      ["U_LINA", d <= 10 ? 300 : d <= 20 ? 1200 : 3600],
      ["U_LINA", odd ? 7200 : 14400],
    );
    const called = shanghai(date, "16:00:00");
    outbound(called, {
      department: "finance",
      placedBy: "li_na",
      purpose: "message",
      purposeId: "m",
      outcome: "answered",
      answeredAt: at(called, 20),
      durationSeconds: 60,
      cost: "0.02",
      costCurrency: "USD",
    });
    if (d === 1) {
      const forZhang = inbound(shanghai(date, "12:00:00"), {
        department: "sales",
        target: "zhang_wei",
        outcome: "message",
      });
      message(forZhang, shanghai(date, "12:01:00"), "sales", ["U_ZHANG", 60], null);
      outbound(shanghai(date, "17:00:00"), {
        department: "sales",
        placedBy: "zhang_wei",
        purpose: "missed_call",
        purposeId: "k",
        outcome: "no-answer",
        durationSeconds: 0,
      });
    }
  }
  await h.prisma.call.createMany({ data: calls as never });
  await h.prisma.message.createMany({ data: messages as never });
}

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  await giveSlackIds(h, [
    ["li_na", "U_LINA"],
    ["zhang_wei", "U_ZHANG"],
  ]);
  await storeYear();
  const loaded = await loadDirectory(h.db);
  if (!loaded) throw new Error("the demo directory did not load");
  directory = loaded;
  for (let run = 0; run < 20; run++) {
    if (!(await tallyCalls(h.db, NOW)).behind) break;
  }
}, 120_000);

afterAll(async () => {
  await h.close();
});

type Source = "the calls" | "the tally";

async function statsFor(text: string, source: Source, dir = directory): Promise<Stats> {
  const period = parsePeriod(text, NOW, dir.organisation.timezone);
  if (!period) throw new Error(`${text} is not a period`);
  return computeStats(h.db, period, dir, { tallies: source === "the tally" });
}

const NO_CALLS_OUT = { calls: 0, answered: 0, seconds: 0, cost: 0 };

describe.each<Source>(["the calls", "the tally"])("service figures counted from %s", (source) => {
  it("gives a day's, with the calls out beside the calls in", async () => {
    // The 25th: odd, so Li Na answered in 15 s; her message was claimed after 3600 s.
    const stats = await statsFor("2026-11-25", source);
    expect(stats.serviceLevel).toEqual({ thresholdSeconds: 20, rate: 1 });
    expect(stats.averageSecondsToAnswer).toBe(10);
    expect(stats.abandonRate).toBe(1 / 4);
    expect(stats.messages).toEqual({
      medianSecondsToClaim: 3600,
      p90SecondsToClaim: 3600,
      medianSecondsToDone: 7200,
      p90SecondsToDone: 7200,
    });
    expect(stats.outbound).toEqual({ calls: 1, answered: 1, seconds: 60, cost: 0.02 });
    expect(stats.totals.calls).toBe(4);
    expect(stats.allCalls).toBe(5);
    const hours = (counts: Record<number, number>) =>
      Array.from({ length: 24 }, (_, hour) => counts[hour] ?? 0);
    expect(stats.hourly).toEqual(hours({ 9: 1, 10: 1, 11: 1, 15: 1 }));
    expect(stats.hourlyOutbound).toEqual(hours({ 16: 1 }));
    expect(stats.hourlyAll).toEqual(hours({ 9: 1, 10: 1, 11: 1, 15: 1, 16: 1 }));
  });

  it("gives a month's at the top, per department and per staff member", async () => {
    const stats = await statsFor("2026-11", source);
    // Li Na's 15 odd days within 20 s, the 30 department calls all: 45 of 60.
    expect(stats.serviceLevel).toEqual({ thresholdSeconds: 20, rate: 45 / 60 });
    // (15 × 15 + 15 × 30 + 30 × 5) / 60 = 13.75 s.
    expect(stats.averageSecondsToAnswer).toBe(13.8);
    expect(stats.totals.averageSecondsToAnswer).toBe(13.8);
    expect(stats.abandonRate).toBe(30 / 121);
    // Claims: 60 s once, then ten each of 300, 1200 and 3600 s; done: 15 each of 7200 and 14400 s.
    expect(stats.messages).toEqual({
      medianSecondsToClaim: 1200,
      p90SecondsToClaim: 3600,
      medianSecondsToDone: 7200,
      p90SecondsToDone: 14400,
    });
    expect(stats.outbound).toEqual({ calls: 31, answered: 30, seconds: 1800, cost: 0.6 });
    expect(stats.allCalls).toBe(152);

    const finance = stats.departments.find((d) => d.key === "finance");
    expect(finance).toMatchObject({
      calls: 60,
      transferred: 30,
      messagesTaken: 30,
      serviceLevel: { thresholdSeconds: 20, rate: 0.5 },
      averageSecondsToAnswer: 22.5,
      abandonRate: 0,
      messages: {
        medianSecondsToClaim: 1200,
        p90SecondsToClaim: 3600,
        medianSecondsToDone: 7200,
        p90SecondsToDone: 14400,
      },
      outbound: { calls: 30, answered: 30, seconds: 1800, cost: 0.6 },
    });
    const sales = stats.departments.find((d) => d.key === "sales");
    expect(sales).toMatchObject({
      calls: 61,
      transferred: 30,
      abandoned: 30,
      serviceLevel: { thresholdSeconds: 20, rate: 1 },
      averageSecondsToAnswer: 5,
      abandonRate: 30 / 61,
      messages: {
        medianSecondsToClaim: 60,
        p90SecondsToClaim: 60,
        medianSecondsToDone: null,
        p90SecondsToDone: null,
      },
      outbound: { calls: 1, answered: 0, seconds: 0, cost: 0 },
    });
    const hr = stats.departments.find((d) => d.key === "hr");
    expect(hr).toMatchObject({
      calls: 0,
      serviceLevel: { thresholdSeconds: 20, rate: null },
      averageSecondsToAnswer: null,
      abandonRate: null,
      outbound: NO_CALLS_OUT,
    });

    expect(stats.staff.map((s) => s.key)).toEqual(directory.staff.map((s) => s.key));
    const liNa = stats.staff.find((s) => s.key === "li_na");
    expect(liNa).toEqual({
      key: "li_na",
      name: { zh: "李娜", en: "Li Na" },
      department: "finance",
      calls: 60,
      answered: 30,
      answerRate: 0.5,
      transferred: 30,
      messagesTaken: 30,
      missed: 0,
      abandoned: 0,
      serviceLevel: { thresholdSeconds: 20, rate: 0.5 },
      averageSecondsToAnswer: 22.5,
      abandonRate: 0,
      messages: {
        medianSecondsToClaim: 1200,
        p90SecondsToClaim: 3600,
        medianSecondsToDone: 7200,
        p90SecondsToDone: 14400,
      },
      outbound: { calls: 30, answered: 30, seconds: 1800, cost: 0.6 },
      // No survey was asked on these calls.
      satisfaction: {
        responses: 0,
        responseRate: null,
        average: null,
        distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      },
      lowScoresOpen: 0,
    });
    expect(stats.staff.find((s) => s.key === "zhang_wei")).toMatchObject({
      calls: 1,
      messagesTaken: 1,
      serviceLevel: { thresholdSeconds: 20, rate: null },
      averageSecondsToAnswer: null,
      abandonRate: 0,
      messages: { medianSecondsToClaim: 60, medianSecondsToDone: null },
      outbound: { calls: 1, answered: 0, seconds: 0, cost: 0 },
    });
    expect(stats.staff.find((s) => s.key === "chen_jing")).toMatchObject({
      calls: 0,
      messages: { medianSecondsToClaim: null, p90SecondsToDone: null },
      outbound: NO_CALLS_OUT,
    });
  });

  it("gives a quarter month by month, in and out", async () => {
    const stats = await statsFor("2026-Q4", source);
    // 47 odd days in the quarter, and 92 department calls: 139 of 184.
    expect(stats.serviceLevel.rate).toBe(139 / 184);
    expect(stats.outbound).toEqual({ calls: 95, answered: 92, seconds: 5520, cost: 1.84 });
    expect(stats.byMonth?.map((p) => [p.key, p.calls, p.outboundCalls, p.allCalls])).toEqual([
      ["2026-10", 125, 32, 157],
      ["2026-11", 121, 31, 152],
      ["2026-12", 125, 32, 157],
    ]);
  });

  it("gives a year's", async () => {
    const stats = await statsFor("2026", source);
    // 186 odd days and 365 department calls within 20 s, of 730.
    expect(stats.serviceLevel).toEqual({ thresholdSeconds: 20, rate: 551 / 730 });
    expect(stats.abandonRate).toBe(365 / 1472);
    expect(stats.messages).toEqual({
      medianSecondsToClaim: 1200,
      p90SecondsToClaim: 3600,
      medianSecondsToDone: 7200,
      p90SecondsToDone: 14400,
    });
    expect(stats.outbound).toEqual({ calls: 377, answered: 365, seconds: 21900, cost: 7.3 });
    expect(stats.staff.find((s) => s.key === "zhang_wei")?.outbound).toEqual({
      calls: 12,
      answered: 0,
      seconds: 0,
      cost: 0,
    });
  });

  it("counts against the organisation's own threshold", async () => {
    const slower = {
      ...directory,
      organisation: { ...directory.organisation, serviceLevelSeconds: 30 },
    };
    const stats = await statsFor("2026-11", source, slower);
    expect(stats.serviceLevel).toEqual({ thresholdSeconds: 30, rate: 1 });
    expect(stats.departments.find((d) => d.key === "finance")?.serviceLevel.rate).toBe(1);
  });
});

describe("the tally of service figures", () => {
  it("counts a message claimed again on a counted day afresh", async () => {
    const before = await statsFor("2026-11-02", "the tally");
    expect(before.messages.medianSecondsToClaim).toBe(300);
    const [message] = await h.prisma.message.findMany({
      where: { createdAt: shanghai("2026-11-02", "15:01:00") },
    });
    if (!message) throw new Error("no message on 2 November");
    await h.prisma.message.update({
      where: { id: message.id },
      data: { claimedAt: at(message.createdAt, 5000) },
    });
    const after = await statsFor("2026-11-02", "the tally");
    expect(after.messages.medianSecondsToClaim).toBe(5000);
    expect(after).toEqual(await statsFor("2026-11-02", "the calls"));
    await tallyCalls(h.db, NOW);
    expect(await statsFor("2026-11-02", "the tally")).toEqual(after);
  });

  it("counts every day again when the organisation's threshold changes", async () => {
    await h.prisma.organisation.updateMany({ data: { serviceLevelSeconds: 30 } });
    const slower = (await loadDirectory(h.db)) as Directory;
    for (let run = 0; run < 20; run++) {
      if (!(await tallyCalls(h.db, NOW)).behind) break;
    }
    expect(await h.prisma.callTallyDay.count({ where: { serviceLevelSeconds: { not: 30 } } })).toBe(
      0,
    );
    const stats = await statsFor("2026", "the tally", slower);
    expect(stats.serviceLevel).toEqual({ thresholdSeconds: 30, rate: 1 });
    expect(stats).toEqual(await statsFor("2026", "the calls", slower));
    await h.prisma.organisation.updateMany({ data: { serviceLevelSeconds: 20 } });
  });
});

describe("GET /api/stats and /api/calls with calls out", () => {
  it("gives the fixed figures at the top, per department and per staff member", async () => {
    const res = await admin(h, "/api/stats?period=2026-11");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & {
      departments: Record<string, unknown>[];
      staff: Record<string, unknown>[];
    };
    for (const row of [body, ...body.departments, ...body.staff]) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          "serviceLevel",
          "averageSecondsToAnswer",
          "abandonRate",
          "messages",
          "outbound",
        ]),
      );
    }
    expect(body.outbound).toEqual({ calls: 31, answered: 30, seconds: 1800, cost: 0.6 });
    expect(body.serviceLevel).toEqual({ thresholdSeconds: 20, rate: 0.75 });
    expect(body.messages).toEqual({
      medianSecondsToClaim: 1200,
      p90SecondsToClaim: 3600,
      medianSecondsToDone: 7200,
      p90SecondsToDone: 14400,
    });
  });

  it("lists the calls out apart, and refuses a direction it does not know", async () => {
    const res = await admin(
      h,
      "/api/calls?direction=outbound&from=2026-11-01&to=2026-12-01&pageSize=200",
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Record<string, unknown>[]; total: number };
    expect(body.total).toBe(31);
    expect(body.items.every((call) => call.direction === "outbound")).toBe(true);
    expect(body.items.filter((call) => call.placedBy === "zhang_wei")).toHaveLength(1);
    const inbound = (await (
      await admin(h, "/api/calls?direction=inbound&from=2026-11-01&to=2026-12-01")
    ).json()) as { total: number };
    expect(inbound.total).toBe(121);

    const bad = await admin(h, "/api/calls?direction=sideways");
    expect(bad.status).toBe(400);
    const refused = (await bad.json()) as { issues: string[] };
    expect(refused.issues.join("\n")).toMatch(/^direction: /);
  });
});
