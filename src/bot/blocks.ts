import type { Directory } from "../rules/directory.ts";
import { isWithheld } from "../rules/phone.ts";
import type { EmergencyCategory } from "../rules/understand/emergency.ts";

/** Block Kit for what staff receive. Pure: payload and directory in, blocks out. */

export type Block = Record<string, unknown>;

export interface SlackPost {
  text: string;
  blocks: Block[];
}

/** What staff have done with a message or missed call, shown on its post. */
export interface Handling {
  claimedBy?: string | null;
  claimedAt?: string | null;
  calledBackBy?: string | null;
  calledBackAt?: string | null;
  doneBy?: string | null;
  doneAt?: string | null;
}

export interface MessagePayload extends Handling {
  messageId: string;
  callSid: string;
  department: string | null;
  target: string | null;
  callerName: string | null;
  organisation: string | null;
  callbackNumber: string | null;
  language: string;
  transcript: string | null;
  transcription: string | null;
  /** One line and how urgent; absent on messages queued before summaries existed. */
  summary?: string | null;
  urgency?: string | null;
  /** A model's line, shown after the caller's words and marked as machine-written. */
  machineSummary?: string | null;
  recordingUrl: string | null;
  from: string;
  at: string;
}

export interface MissedCallPayload extends Handling {
  /** The operator on duty when the call was missed, from the roster: mentioned on the post. */
  onDuty?: string | null;
  key: string;
  callSid: string;
  from: string;
  department: string | null;
  target: string | null;
  reason: string;
  at: string;
}

export interface EmergencyPayload {
  callSid: string;
  acknowledgedBy?: string | null;
  acknowledgedAt?: string | null;
  from: string;
  utterance: string;
  category: string;
  department: string;
  at: string;
}

const REASONS: Record<string, string> = {
  declined: "拒接 declined",
  "no-answer": "无人接听 no answer",
  busy: "忙线 busy",
  failed: "未接通 failed",
  "caller-hung-up": "来电人挂断 caller hung up",
  "hung-up-in-ivr": "来电人在语音导航中挂断 hung up in the phone menu",
  "after-hours": "非营业时间，未留言 after hours, no message",
};

/** Every emergency the rules recognise, named for the Slack alert. */
const CATEGORIES: Record<EmergencyCategory, string> = {
  fire: "火警 fire",
  smoke: "烟雾 smoke",
  gas: "燃气泄漏 gas",
  medical: "急救 medical",
  violence: "治安 violence",
  trapped: "被困 trapped",
  injury: "受伤 injury",
  electric: "触电 electric",
  flood: "水浸 flood",
  missing_child: "儿童走失 missing child",
  self_harm: "自伤 self-harm",
};

const URGENCIES: Record<string, string> = {
  urgent: "🔴 紧急 urgent",
  normal: "普通 normal",
  low: "⚪ 不急 low",
};

export function who(
  dir: Directory | null,
  department: string | null,
  target: string | null,
): string {
  const dept = dir?.departments.find((d) => d.key === department);
  const staff = dir?.staff.find((s) => s.key === target);
  const guest = dir?.guests.find((g) => g.key === target);
  const deptName = dept ? `${dept.name.zh} ${dept.name.en}` : (department ?? "—");
  if (staff) return `${staff.name.zh ? `${staff.name.zh} ` : ""}${staff.name.en} · ${deptName}`;
  // A guest's name is shown to staff; their room never is.
  if (guest) return `住客 guest ${guest.name} · ${deptName}`;
  return deptName;
}

export function time(at: string, dir: Directory | null): string {
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone: dir?.organisation.timezone ?? "UTC",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(at));
}

export function field(label: string, value: string | null | undefined): Block {
  return { type: "mrkdwn", text: `*${label}*\n${value?.trim() ? mrkdwn(value) : "—"}` };
}

/** Slack's mrkdwn treats &, < and > as control characters. */
export function mrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function handlingLine(h: Handling, dir: Directory | null): Block[] {
  const done: string[] = [];
  if (h.claimedBy && h.claimedAt)
    done.push(`✋ <@${h.claimedBy}> 已认领 claimed ${time(h.claimedAt, dir)}`);
  if (h.calledBackBy && h.calledBackAt) {
    done.push(`📞 <@${h.calledBackBy}> 已回电 called back ${time(h.calledBackAt, dir)}`);
  }
  if (h.doneBy && h.doneAt) done.push(`✅ <@${h.doneBy}> 已完成 done ${time(h.doneAt, dir)}`);
  return done.length > 0
    ? [{ type: "context", elements: [{ type: "mrkdwn", text: done.join("  ·  ") }] }]
    : [];
}

