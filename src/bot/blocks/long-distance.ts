import { z } from "zod";
import type { Directory } from "../../rules/directory.ts";
import { type ExchangeRates, refundOf } from "../../rules/money.ts";
import { formatNumber, TOLL_CLASS_NAMES, type TollClass } from "../../rules/toll.ts";
import type { LongDistanceFigures } from "../../store/long-distance-reports.ts";

import type { LongDistanceRequest } from "../../store/records.ts";
import { type Block, field, mrkdwn, type SlackPost, time } from "../blocks/slack-post.ts";

// Block Kit for long-distance calls: the approvers' post, the requester's news, the ledger and
// the deny form. Pure: a request and the directory in, blocks out.

export const APPROVE_ACTION = "long_distance_approve";
export const DENY_ACTION = "long_distance_deny";
export const SETTLED_ACTION = "long_distance_settled";
export const DENY_MODAL = "long_distance_deny";

/** "美国 United States" for a region code; non-geographic numbers have none. */
export function regionName(region: string | null): string {
  if (!region) return "卫星或国际网络 satellite or international network";
  const name = (locale: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: "region" }).of(region) ?? region;
    } catch {
      return region;
    }
  };
  return `${name("zh-CN")} ${name("en")}`;
}

export function className(c: string): string {
  const name = TOLL_CLASS_NAMES[c as TollClass];
  return name ? `${name.zh} ${name.en}` : c;
}

/** The requester's name and, when they have one, their Slack mention (which must stay unescaped). */
function requesterField(r: LongDistanceRequest): Block {
  const mention = r.requesterSlackId ? ` (<@${r.requesterSlackId}>)` : "";
  return { type: "mrkdwn", text: `*申请人 Requester*\n${mrkdwn(r.requesterName)}${mention}` };
}

function departmentText(dir: Directory | null, key: string): string {
  const dept = dir?.departments.find((d) => d.key === key);
  return dept ? `${dept.name.zh} ${dept.name.en}` : key;
}

