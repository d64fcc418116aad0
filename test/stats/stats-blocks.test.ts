import { describe, expect, it } from "vitest";
import { statsBlocks, statsUsage } from "../../src/bot/blocks/stats.ts";
import type { DepartmentStats, ServiceFigures, Stats } from "../../src/stats/compute.ts";
import { PERIOD_FORMS, parsePeriod } from "../../src/stats/period.ts";
import { satisfactionOf } from "../../src/stats/satisfaction.ts";

const NO_SCORES = {
  asked: 0,
  responses: 0,
  score1: 0,
  score2: 0,
  score3: 0,
  score4: 0,
  score5: 0,
};
const NO_SURVEYS = satisfactionOf(NO_SCORES);

const NOW = new Date("2026-11-25T02:00:00Z");
const MONTH = parsePeriod("2026-11", NOW, "Asia/Shanghai");
if (!MONTH) throw new Error("2026-11 is not a period");

function figures(overrides: Partial<ServiceFigures> = {}): ServiceFigures {
  return {
    serviceLevel: { thresholdSeconds: 20, rate: 0.8 },
    averageSecondsToAnswer: 15,
    abandonRate: 0.2,
    messages: {
      medianSecondsToClaim: 300,
      p90SecondsToClaim: 1800,
      medianSecondsToDone: 5400,
      p90SecondsToDone: 28800,
    },
    outbound: { calls: 2, answered: 1, seconds: 150, cost: 0.25 },
    ...overrides,
  };
}

function department(key: string | null, zh: string, en: string, calls: number): DepartmentStats {
  return {
    key,
    name: { zh, en },
    calls,
    answered: Math.floor(calls / 2),
    answerRate: calls === 0 ? null : Math.floor(calls / 2) / calls,
    transferred: Math.floor(calls / 2),
    messagesTaken: 1,
    missed: 2,
    abandoned: 3,
    emergencies: 0,
    info: 0,
    ...figures(),
    satisfaction: NO_SURVEYS,
    lowScoresOpen: 0,
  };
}

function monthStats(overrides: Partial<Stats> = {}): Stats {
  return {
    timezone: "Asia/Shanghai",
    totals: {
      calls: 123,
      answered: 30,
      answerRate: 30 / 123,
      transferred: 30,
      transferRate: 30 / 123,
      messages: 31,
      messageRate: 31 / 123,
      missed: 29,
      abandoned: 28,
      emergencies: 1,
      info: 2,
      unsettled: 1,
      averageSecondsToAnswer: 15,
    },
    allCalls: 125,
    ...figures(),
    satisfaction: satisfactionOf({
      asked: 20,
      responses: 16,
      score1: 1,
      score2: 1,
      score3: 2,
      score4: 4,
      score5: 8,
    }),
    lowScoresOpen: 1,
    staff: [],
    departments: [
      department("front_desk", "前台", "Front Desk", 31),
      department("food", "餐饮", "Food & Drink", 30),
      department(null, "未分配部门", "Not routed", 4),
    ],
    hourly: Array.from({ length: 24 }, (_, hour) => (hour === 9 ? 40 : hour === 14 ? 20 : 0)),
    hourlyOutbound: Array.from({ length: 24 }, () => 0),
    hourlyAll: Array.from({ length: 24 }, (_, hour) => (hour === 9 ? 40 : hour === 14 ? 20 : 0)),
    byDay: Array.from({ length: 30 }, (_, i) => ({
      key: `2026-11-${String(i + 1).padStart(2, "0")}`,
      calls: i === 0 ? 8 : 4,
      answered: i === 0 ? 2 : 1,
      transferred: 1,
      messages: 1,
      missed: 1,
      abandoned: 1,
      outboundCalls: 0,
      allCalls: i === 0 ? 8 : 4,
      serviceLevel: { thresholdSeconds: 20, rate: 1 },
      satisfaction: NO_SURVEYS,
    })),
    ...overrides,
  };
}

function texts(blocks: object[]): string[] {
  return blocks.map((block) => JSON.stringify(block));
}

function sectionText(blocks: object[], title: string): string {
  const block = blocks.find((b) => JSON.stringify(b).includes(title)) as
    | { text: { text: string } }
    | undefined;
  if (!block) throw new Error(`no section ${title}`);
  return block.text.text;
}

