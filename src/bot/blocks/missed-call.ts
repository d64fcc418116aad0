import type { Directory } from "../../rules/directory.ts";
import { isWithheld } from "../../rules/phone.ts";
import {
  button,
  field,
  fromLine,
  type Handling,
  handlingLine,
  type SlackPost,
  time,
  who,
} from "./slack-post.ts";

// Block Kit for a missed call, with its buttons (call back, done). Pure.
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
  /** When the caller left the message that answered it (later in the call, or calling again). */
  messageAt?: string | null;
}

/** Why a transfer or call reached nobody, in staff's words. */
export const REASONS: Record<string, string> = {
  declined: "拒接 declined",
  "no-answer": "无人接听 no answer",
  busy: "忙线 busy",
  failed: "未接通 failed",
  "caller-hung-up": "来电人挂断 caller hung up",
  "hung-up-in-ivr": "来电人在语音导航中挂断 hung up in the phone menu",
  "after-hours": "非营业时间，未留言 after hours, no message",
};

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
      ...(p.messageAt
        ? [
            {
              type: "context",
              elements: [
                {
                  type: "mrkdwn",
                  text: `📝 来电人随后留言，请见留言 The caller left a message after this: see it for what to do · ${time(p.messageAt, dir)}`,
                },
              ],
            },
          ]
        : []),
      ...handlingLine(p, dir),
      ...(p.doneAt || p.messageAt
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
