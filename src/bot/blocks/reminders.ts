import type { Directory } from "../../rules/directory.ts";
import { type MessagePayload, messageBlocks } from "./message.ts";
import { type Block, fromLine, type SlackPost, who } from "./slack-post.ts";

/** Block Kit for a message reminded in its channel or escalated to the duty manager. Pure. */

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
