import { localParts } from "../../rules/hours.ts";
import { type Range, type ShiftSlot, shiftName } from "../../rules/shifts.ts";
import type { ServiceRow, ShiftService } from "../../stats/compute.ts";
import type { HandoverSnapshot, ShiftSummary } from "../../store/handovers.ts";
import type { Handover } from "../../store/records.ts";
import type { OnDuty } from "../../store/roster.ts";
import { type Block, field, mrkdwn, type SlackPost } from "../blocks/slack-post.ts";
import { percent, satisfactionLine, score, seconds, serviceFields } from "./stats.ts";

// Block Kit for the shift handover: its form, and its post with the figures, notes and both
// signatures. Pure.

export const HANDOVER_MODAL = "handover_submit";
export const CONFIRM_ACTION = "handover_confirm";

/** "2026-11-25 15:02" in the organisation's time zone. */
export function localTime(at: Date | string | null, timezone: string): string {
  if (at === null) return "—";
  const p = localParts(new Date(at), timezone);
  return `${p.date} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

export function slotTitle(
  date: string,
  shift: string,
  range: { from: Date | string; to: Date | string },
  timezone: string,
): string {
  const hhmm = (at: Date | string) => localTime(at, timezone).slice(11);
  return `${shiftName(shift)} ${date} ${hhmm(range.from)}–${hhmm(range.to)}`;
}

/** The shift's figures as Block Kit fields. Pure. */
export function summaryFields(s: ShiftSummary): Block[] {
  const field = (label: string, text: string) => ({ type: "mrkdwn", text: `*${label}*\n${text}` });
  return [
    field(
      "来电 Calls",
      `${s.calls}（接通 answered ${s.answered}${s.transferred === undefined ? "" : ` · 转接 transferred ${s.transferred}`}）`,
    ),
    field(
      "未接来电 Missed calls",
      `${s.missedCalls}（${s.abandoned === undefined ? "" : `放弃 abandoned ${s.abandoned} · `}待回电 not called back ${s.missedCallsOpen}）`,
    ),
    field("留言 Messages", `本班 taken ${s.messages} · 待处理 open ${s.openMessages}`),
    field(
      "紧急情况 Emergencies",
      `${s.emergencies}（未确认 unacknowledged ${s.emergenciesUnacknowledged}）`,
    ),
    field("待处理长途申请 Pending long-distance requests", String(s.pendingLongDistance)),
    ...(s.lowScoresOpen === undefined
      ? []
      : [field("待回访低分 Low scores open", String(s.lowScoresOpen))]),
  ];
}

/** A section's text holds at most 3,000 characters. */
const SECTION_LIMIT = 2900;

/**
 * The shift's service figures: a field each at the top, then a line per department and per staff
 * member who had calls in or out. Nothing for a handover made before they were kept. Pure.
 */
export function serviceBlocks(service: ShiftService | undefined): Block[] {
  if (!service) return [];
  const blocks: Block[] = [
    {
      type: "section",
      fields: [
        field("平均接听用时 Average time to answer", seconds(service.averageSecondsToAnswer)),
        ...serviceFields(service),
        // A handover made before there was a survey kept no satisfaction.
        ...(service.satisfaction
          ? [field("满意度 Satisfaction", satisfactionLine(service.satisfaction))]
          : []),
      ],
    },
  ];
  const line = (row: ServiceRow) =>
    `${mrkdwn(`${row.name.zh} ${row.name.en}`)}: 来电 ${row.calls} · 服务水平 SL ${percent(row.serviceLevel.rate)} · 放弃率 abandon ${percent(row.abandonRate)} · 呼出 out ${row.outbound.calls}${row.satisfaction ? ` · 满意度 score ${score(row.satisfaction)}` : ""}`;
  for (const [title, rows] of [
    ["各部门 By department", service.departments],
    ["各员工 By staff member", service.staff],
  ] as const) {
    if (rows.length === 0) continue;
    let text = `*${title}*`;
    for (const row of rows) {
      const next = `${text}\n${line(row)}`;
      if (next.length > SECTION_LIMIT) break;
      text = next;
    }
    blocks.push({ type: "section", text: { type: "mrkdwn", text } });
  }
  return blocks;
}

/** The handover form, prefilled with the shift's figures. Pure. */
export function handoverModal(
  slot: ShiftSlot,
  range: Range,
  summary: ShiftSummary & { service?: ShiftService },
  channel: string,
  timezone: string,
): object {
  const text = (blockId: string, label: string, placeholder: string) => ({
    type: "input",
    block_id: blockId,
    optional: true,
    label: { type: "plain_text", text: label },
    element: {
      type: "plain_text_input",
      action_id: "value",
      multiline: true,
      max_length: 2900,
      placeholder: { type: "plain_text", text: placeholder },
    },
  });
  return {
    type: "modal",
    callback_id: HANDOVER_MODAL,
    private_metadata: JSON.stringify({ date: slot.date, shift: slot.shift.key, channel }),
    title: { type: "plain_text", text: "交接班 Handover" },
    submit: { type: "plain_text", text: "交班 Hand over" },
    close: { type: "plain_text", text: "取消 Cancel" },
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*${slotTitle(slot.date, slot.shift.key, range, timezone)}*`,
        },
      },
      { type: "section", fields: summaryFields(summary) },
      ...serviceBlocks(summary.service),
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: "提交时会重新统计。 The figures are counted again when you hand over.",
          },
        ],
      },
      text("notes", "交接事项 Notes", "本班情况、需要注意的事… What the next shift should know"),
      text(
        "pending",
        "待办事项 Pending items",
        "未完成的事，每行一项 One per line: callbacks, requests…",
      ),
    ],
  };
}

