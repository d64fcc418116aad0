import { localParts } from "../../rules/hours.ts";
import type {
  DepartmentStats,
  OutboundFigures,
  ServiceFigures,
  StaffStats,
  Stats,
  StatsPoint,
  SurveyFigures,
} from "../../stats/compute.ts";
import { PERIOD_FORMS, type Period } from "../../stats/period.ts";
import type { Satisfaction } from "../../stats/satisfaction.ts";
import { type Block, field, mrkdwn } from "./slack-post.ts";

/** Block Kit for a period's statistics. Pure: figures in, blocks out. */

const BAR_WIDTH = 24;
// Eighths of a block, so short bars still differ.
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
// A section's text holds at most 3,000 characters; leave room for the fences.
const SECTION_LIMIT = 2900;

const PERIOD_NAMES: Record<Period["unit"], string> = {
  day: "日 day",
  week: "周 week",
  month: "月 month",
  quarter: "季度 quarter",
  year: "年 year",
};

export function statsBlocks(stats: Stats, period: Period): { text: string; blocks: Block[] } {
  const t = stats.totals;
  const first = localParts(period.from, stats.timezone).date;
  const last = localParts(new Date(period.to.getTime() - 1), stats.timezone).date;
  const span = first === last ? first : `${first} – ${last}`;
  const blocks: Block[] = [
    {
      type: "header",
      text: { type: "plain_text", text: `📊 话务统计 Call statistics · ${period.label}` },
    },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `${PERIOD_NAMES[period.unit]} · ${span} · ${mrkdwn(stats.timezone)}`,
        },
      ],
    },
    {
      type: "section",
      fields: [
        field("来电 Calls", String(t.calls)),
        field("接听 Answered", `${t.answered} (${percent(t.answerRate)})`),
        field("转接 Transferred", `${t.transferred} (${percent(t.transferRate)})`),
        field("留言 Messages", `${t.messages} (${percent(t.messageRate)})`),
        field("未接 Missed", String(t.missed)),
        field("放弃 Abandoned", String(t.abandoned)),
        field("平均接听用时 Average time to answer", seconds(t.averageSecondsToAnswer)),
        field("紧急 Emergencies", String(t.emergencies)),
        field("咨询 Information", String(t.info)),
        field("未结束 Not settled", String(t.unsettled)),
      ],
    },
    {
      type: "section",
      fields: [...serviceFields(stats), field("呼入呼出合计 In and out", String(stats.allCalls))],
    },
    {
      type: "section",
      fields: surveyFields(stats),
    },
  ];
  if (stats.allCalls === 0) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: "这段时间没有来电。 No calls in this period." },
    });
  } else {
    const out = stats.hourlyOutbound.some((calls) => calls > 0);
    blocks.push(
      ...codeSections("*各部门 By department*", departmentTable(stats.departments)),
      ...staffSections(stats.staff),
      ...codeSections(
        out
          ? "*每小时呼入、呼出 Calls in and out by hour of day*"
          : "*每小时来电 Calls by hour of day*",
        hourlyChart(stats.hourly, out ? stats.hourlyOutbound : null),
      ),
    );
    if (stats.byDay) blocks.push(...codeSections("*每日 Day by day*", pointChart(stats.byDay)));
    if (stats.byMonth) {
      blocks.push(...codeSections("*每月 Month by month*", pointChart(stats.byMonth)));
    }
  }
  const text =
    `话务统计 Call statistics ${period.label}: 来电 ${t.calls} calls, ` +
    `接听 ${t.answered} answered (${percent(t.answerRate)}), ` +
    `转接 ${t.transferred} transferred (${percent(t.transferRate)}), ` +
    `留言 ${t.messages} messages (${percent(t.messageRate)}), ` +
    `未接 ${t.missed} missed, 放弃 ${t.abandoned} abandoned, ` +
    `服务水平 service level ${percent(stats.serviceLevel.rate)}, 呼出 ${stats.outbound.calls} calls out`;
  return { text, blocks };
}