/** "12 分 5 秒 12 min 5 s" */
export function duration(seconds: number | null): string {
  if (seconds === null) return "—";
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} 分 ${s} 秒 ${m} min ${s} s` : `${s} 秒 ${s} s`;
}

function costText(r: LongDistanceRequest): string {
  if (r.cost !== null && r.costCurrency) {
    const legs =
      r.deskCost !== null && r.destinationCost !== null
        ? `: 分机 desk ${r.deskCostCurrency} ${r.deskCost} + 对方 destination ${r.destinationCostCurrency} ${r.destinationCost}`
        : "";
    const source = r.costSource === "tariff" ? "按资费表 by the tariff" : `Twilio${legs}`;
    return `${r.costCurrency} ${r.cost} (${source})`;
  }
  if (r.costSource === "none") return "无价格，无资费 no price and no tariff rate";
  return r.status === "completed" ? "待定 pending" : "—";
}

function kindText(r: LongDistanceRequest): string {
  if (!r.private) return "公务 business";
  return r.deposit
    ? `私人 private · 押金 deposit ${r.depositCurrency} ${r.deposit}`
    : "私人 private (需押金 deposit at approval)";
}

function line(text: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

/** What became of the request: its decision and its call, one line each. */
function progressLines(r: LongDistanceRequest, dir: Directory | null): Block[] {
  const at = (d: Date | null) => (d ? time(d.toISOString(), dir) : "—");
  const lines: string[] = [];
  if (r.status === "pending") {
    lines.push(`⏳ 待审批，${at(r.expiresAt)} 前有效 awaiting approval until ${at(r.expiresAt)}`);
  } else if (r.status === "expired") {
    lines.push(`⌛ 未及时审批，已过期 expired undecided ${at(r.decidedAt)}`);
  } else if (r.status === "denied") {
    lines.push(
      `❌ <@${r.decidedBy}> 已拒绝 denied ${at(r.decidedAt)}: ${mrkdwn(r.denyReason ?? "—")}`,
    );
  } else {
    lines.push(`✅ <@${r.decidedBy}> 已批准 approved ${at(r.decidedAt)}`);
  }
  switch (r.status) {
    case "approved":
      lines.push("📞 正在呼叫申请人座机 calling the requester's desk");
      break;
    case "calling":
      lines.push("📞 座机已呼出，接起后接通 desk rung; bridged when answered");
      break;
    case "completed":
      lines.push(
        `☎️ 已通话 connected ${at(r.callStartedAt)} – ${at(r.callEndedAt)} · ${duration(r.durationSeconds)} · 费用 cost ${costText(r)}`,
      );
      break;
    case "unanswered":
      lines.push(`📵 未接通 not connected: ${mrkdwn(r.callFailure ?? "—")}`);
      break;
    case "failed":
      lines.push(`⚠️ 呼叫失败 call failed: ${mrkdwn(r.callFailure ?? "—")}`);
      break;
  }
  if (r.settledAt) lines.push(`💰 <@${r.settledBy}> 已结算 settled ${at(r.settledAt)}`);
  return lines.map(line);
}

/** The approvers' post: the request, what became of it, and the buttons while it is pending. */
export function requestPost(r: LongDistanceRequest, dir: Directory | null): SlackPost {
  const number = formatNumber(r.destination);
  return {
    text: `长途电话申请 Long-distance request: ${r.requesterName} → ${number} (${className(r.tollClass)})`,
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: "📞 长途电话申请 Long-distance request" },
      },
      {
        type: "section",
        fields: [
          requesterField(r),
          field("部门 Department", departmentText(dir, r.department)),
          field("号码 Number", `${number}\n${regionName(r.region)}`),
          field("类别 Class", className(r.tollClass)),
          field("性质 Kind", kindText(r)),
          field("申请时间 Requested", time(r.createdAt.toISOString(), dir)),
        ],
      },
      {
        type: "section",
        text: { type: "mrkdwn", text: `*事由 Reason*\n${mrkdwn(r.reason)}` },
      },
      ...(r.source === "ivr" ? [line("经电话语音导航申请 asked for on the phone menu")] : []),
      ...progressLines(r, dir),
      ...(r.status === "pending"
        ? [
            {
              type: "actions",
              block_id: `long_distance:${r.id}`,
              elements: [
                {
                  type: "button",
                  text: { type: "plain_text", text: "批准 Approve" },
                  action_id: APPROVE_ACTION,
                  value: r.id,
                  style: "primary",
                },
                {
                  type: "button",
                  text: { type: "plain_text", text: "拒绝 Deny" },
                  action_id: DENY_ACTION,
                  value: r.id,
                  style: "danger",
                },
              ],
            },
          ]
        : []),
    ],
  };
}

/** What the requester is told: the decision, or what became of the call. */
export function outcomeText(r: LongDistanceRequest, dir: Directory | null): string {
  const number = formatNumber(r.destination);
  const about = `您拨打 ${number} 的长途申请 Your request to call ${number}`;
  switch (r.status) {
    case "denied":
      return `❌ ${about}: <@${r.decidedBy}> 已拒绝 was denied. 原因 Reason: ${r.denyReason ?? "—"}`;
    case "expired":
      return `⌛ ${about}: 未及时审批，已过期，如仍需要请重新申请 was not decided in time and has expired; ask again if you still need it.`;
    case "approved":
    case "calling":
      return `✅ ${about}: <@${r.decidedBy}> 已批准，您的座机即将响铃，接起后为您接通 was approved: your desk will ring, and the call is connected when you answer.`;
    case "completed":
      return `☎️ ${about}: 已通话 was connected, ${duration(r.durationSeconds)}.`;
    case "unanswered":
    case "failed":
      return `📵 ${about}: <@${r.decidedBy}> 已批准，但未能接通 was approved but not connected (${r.callFailure ?? r.status}). 如需再拨请重新申请 Ask again to retry.`;
    default:
      return `${about}: ${r.status} · ${time(r.createdAt.toISOString(), dir)}`;
  }
}

/** The register's figures for `/switchboard stats`. */
export function longDistanceStatsBlocks(f: LongDistanceFigures): Block[] {
  const cost = f.cost.map((c) => `${c.currency} ${c.amount}`).join(" + ") || "0";
  return [
    {
      type: "section",
      text: { type: "mrkdwn", text: "*长途电话 Long-distance calls*" },
      fields: [
        field(
          "申请 Requests",
          `${f.requests}（批准 approved ${f.approved} · 拒绝 denied ${f.denied} · 过期 expired ${f.expired}）`,
        ),
        field("接通 Connected", `${f.connected} · ${Math.ceil(f.seconds / 60)} 分钟 min`),
        field("费用 Cost", f.unpriced > 0 ? `${cost}（${f.unpriced} 通待定 pending）` : cost),
      ],
    },
  ];
}

/** The ledger finance settles from: private calls, with a Settled button on each one still open. */
export function ledgerPost(
  rows: LongDistanceRequest[],
  dir: Directory | null,
  label: string,
  period: string,
  rates: ExchangeRates,
): SlackPost {
  const open = rows.filter((r) => !r.settledAt);
  const blocks: Block[] = [
    {
      type: "header",
      text: { type: "plain_text", text: `💰 私人长途结算 Private calls to settle · ${label}` },
    },
  ];
  if (rows.length === 0) {
    blocks.push(line("没有待结算的私人长途。 No private calls to settle."));
  }
  for (const r of rows.slice(0, 20)) {
    const balance = refundText(r, rates);
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: [
          `*${mrkdwn(r.requesterName)}* → ${formatNumber(r.destination)} (${regionName(r.region)})`,
          `${time((r.callStartedAt ?? r.createdAt).toISOString(), dir)} · ${duration(r.durationSeconds)} · ${r.status}`,
          `费用 Cost ${costText(r)} · 押金 Deposit ${r.deposit ? `${r.depositCurrency} ${r.deposit}` : "—"}${balance}`,
          r.settledAt
            ? `💰 <@${r.settledBy}> 已结算 settled ${time(r.settledAt.toISOString(), dir)}`
            : "",
        ]
          .filter(Boolean)
          .join("\n"),
      },
      ...(r.settledAt
        ? {}
        : {
            accessory: {
              type: "button",
              text: { type: "plain_text", text: "已结算 Settled" },
              action_id: SETTLED_ACTION,
              value: `${r.id}|${period}`,
              style: "primary",
            },
          }),
    });
  }
  if (rows.length > 20)
    blocks.push(line(`另有 ${rows.length - 20} 条 and ${rows.length - 20} more`));
  return {
    text: `私人长途结算 Private calls to settle: ${open.length} open of ${rows.length}`,
    blocks,
  };
}

/** What the deposit leaves to refund, converted when the cost is in another currency. */
function refundText(r: LongDistanceRequest, rates: ExchangeRates): string {
  const money = (amount: string | null, currency: string | null) =>
    amount !== null && currency ? { amount, currency } : null;
  const refund = refundOf(
    money(r.deposit, r.depositCurrency),
    money(r.cost, r.costCurrency),
    rates,
  );
  if (!refund) return "";
  if ("rateMissing" in refund) {
    const { from, to } = refund.rateMissing;
    return ` · 应退 refund: 汇率未配置 rate not configured (${from} → ${to}, LONG_DISTANCE_FX)`;
  }
  const { refund: back, converted } = refund;
  const how = converted
    ? ` (${converted.from.currency} ${converted.from.amount} × ${converted.rate} = ${converted.cost.currency} ${converted.cost.amount})`
    : "";
  return ` · 应退 refund ${back.currency} ${back.amount}${how}`;
}

export function denyModal(r: LongDistanceRequest, meta: DenyMetadata) {
  return {
    type: "modal",
    callback_id: DENY_MODAL,
    private_metadata: JSON.stringify(meta),
    title: { type: "plain_text", text: "拒绝申请 Deny request" },
    submit: { type: "plain_text", text: "拒绝 Deny" },
    close: { type: "plain_text", text: "取消 Cancel" },
    blocks: [
      line(
        `${mrkdwn(r.requesterName)} → ${formatNumber(r.destination)} (${className(r.tollClass)}): ${mrkdwn(r.reason)}`,
      ),
      {
        type: "input",
        block_id: "reason",
        label: { type: "plain_text", text: "原因 Reason (告知申请人 told to the requester)" },
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 500 },
      },
    ],
  };
}

export const denyMetadata = z.object({ id: z.string(), channel: z.string(), ts: z.string() });
export type DenyMetadata = z.infer<typeof denyMetadata>;