export function snapshotOf(h: Handover): HandoverSnapshot {
  return JSON.parse(h.summary) as HandoverSnapshot;
}

/** The handover form as posted: figures, notes, both signatures, and the button until confirmed. Pure. */
export function handoverPost(
  h: Handover,
  timezone: string,
  next: readonly OnDuty[] = [],
): SlackPost {
  const snapshot = snapshotOf(h);
  const title = slotTitle(h.date, h.shift, snapshot, timezone);
  const paragraph = (label: string, value: string) => ({
    type: "section",
    text: { type: "mrkdwn", text: `*${label}*\n${value.trim() ? mrkdwn(value) : "—"}` },
  });
  const signature = (
    mark: string,
    label: string,
    user: string,
    name: string | null,
    at: Date | null,
  ) => ({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: `${mark} ${label}: <@${user}>${name ? ` (${mrkdwn(name)})` : ""} · ${localTime(at, timezone)}`,
      },
    ],
  });
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: "📋 交接班 Shift handover" } },
    { type: "section", text: { type: "mrkdwn", text: `*${title}*` } },
    { type: "section", fields: summaryFields(snapshot) },
    ...serviceBlocks(snapshot.service as ShiftService | undefined),
    paragraph("交接事项 Notes", h.notes),
    paragraph("待办事项 Pending items", h.pendingItems),
    signature("✍️", "交班 Handed over by", h.outgoingBy, h.outgoingName, h.submittedAt),
  ];
  if (h.incomingBy) {
    blocks.push(signature("✅", "接班 Confirmed by", h.incomingBy, h.incomingName, h.confirmedAt));
    return {
      text: `交接班 Shift handover ${title}: <@${h.outgoingBy}> → <@${h.incomingBy}>, confirmed ${localTime(h.confirmedAt, timezone)}`,
      blocks,
    };
  }
  const incoming = next.map((p) => `<@${p.slackUserId}>`).join(" ");
  if (incoming) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `下一班 Next shift: ${incoming}` }],
    });
  }
  blocks.push({
    type: "actions",
    block_id: `handover:${h.id}`,
    elements: [
      {
        type: "button",
        text: { type: "plain_text", text: "接班确认 Confirm handover" },
        action_id: CONFIRM_ACTION,
        value: h.id,
        style: "primary",
      },
    ],
  });
  return {
    text: `交接班 Shift handover ${title} from <@${h.outgoingBy}>: awaiting confirmation${incoming ? ` by ${incoming}` : ""}`,
    blocks,
  };
}