function codeLines(text: string): string[] {
  const code = /```\n([\s\S]*)\n```/.exec(text)?.[1];
  if (code === undefined) throw new Error("no code block");
  return code.split("\n");
}

describe("statsBlocks", () => {
  it("heads the post with the period and shows the headline figures with rates", () => {
    const { text, blocks } = statsBlocks(monthStats(), MONTH);
    expect(JSON.stringify(blocks[0])).toContain("话务统计 Call statistics · 2026-11");
    expect(JSON.stringify(blocks[1])).toContain("2026-11-01 – 2026-11-30 · Asia/Shanghai");
    const fields = (blocks[2] as { fields: { text: string }[] }).fields.map((f) => f.text);
    expect(fields).toContain("*来电 Calls*\n123");
    expect(fields).toContain("*接听 Answered*\n30 (24.4%)");
    expect(fields).toContain("*留言 Messages*\n31 (25.2%)");
    expect(fields).toContain("*平均接听用时 Average time to answer*\n15.0 s");
    expect(fields.length).toBeLessThanOrEqual(10);
    expect(text).toContain("2026-11");
    expect(text).toContain("123 calls");
  });

  it("tables the departments in columns, escaping what Slack would read as markup", () => {
    const { blocks } = statsBlocks(monthStats(), MONTH);
    const lines = codeLines(sectionText(blocks, "By department"));
    expect(lines).toHaveLength(2 + 3);
    expect(lines[2]).toMatch(
      /^前台 Front Desk\s+31\s+15\s+48\.4%\s+15\s+1\s+2\s+3\s+80\.0%\s+2\s+—$/,
    );
    expect(lines[3]).toContain("餐饮 Food &amp; Drink");
    expect(lines[4]).toMatch(/^未分配部门 Not routed\s+4\s/);
    // The count columns line up under each other, two columns counted for each Chinese character.
    const width = (line: string) => [...line].reduce((n, c) => n + (/[一-龥]/.test(c) ? 2 : 1), 0);
    expect(new Set(lines.slice(2).map((line) => width(line.replace("&amp;", "&")))).size).toBe(1);
  });

  it("shows the survey's satisfaction, its scores and the low scores still open", () => {
    const { blocks } = statsBlocks(monthStats(), MONTH);
    const all = texts(blocks).join("\n");
    expect(all).toContain("4.06 / 5 · 16 份 responses (80.0%)");
    expect(all).toContain("1★ 1  2★ 1  3★ 2  4★ 4  5★ 8");
    expect(all).toContain(String.raw`*待回访低分 Low scores open*\n1"`);
  });

  it("tables the staff who had calls in or out or scores, with their service level and score", () => {
    const member = (key: string, en: string, calls: number, out: number, responses: number) => ({
      key,
      name: { zh: en.slice(0, 2), en },
      department: "front_desk",
      calls,
      answered: calls,
      answerRate: calls === 0 ? null : 1,
      transferred: calls,
      messagesTaken: 0,
      missed: 0,
      abandoned: 0,
      ...figures({ outbound: { calls: out, answered: out, seconds: 0, cost: 0 } }),
      satisfaction:
        responses === 0
          ? NO_SURVEYS
          : satisfactionOf({ ...NO_SCORES, asked: responses, responses, score4: responses }),
      lowScoresOpen: 0,
    });
    const { blocks } = statsBlocks(
      monthStats({
        staff: [
          member("li_na", "Li Na", 12, 0, 3),
          member("idle", "Idle One", 0, 0, 0),
          member("caller", "Out Only", 0, 2, 0),
        ],
      }),
      MONTH,
    );
    const lines = codeLines(sectionText(blocks, "By staff member"));
    expect(lines).toHaveLength(2 + 2);
    expect(lines[2]).toMatch(/^Li Li Na\s+12\s+12\s+0\s+80\.0%\s+0\s+4\.00\s+3$/);
    expect(lines[3]).toMatch(/^Ou Out Only\s+0\s+0\s+0\s+80\.0%\s+2\s+—\s+0$/);
    // Nobody busy: no table at all.
    const quiet = statsBlocks(monthStats({ staff: [member("idle", "Idle One", 0, 0, 0)] }), MONTH);
    expect(JSON.stringify(quiet.blocks)).not.toContain("By staff member");
  });

  it("charts the calls of every hour as bars, the busiest hour the longest", () => {
    const { blocks } = statsBlocks(monthStats(), MONTH);
    const lines = codeLines(sectionText(blocks, "Calls by hour"));
    expect(lines).toHaveLength(24);
    expect(lines[0]).toBe("00:00  0");
    expect(lines[9]).toBe(`09:00 40 ${"█".repeat(24)}`);
    expect(lines[14]).toBe(`14:00 20 ${"█".repeat(12)}`);
  });

  it("charts a month day by day with each day's answer rate", () => {
    const { blocks } = statsBlocks(monthStats(), MONTH);
    const lines = codeLines(sectionText(blocks, "Day by day"));
    expect(lines).toHaveLength(30);
    expect(lines[0]).toMatch(/^2026-11-01 8 █{24}\s+25\.0% 接听 answered$/);
    expect(lines[1]).toMatch(/^2026-11-02 4 █{12}\s+25\.0% 接听 answered$/);
  });

  it("says so when there were no calls, with dashes for rates", () => {
    const empty = monthStats({
      totals: {
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
      },
      allCalls: 0,
      ...figures({
        serviceLevel: { thresholdSeconds: 20, rate: null },
        averageSecondsToAnswer: null,
        abandonRate: null,
        messages: {
          medianSecondsToClaim: null,
          p90SecondsToClaim: null,
          medianSecondsToDone: null,
          p90SecondsToDone: null,
        },
        outbound: { calls: 0, answered: 0, seconds: 0, cost: 0 },
      }),
    });
    const { blocks } = statsBlocks(empty, MONTH);
    const all = texts(blocks).join("\n");
    expect(all).toContain("No calls in this period");
    expect(all).toContain("*接听 Answered*\\n0 (—)");
    expect(all).toContain("*平均接听用时 Average time to answer*\\n—");
    expect(all).toContain("*服务水平 Service level (≤ 20 s)*\\n—");
    expect(all).toContain("*留言认领用时 Message to claim*\\n— 中位 median · — P90");
    expect(all).not.toContain("By department");
  });

  it("shows the service figures and the calls out beside the calls in", () => {
    const stats = monthStats({
      hourlyOutbound: Array.from({ length: 24 }, (_, hour) => (hour === 14 ? 2 : 0)),
    });
    const { text, blocks } = statsBlocks(stats, MONTH);
    const fields = (blocks[3] as { fields: { text: string }[] }).fields.map((f) => f.text);
    expect(fields).toEqual([
      "*服务水平 Service level (≤ 20 s)*\n80.0%",
      "*放弃率 Abandon rate*\n20.0%",
      "*留言认领用时 Message to claim*\n5 min 中位 median · 30 min P90",
      "*留言完成用时 Message to done*\n90 min 中位 median · 8.0 h P90",
      "*呼出 Calls out*\n2 (接通 answered 1) · 3 min · 0.25",
      "*呼入呼出合计 In and out*\n125",
    ]);
    expect(text).toContain("service level 80.0%");
    const hours = codeLines(sectionText(blocks, "Calls in and out by hour"));
    expect(hours[9]).toBe(`09:00 40 0 ${"█".repeat(24)}`);
    expect(hours[14]).toBe(`14:00 20 2 ${"█".repeat(13)}▎`);
  });

  it("keeps within Slack's limits with many departments", () => {
    const many = monthStats({
      departments: Array.from({ length: 120 }, (_, i) =>
        department(`d${i}`, "很长的部门名称", `A department with a long name ${i}`, i),
      ),
    });
    const { blocks } = statsBlocks(many, MONTH);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks as { text?: { text: string } }[]) {
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    }
    const rows = blocks
      .filter((b) => JSON.stringify(b).includes("A department with"))
      .flatMap((b) => codeLines((b as { text: { text: string } }).text.text));
    expect(rows.filter((line) => line.includes("A department with"))).toHaveLength(120);
  });
});

describe("statsUsage", () => {
  it("names every form of period", () => {
    const usage = statsUsage();
    for (const form of PERIOD_FORMS) expect(usage).toContain(`\`${form}\``);
    expect(usage).toContain("今天");
  });
});
