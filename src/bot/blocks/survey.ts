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

// Block Kit for a low survey score's follow-up task, with its buttons (call back, done). Pure.
export interface SurveyFollowUpPayload extends Handling {
  callSid: string;
  from: string;
  department: string | null;
  staff: string | null;
  after: string;
  score: number;
  comment: string | null;
  at: string;
}

const AFTER: Record<string, string> = {
  transfer: "转接通话 a transfer",
  message: "留言 a message",
  faq: "问询答复 an answer",
};

export function stars(score: number): string {
  return `${"★".repeat(score)}${"☆".repeat(Math.max(0, 5 - score))} ${score}/5`;
}

export function surveyFollowUpBlocks(p: SurveyFollowUpPayload, dir: Directory | null): SlackPost {
  const open = !p.doneAt;
  return {
    text: `低分回访 Low score ${p.score}/5 from ${fromLine(p.from)} for ${who(dir, p.department, p.staff)}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: "📋 低分回访 Low score follow-up" } },
      {
        type: "section",
        fields: [
          field("评分 Score", stars(p.score)),
          field("来电号码 From", fromLine(p.from)),
          field("服务 Served by", who(dir, p.department, p.staff)),
          field("评价对象 About", AFTER[p.after] ?? p.after),
          field("时间 Time", time(p.at, dir)),
          ...(p.comment ? [field("来电人意见 Comment", p.comment)] : []),
        ],
      },
      ...handlingLine(p, dir),
      ...(open
        ? [
            {
              type: "actions",
              block_id: `survey:${p.callSid}`,
              elements: [
                // A withheld number cannot be called back: only "done" is left to do.
                ...(isWithheld(p.from)
                  ? []
                  : [button("回电 Call back", "survey_call_back", p.callSid, "primary")]),
                button("完成 Done", "survey_done", p.callSid),
              ],
            },
          ]
        : []),
    ],
  };
}