/** The service figures as fields, the same in the statistics and in a shift's handover. */
export function serviceFields(figures: ServiceFigures): Block[] {
  const m = figures.messages;
  return [
    field(
      `服务水平 Service level (≤ ${figures.serviceLevel.thresholdSeconds} s)`,
      percent(figures.serviceLevel.rate),
    ),
    field("放弃率 Abandon rate", percent(figures.abandonRate)),
    field(
      "留言认领用时 Message to claim",
      `${duration(m.medianSecondsToClaim)} 中位 median · ${duration(m.p90SecondsToClaim)} P90`,
    ),
    field(
      "留言完成用时 Message to done",
      `${duration(m.medianSecondsToDone)} 中位 median · ${duration(m.p90SecondsToDone)} P90`,
    ),
    field("呼出 Calls out", outboundText(figures.outbound)),
  ];
}

/** The survey's figures as fields, the same in the statistics and in a shift's handover. */
export function surveyFields(figures: SurveyFigures): Block[] {
  return [
    field("满意度 Satisfaction", satisfactionLine(figures.satisfaction)),
    field("评分分布 Scores 1–5", distributionLine(figures.satisfaction)),
    field("待回访低分 Low scores open", String(figures.lowScoresOpen)),
  ];
}

/** "4.25 / 5 · 16 份 responses (80.0%)", or a dash when nobody answered. */
export function satisfactionLine(s: Satisfaction): string {
  if (s.average === null) return `— · ${s.responses} 份 responses`;
  return `${s.average.toFixed(2)} / 5 · ${s.responses} 份 responses (${percent(s.responseRate)})`;
}

/** The mean score to 0.01, or a dash when nobody answered. */
export function score(s: Satisfaction): string {
  return s.average === null ? "—" : s.average.toFixed(2);
}

function distributionLine(s: Satisfaction): string {
  return (["1", "2", "3", "4", "5"] as const).map((k) => `${k}★ ${s.distribution[k]}`).join("  ");
}

/** What to say when `/switchboard stats` is given something that is not a period. */
export function statsUsage(): string {
  return [
    "用法 Usage: `/switchboard stats [period]`",
    `period: ${PERIOD_FORMS.map((form) => `\`${form}\``).join(" ")}`,
    "也可以用 今天 昨天 本周 本月 本季度 今年。默认今天，按本机构所在时区计算。",
    "Nothing means today. Days, months, quarters and years follow the organisation's time zone.",
  ].join("\n");
}

export function percent(rate: number | null): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(1)}%`;
}

export function seconds(value: number | null): string {
  return value === null ? "—" : `${value.toFixed(1)} s`;
}

/** A wait as people say it: seconds, minutes or hours. */
function duration(value: number | null): string {
  if (value === null) return "—";
  if (value < 120) return `${value} s`;
  if (value < 7200) return `${Math.round(value / 60)} min`;
  return `${(value / 3600).toFixed(1)} h`;
}

function outboundText(out: OutboundFigures): string {
  const cost = out.cost > 0 ? ` · ${out.cost.toFixed(2)}` : "";
  return `${out.calls} (接通 answered ${out.answered}) · ${Math.round(out.seconds / 60)} min${cost}`;
}

/** Code-block sections under a title, split so none is longer than Slack allows. */
function codeSections(title: string, lines: string[]): Block[] {
  const sections: Block[] = [];
  let chunk: string[] = [];
  let length = title.length;
  const flush = () => {
    const heading = sections.length === 0 ? `${title}\n` : "";
    sections.push({
      type: "section",
      text: { type: "mrkdwn", text: `${heading}\`\`\`\n${chunk.join("\n")}\n\`\`\`` },
    });
    chunk = [];
    length = 0;
  };
  for (const line of lines) {
    if (chunk.length > 0 && length + line.length + 1 > SECTION_LIMIT) flush();
    chunk.push(line);
    length += line.length + 1;
  }
  if (chunk.length > 0) flush();
  return sections;
}

/** Columns a monospace font gives a string: two for each CJK or full-width character. */
function columns(text: string): number {
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    n += wide ? 2 : 1;
  }
  return n;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - columns(text)));
}

function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - columns(text))) + text;
}

/**
 * A text table: a name column, then right-aligned columns each `width` wide, headed in Chinese
 * and English on two lines.
 */
