import type { Directory } from "../../rules/directory.ts";
import type { EmergencyCategory } from "../../rules/understand/emergency.ts";
import { button, field, fromLine, mrkdwn, type SlackPost, time, who } from "./slack-post.ts";

// Block Kit for an emergency alert and its repeats until someone acknowledges it. Pure.
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
  missing_person: "老人走失 missing person",
  self_harm: "自伤 self-harm",
};

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

export interface EmergencyRepeatPayload extends EmergencyPayload {
  /** Which post of the alert this is: 2 is the first repeat. */
  repeat: number;
}

/**
 * A repeat, posted in the first alert's thread: the alert again, with @channel while nobody has
 * acknowledged it, and as acknowledged (no button) once someone has.
 */
export function emergencyRepeatBlocks(p: EmergencyRepeatPayload, dir: Directory | null): SlackPost {
  const first = emergencyBlocks(p, dir);
  const acknowledged = Boolean(p.acknowledgedBy && p.acknowledgedAt);
  return {
    text: acknowledged
      ? first.text.replace("<!channel> ", `🔁 (alert ${p.repeat}) `)
      : first.text.replace(
          "<!channel>",
          `<!channel> 🔁 仍未确认 still not acknowledged (alert ${p.repeat}):`,
        ),
    blocks: [
      {
        type: "header",
        text: {
          type: "plain_text",
          text: acknowledged
            ? `🚨 紧急情况 EMERGENCY (${p.repeat})`
            : `🚨 紧急情况仍未确认 EMERGENCY not acknowledged (${p.repeat})`,
        },
      },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: acknowledged
              ? `第 ${p.repeat} 次通知，首次于 ${time(p.at, dir)}。 Alert ${p.repeat}.`
              : `第 ${p.repeat} 次通知，首次于 ${time(p.at, dir)}；有人确认前会继续提醒。 Alert ${p.repeat}; repeated until someone acknowledges.`,
          },
        ],
      },
      ...first.blocks.filter((b) => b.type !== "header"),
    ],
  };
}