function button(
  text: string,
  actionId: string,
  value: string,
  style?: "primary" | "danger",
): Block {
  return {
    type: "button",
    text: { type: "plain_text", text },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

/** A caller ID as staff should read it: the number, or that it was withheld. */
export function fromLine(from: string): string {
  return isWithheld(from) ? WITHHELD : from;
}

const WITHHELD = "未显示号码 Withheld";

export function messageBlocks(p: MessagePayload, dir: Directory | null): SlackPost {
  const caller = [p.callerName, p.organisation].filter(Boolean).join(" · ") || fromLine(p.from);
  const callback = p.callbackNumber ?? (isWithheld(p.from) ? null : p.from);
  const content = p.transcription ?? p.transcript;
  const urgency = p.urgency ? URGENCIES[p.urgency] : undefined;
  return {
    text: `${p.urgency === "urgent" ? "🔴 " : ""}新留言 New message for ${who(dir, p.department, p.target)} from ${caller}${p.summary ? `: ${p.summary}` : ""}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: "📝 新留言 New message" } },
      {
        type: "section",
        fields: [
          field("来电人 Caller", p.callerName),
          field("单位 Organisation", p.organisation),
          field("回电号码 Callback", callback ?? "未留号码 None given"),
          field("找 For", who(dir, p.department, p.target)),
          field("时间 Time", time(p.at, dir)),
          field("语言 Language", p.language === "en" ? "English" : "中文"),
        ],
      },
      ...(p.summary || urgency
        ? [
            {
              type: "section",
              text: {
                type: "mrkdwn",
                text: `*摘要 Summary*${urgency ? `  ${urgency}` : ""}\n${p.summary ? mrkdwn(p.summary) : "—"}`,
              },
            },
          ]
        : []),
      {
        type: "section",
        text: { type: "mrkdwn", text: `*留言 Message*\n${content ? mrkdwn(content) : "—"}` },
      },
      ...(p.transcript && p.transcription
        ? [
            {
              type: "context",
              elements: [{ type: "mrkdwn", text: `通话记录 Transcript: ${mrkdwn(p.transcript)}` }],
            },
          ]
        : []),
      ...(p.machineSummary
        ? [
            {
              type: "context",
              elements: [
                {
                  type: "plain_text",
                  text: `🤖 机器摘要，仅供参考 Machine-written summary, unchecked: ${p.machineSummary}`,
                },
              ],
            },
          ]
        : []),
      ...(p.recordingUrl
        ? [
            {
              type: "context",
              elements: [{ type: "mrkdwn", text: `<${p.recordingUrl}|▶ 录音 Recording>` }],
            },
          ]
        : []),
      ...handlingLine(p, dir),
      ...(p.doneAt
        ? []
        : [
            {
              type: "actions",
              block_id: `message:${p.messageId}`,
              elements: [
                ...(p.claimedBy
                  ? []
                  : [button("我来处理 I'll handle it", "message_claim", p.messageId, "primary")]),
                ...(callback ? [button("回电 Call back", "message_call_back", p.messageId)] : []),
                button("完成 Done", "message_done", p.messageId),
              ],
            },
          ]),
    ],
  };
}

export function missedCallBlocks(p: MissedCallPayload, dir: Directory | null): SlackPost {
  return {
    text: `未接来电 Missed call from ${fromLine(p.from)} for ${who(dir, p.department, p.target)}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: "📵 未接来电 Missed call" } },
      {
        type: "section",
        fields: [
          field("来电号码 From", fromLine(p.from)),
          field("找 For", who(dir, p.department, p.target)),
          field("原因 Reason", REASONS[p.reason] ?? p.reason),
          field("时间 Time", time(p.at, dir)),
        ],
      },
      ...(p.onDuty
        ? [
            {
              type: "context",
              elements: [{ type: "mrkdwn", text: `值班总机 On duty: <@${p.onDuty}>` }],
            },
          ]
        : []),
      ...handlingLine(p, dir),
      ...(p.doneAt
        ? []
        : [
            {
              type: "actions",
              block_id: `missed:${p.key}`,
              elements: [
                // A withheld number cannot be called back: only "done" is left to do.
                ...(isWithheld(p.from)
                  ? []
                  : [button("回电 Call back", "missed_call_back", p.key, "primary")]),
                button("完成 Done", "missed_done", p.key),
              ],
            },
          ]),
    ],
  };
}