function textTable(
  nameHead: [string, string],
  columnsOf: [zh: string, en: string, width: number][],
  rows: [name: string, cells: string[]][],
): string[] {
  const nameWidth = Math.max(columns(nameHead.join(" ")), ...rows.map(([name]) => columns(name)));
  // Escaped after padding: Slack shows &amp; as one character.
  const row = (name: string, cells: string[]) =>
    mrkdwn(
      padEnd(name, nameWidth) +
        cells.map((cell, i) => padStart(cell, columnsOf[i]?.[2] ?? 6)).join(""),
    );
  return [
    row(
      nameHead[0],
      columnsOf.map(([zh]) => zh),
    ),
    row(
      nameHead[1],
      columnsOf.map(([, en]) => en),
    ),
    ...rows.map(([name, cells]) => row(name, cells)),
  ];
}

function departmentTable(departments: DepartmentStats[]): string[] {
  return textTable(
    ["部门", "Department"],
    [
      ["来电", "calls", 6],
      ["接听", "answ.", 6],
      ["接听率", "rate", 7],
      ["转接", "xfer", 6],
      ["留言", "msg", 6],
      ["未接", "missed", 7],
      ["放弃", "aband.", 7],
      ["服务水平", "SL", 9],
      ["呼出", "out", 6],
      ["满意度", "score", 7],
    ],
    departments.map((d) => [
      `${d.name.zh} ${d.name.en}`,
      [
        String(d.calls),
        String(d.answered),
        percent(d.answerRate),
        String(d.transferred),
        String(d.messagesTaken),
        String(d.missed),
        String(d.abandoned),
        percent(d.serviceLevel.rate),
        String(d.outbound.calls),
        score(d.satisfaction),
      ],
    ]),
  );
}

/** Staff who had calls in or out, or scores: a table, or nothing when nobody had. */
function staffSections(staff: StaffStats[]): Block[] {
  const busy = staff.filter(
    (s) => s.calls > 0 || s.outbound.calls > 0 || s.satisfaction.responses > 0,
  );
  if (busy.length === 0) return [];
  return codeSections(
    "*各员工 By staff member*",
    textTable(
      ["员工", "Staff member"],
      [
        ["来电", "calls", 6],
        ["接听", "answ.", 6],
        ["留言", "msg", 6],
        ["服务水平", "SL", 9],
        ["呼出", "out", 6],
        ["满意度", "score", 7],
        ["评分数", "resp.", 7],
      ],
      busy.map((s) => [
        `${s.name.zh} ${s.name.en}`,
        [
          String(s.calls),
          String(s.answered),
          String(s.messagesTaken),
          percent(s.serviceLevel.rate),
          String(s.outbound.calls),
          score(s.satisfaction),
          String(s.satisfaction.responses),
        ],
      ]),
    ),
  );
}

function bar(value: number, max: number): string {
  if (max === 0 || value === 0) return "";
  const eighths = Math.max(1, Math.round((value / max) * BAR_WIDTH * 8));
  return "█".repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? "");
}

/** Calls in each hour; with the calls out beside them, and the bar for both, when there are any. */
function hourlyChart(hourly: number[], outbound: number[] | null): string[] {
  const all = hourly.map((calls, hour) => calls + (outbound?.[hour] ?? 0));
  const max = Math.max(0, ...all);
  const countWidth = String(Math.max(0, ...hourly)).length;
  const outWidth = String(Math.max(0, ...(outbound ?? []))).length;
  return hourly.map((calls, hour) => {
    const out = outbound ? ` ${padStart(String(outbound[hour] ?? 0), outWidth)}` : "";
    return `${String(hour).padStart(2, "0")}:00 ${padStart(String(calls), countWidth)}${out} ${bar(all[hour] ?? 0, max)}`.trimEnd();
  });
}

function pointChart(points: StatsPoint[]): string[] {
  const max = Math.max(0, ...points.map((p) => p.calls));
  const countWidth = String(max).length;
  return points.map((p) => {
    const answered = p.calls === 0 ? "" : ` ${percent(p.answered / p.calls)} 接听 answered`;
    const out = p.outboundCalls === 0 ? "" : ` · 呼出 out ${p.outboundCalls}`;
    const line = `${p.key} ${padStart(String(p.calls), countWidth)} ${padEnd(bar(p.calls, max), BAR_WIDTH + 1)}${answered}${out}`;
    return line.trimEnd();
  });
}
