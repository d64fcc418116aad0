import type { Directory } from "../rules/directory.ts";
import {
  type Block,
  type EmergencyPayload,
  emergencyBlocks,
  field,
  fromLine,
  type MessagePayload,
  messageBlocks,
  mrkdwn,
  type SlackPost,
  time,
  who,
} from "./blocks.ts";

/** Block Kit for the notices that follow up on a call: complaints, reminders, escalations, repeats. */

export interface ComplaintPayload {
  callSid: string;
  from: string;
  /** What the caller said that was understood as a complaint. */
  utterance: string;
  department: string;
  at: string;
}

export interface EmergencyRepeatPayload extends EmergencyPayload {
  /** Which post of the alert this is: 2 is the first repeat. */
  repeat: number;
}

export function complaintBlocks(p: ComplaintPayload, dir: Directory | null): SlackPost {
  const said = p.utterance.trim();
  return {
    text: `投诉 Complaint from ${fromLine(p.from)}${said ? `: ${said.slice(0, 150)}` : ""}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: "📣 投诉 Complaint" } },
      {
        type: "section",
        fields: [
          field("来电号码 From", fromLine(p.from)),
          field("已转接 Sent to", who(dir, p.department, null)),
          field("时间 Time", time(p.at, dir)),
        ],
      },
      {
        type: "section",
        text: { type: "mrkdwn", text: `*来电人说 Caller said*\n${said ? mrkdwn(said) : "—"}` },
      },
    ],
  };
}

function waited(minutes: number): { zh: string; en: string } {
  if (minutes < 60) return { zh: `${minutes} 分钟`, en: `${minutes} min` };
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return {
    zh: `${hours} 小时${rest ? ` ${rest} 分钟` : ""}`,
    en: `${hours} h${rest ? ` ${rest} min` : ""}`,
  };
}

/** The message's own post under a new header: its summary and the same buttons. */
function messageNotice(
  p: MessagePayload,
  dir: Directory | null,
  heading: string,
  note: string,
  text: string,
): SlackPost {
  const body = messageBlocks(p, dir).blocks.filter((b) => b.type !== "header");
  const context: Block = { type: "context", elements: [{ type: "mrkdwn", text: note }] };
  return {
    text,
    blocks: [{ type: "header", text: { type: "plain_text", text: heading } }, context, ...body],
  };
}

function caller(p: MessagePayload): string {
  return [p.callerName, p.organisation].filter(Boolean).join(" · ") || fromLine(p.from);
}

export function reminderBlocks(
  p: MessagePayload,
  waitedMinutes: number,
  dir: Directory | null,
): SlackPost {
  const w = waited(waitedMinutes);
  return messageNotice(
    p,
    dir,
    "⏰ 留言待认领 Message waiting",
    `这条留言已等待 ${w.zh}，还没有人认领。 This message has waited ${w.en} and nobody has taken it yet.`,
    `提醒 Reminder: message for ${who(dir, p.department, p.target)} from ${caller(p)} not taken after ${w.en}`,
  );
}

export function escalationBlocks(
  p: MessagePayload,
  waitedMinutes: number,
  dir: Directory | null,
): SlackPost {
  const w = waited(waitedMinutes);
  return messageNotice(
    p,
    dir,
    "🔺 留言未处理 Message not done",
    `这条留言 ${w.zh} 后仍未处理完，已升级至值班经理。 Not done after ${w.en}; escalated to the duty manager.`,
    `升级 Escalation: message for ${who(dir, p.department, p.target)} from ${caller(p)} not done after ${w.en}`,
  );
}

export function emergencyRepeatBlocks(p: EmergencyRepeatPayload, dir: Directory | null): SlackPost {
  const first = emergencyBlocks(p, dir);
  return {
    text: first.text.replace(
      "<!channel>",
      `<!channel> 🔁 仍未确认 still not acknowledged (alert ${p.repeat}):`,
    ),
    blocks: [
      {
        type: "header",
        text: {
          type: "plain_text",
          text: `🚨 紧急情况仍未确认 EMERGENCY not acknowledged (${p.repeat})`,
        },
      },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `第 ${p.repeat} 次通知，首次于 ${time(p.at, dir)}；有人确认前会继续提醒。 Alert ${p.repeat}; repeated until someone acknowledges.`,
          },
        ],
      },
      ...first.blocks.filter((b) => b.type !== "header"),
    ],
  };
}
