import type { Directory, LocalizedText } from "../../rules/directory.ts";
import type { Stats } from "../../stats/compute.ts";
import type { Satisfaction } from "../../stats/satisfaction.ts";
import type { Survey } from "../../store/records.ts";
import { localTime } from "./handover.ts";
import { type Block, field, mrkdwn, type SlackPost } from "./slack-post.ts";
import { percent, satisfactionLine, seconds } from "./stats.ts";

// Block Kit for the weekly digest: a department's week (or the whole organisation's) against the
// week before, and the low scores still waiting for their follow-up. Pure.

/** The figures a digest compares, for one department or the whole organisation. */
export interface DigestFigures {
  calls: number;
  answerRate: number | null;
  messages: number;
  averageSecondsToAnswer: number | null;
  serviceLevel: number | null;
  abandonRate: number | null;
  outboundCalls: number;
  satisfaction: Satisfaction;
}

/** A department's figures from `stats` (the organisation's for null); null if it has no row. */
export function digestFigures(stats: Stats, department: string | null): DigestFigures | null {
  if (department === null) {
    return {
      calls: stats.totals.calls,
      answerRate: stats.totals.answerRate,
      messages: stats.totals.messages,
      averageSecondsToAnswer: stats.averageSecondsToAnswer,
      serviceLevel: stats.serviceLevel.rate,
      abandonRate: stats.abandonRate,
      outboundCalls: stats.outbound.calls,
      satisfaction: stats.satisfaction,
    };
  }
  const d = stats.departments.find((row) => row.key === department);
  if (!d) return null;
  return {
    calls: d.calls,
    answerRate: d.answerRate,
    messages: d.messagesTaken,
    averageSecondsToAnswer: d.averageSecondsToAnswer,
    serviceLevel: d.serviceLevel.rate,
    abandonRate: d.abandonRate,
    outboundCalls: d.outbound.calls,
    satisfaction: d.satisfaction,
  };
}

export interface Digest {
  week: { label: string; first: string; last: string };
  before: { label: string };
  /** The department's name, or null for the whole organisation. */
  name: LocalizedText | null;
  thisWeek: DigestFigures;
  lastWeek: DigestFigures;
  open: { total: number; oldest: Survey[] };
  /** The service level's threshold, in seconds. */
  thresholdSeconds: number;
}

/** Low scores listed by name; the rest are counted. */
export const DIGEST_OPEN_SHOWN = 10;

/** "▲ 12", "▼ 3", "= 0": the change since the week before, or nothing without both figures. */
function change(now: number | null, before: number | null, format: (n: number) => string) {
  if (now === null || before === null) return "";
  const d = now - before;
  if (Math.abs(d) < 1e-9) return " (= 上周 last week)";
  return ` (${d > 0 ? "▲" : "▼"} ${format(Math.abs(d))} 较上周 vs last week)`;
}

const count = (n: number) => String(n);
const points = (n: number) => `${(n * 100).toFixed(1)} pts`;
const tenths = (n: number) => `${n.toFixed(1)} s`;
const hundredths = (n: number) => n.toFixed(2);

export function digestBlocks(digest: Digest, dir: Directory | null): SlackPost {
  const { thisWeek: t, lastWeek: b } = digest;
  const who = digest.name ? `${digest.name.zh} ${digest.name.en}` : "全机构 Whole organisation";
  const blocks: Block[] = [
    {
      type: "header",
      text: { type: "plain_text", text: `📅 每周摘要 Weekly digest · ${digest.week.label}` },
    },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `${mrkdwn(who)} · ${digest.week.first} – ${digest.week.last} · 对比 against ${digest.before.label}`,
        },
      ],
    },
    {
      type: "section",
      fields: [
        field("来电 Calls", `${t.calls}${change(t.calls, b.calls, count)}`),
        field(
          "接听率 Answer rate",
          `${percent(t.answerRate)}${change(t.answerRate, b.answerRate, points)}`,
        ),
        field(
          `服务水平 Service level (≤ ${digest.thresholdSeconds} s)`,
          `${percent(t.serviceLevel)}${change(t.serviceLevel, b.serviceLevel, points)}`,
        ),
        field(
          "放弃率 Abandon rate",
          `${percent(t.abandonRate)}${change(t.abandonRate, b.abandonRate, points)}`,
        ),
        field(
          "平均接听用时 Average time to answer",
          `${seconds(t.averageSecondsToAnswer)}${change(t.averageSecondsToAnswer, b.averageSecondsToAnswer, tenths)}`,
        ),
        field("留言 Messages", `${t.messages}${change(t.messages, b.messages, count)}`),
        field(
          "呼出 Calls out",
          `${t.outboundCalls}${change(t.outboundCalls, b.outboundCalls, count)}`,
        ),
        field(
          "满意度 Satisfaction",
          `${satisfactionLine(t.satisfaction)}${change(t.satisfaction.average, b.satisfaction.average, hundredths)}`,
        ),
      ],
    },
  ];
  const timezone = dir?.organisation.timezone ?? "UTC";
  const { total, oldest } = digest.open;
  if (total === 0) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: "*待回访低分 Low scores open*\n没有 None." },
    });
  } else {
    const lines = oldest.slice(0, DIGEST_OPEN_SHOWN).map((s) => openLine(s, dir, timezone));
    const more = total - Math.min(oldest.length, DIGEST_OPEN_SHOWN);
    if (more > 0) lines.push(`…另有 ${more} 条 and ${more} more`);
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `*待回访低分 Low scores open (${total})*\n${lines.join("\n")}`,
      },
    });
  }
  const text =
    `每周摘要 Weekly digest ${digest.week.label} · ${who}: 来电 ${t.calls} calls, ` +
    `服务水平 service level ${percent(t.serviceLevel)}, 满意度 satisfaction ` +
    `${t.satisfaction.average === null ? "—" : t.satisfaction.average.toFixed(2)}, ` +
    `待回访低分 ${total} low scores open`;
  return { text, blocks };
}

/** "• 2★ · 2026-11-27 14:05 · 前台 Front Desk · 李娜 Li Na": where to find its task. */
function openLine(s: Survey, dir: Directory | null, timezone: string): string {
  const dept = dir?.departments.find((d) => d.key === s.department);
  const staff = dir?.staff.find((p) => p.key === s.staff);
  const parts = [
    `${s.score ?? "—"}★`,
    localTime(s.askedAt, timezone),
    dept ? `${dept.name.zh} ${dept.name.en}` : (s.department ?? null),
    staff ? `${staff.name.zh ?? ""} ${staff.name.en}`.trim() : null,
  ].filter((p): p is string => p !== null);
  return `• ${mrkdwn(parts.join(" · "))}`;
}
