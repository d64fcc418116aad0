import type { Directory } from "../../rules/directory.ts";
import { field, fromLine, mrkdwn, type SlackPost, time, who } from "./slack-post.ts";

// Block Kit for a complaint, posted to the duty manager. Pure.
export interface ComplaintPayload {
  callSid: string;
  from: string;
  /** What the caller said that was understood as a complaint. */
  utterance: string;
  department: string;
  at: string;
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
