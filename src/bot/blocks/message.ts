import type { Directory } from "../../rules/directory.ts";
import { isWithheld } from "../../rules/phone.ts";
import { REASONS } from "./missed-call.ts";
import {
  type Block,
  button,
  field,
  fromLine,
  type Handling,
  handlingLine,
  mrkdwn,
  type SlackPost,
  time,
  who,
} from "./slack-post.ts";

// Block Kit for a message a caller left, with its buttons (claim, call back, done). Pure.
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
  /** The transfers nobody took that the message answers: in its own call, or an earlier one. */
  missed?: { reason: string; at: string; earlier: boolean }[];
}

/** What happened before the message: the transfer declined or unanswered, a call missed before. */
function missedLine(p: MessagePayload, dir: Directory | null): Block[] {
  if (!p.missed?.length) return [];
  const lines = p.missed.map((m) => {
    const why = REASONS[m.reason] ?? m.reason;
    return m.earlier
      ? `📵 此前未接来电 Earlier missed call: ${why} · ${time(m.at, dir)}`
      : `📵 转接 Transfer: ${why} · ${time(m.at, dir)}`;
  });
  return [{ type: "context", elements: [{ type: "mrkdwn", text: lines.join("\n") }] }];
}

const URGENCIES: Record<string, string> = {
  urgent: "🔴 紧急 urgent",
  normal: "普通 normal",
  low: "⚪ 不急 low",
};

/**
 * The message field: what the caller said as their message, and only that. Until it is
 * transcribed (or when it never can be) the recording is what there is to hear.
 */
function messageText(p: MessagePayload): string {
  if (p.transcription) return mrkdwn(p.transcription);
  if (p.recordingUrl) {
    return `_无转写，请听录音 No transcription: listen to the recording_  <${p.recordingUrl}|▶ 录音 Recording>`;
  }
  return "—";
}

export function messageBlocks(p: MessagePayload, dir: Directory | null): SlackPost {
  const caller = [p.callerName, p.organisation].filter(Boolean).join(" · ") || fromLine(p.from);
  const callback = p.callbackNumber ?? (isWithheld(p.from) ? null : p.from);
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
      ...missedLine(p, dir),
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
        text: { type: "mrkdwn", text: `*留言 Message*\n${messageText(p)}` },
      },
      ...(p.transcript
        ? [
            {
              type: "context",
              elements: [
                {
                  type: "mrkdwn",
                  text: `语音导航中所说 Said in the phone menu: ${mrkdwn(p.transcript)}`,
                },
              ],
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
      ...(p.recordingUrl && p.transcription
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
