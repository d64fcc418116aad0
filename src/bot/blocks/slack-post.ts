import type { Directory } from "../../rules/directory.ts";
import { isWithheld } from "../../rules/phone.ts";

/**
 * What every post is made of: blocks, the pieces all posts share (who, when, what staff did,
 * buttons), and Slack's limits. Pure.
 */

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

export function handlingLine(h: Handling, dir: Directory | null): Block[] {
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

export function button(
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