export function emergencyBlocks(p: EmergencyPayload, dir: Directory | null): SlackPost {
  return {
    text: `<!channel> 紧急情况 EMERGENCY (${CATEGORIES[p.category as EmergencyCategory] ?? p.category}) from ${fromLine(p.from)}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: "🚨 紧急情况 EMERGENCY" } },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `<!channel> *${CATEGORIES[p.category as EmergencyCategory] ?? p.category}* — 来电 ${mrkdwn(fromLine(p.from))}`,
        },
        fields: [
          field("来电人说 Caller said", p.utterance),
          field("已转接 Sent to", who(dir, p.department, null)),
          field("时间 Time", time(p.at, dir)),
        ],
      },
      p.acknowledgedBy && p.acknowledgedAt
        ? {
            type: "context",
            elements: [
              {
                type: "mrkdwn",
                text: `✅ <@${p.acknowledgedBy}> 已确认 acknowledged ${time(p.acknowledgedAt, dir)}`,
              },
            ],
          }
        : {
            type: "actions",
            block_id: `emergency:${p.callSid}`,
            elements: [button("确认收到 Acknowledge", "emergency_ack", p.callSid, "danger")],
          },
    ],
  };
}

// Slack refuses a whole post (invalid_blocks) when one text in it is over its limit, and a
// refused post would be tried again forever: a caller's long message or a long handover note
// must be shortened, not stop the post. https://api.slack.com/reference/block-kit/blocks
/** Slack takes at most this many blocks in one message. */
export const MAX_BLOCKS = 50;
const MAX_HEADER = 150;
const MAX_SECTION_TEXT = 3000;
const MAX_FIELDS = 10;
const MAX_FIELD_TEXT = 2000;
const MAX_CONTEXT_ELEMENTS = 10;
const MAX_CONTEXT_TEXT = 3000;

/** `text` cut to at most `max` characters with "…", never inside an escape, a link or a pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const amp = text.lastIndexOf("&", cut - 1);
  if (amp !== -1 && cut - amp < 6 && !text.slice(amp, cut).includes(";")) cut = amp;
  const open = text.lastIndexOf("<", cut - 1);
  if (open !== -1 && !text.slice(open, cut).includes(">")) cut = open;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

function clipped(object: unknown, max: number): unknown {
  const text = (object as { text?: unknown }).text;
  return typeof text === "string" && text.length > max
    ? { ...(object as object), text: clip(text, max) }
    : object;
}

/** A post Slack will take: every text within its limit, at most 50 blocks. */
export function withinSlackLimits(post: SlackPost): SlackPost {
  return {
    text: post.text,
    blocks: post.blocks.slice(0, MAX_BLOCKS).map((block) => {
      switch (block.type) {
        case "header":
          return { ...block, text: clipped(block.text, MAX_HEADER) };
        case "section":
          return {
            ...block,
            ...(block.text ? { text: clipped(block.text, MAX_SECTION_TEXT) } : {}),
            ...(Array.isArray(block.fields)
              ? {
                  fields: block.fields
                    .slice(0, MAX_FIELDS)
                    .map((f: unknown) => clipped(f, MAX_FIELD_TEXT)),
                }
              : {}),
          };
        case "context":
          return Array.isArray(block.elements)
            ? {
                ...block,
                elements: block.elements
                  .slice(0, MAX_CONTEXT_ELEMENTS)
                  .map((e: unknown) => clipped(e, MAX_CONTEXT_TEXT)),
              }
            : block;
        default:
          return block;
      }
    }),
  };
}

/** A post as the Web API and response URLs take it: its text and blocks, within Slack's limits. */
export function slackMessage(post: SlackPost): { text: string; blocks: never } {
  const limited = withinSlackLimits(post);
  return { text: limited.text, blocks: limited.blocks as never };
}
