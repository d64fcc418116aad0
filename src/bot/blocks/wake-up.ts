import {
  CHECKED_BUTTON,
  checkedText,
  lateText,
  stateName,
  unansweredText,
} from "../../rules/wake-up/front-desk.ts";
import type { WakeUpState } from "../../rules/wake-up/schedule.ts";
import type { WakeUpFigures } from "../../store/wake-ups.ts";
import { type Block, button, field, mrkdwn, type SlackPost } from "./slack-post.ts";

// Block Kit for the front desk about wake-up calls: the post when nobody answered, and the
// lines of `/switchboard wakeup list`. Pure. Rooms appear here, and only here: these go to the
// wake-up department's channel and to the person who ran a command.

export const WAKE_UP_CHECKED_ACTION = "wake_up_checked";

export interface UnansweredWakeUp {
  id: string;
  room: string;
  /** The guests' names as the post shows them. */
  guests: string[];
  /** `unanswered`: every ring failed; `late`: none could be made on time. */
  reason: "unanswered" | "late";
  /** Local HH:MM each ring began, or the time set when none was made. */
  times: string[];
  checkedBy: string | null;
  /** Local HH:MM it was checked. */
  checkedAt: string | null;
}

export function unansweredWakeUpPost(w: UnansweredWakeUp): SlackPost {
  const guest = mrkdwn(w.guests.join("、") || "—");
  const text =
    w.reason === "late"
      ? lateText(w.room, guest, w.times[0] ?? "")
      : unansweredText(w.room, guest, w.times);
  const done = w.checkedBy && w.checkedAt ? checkedText(`<@${w.checkedBy}>`, w.checkedAt) : null;
  return {
    text,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `⏰ *${text}*` } },
      done
        ? { type: "context", elements: [{ type: "mrkdwn", text: `✅ ${done}` }] }
        : {
            type: "actions",
            elements: [button(CHECKED_BUTTON, WAKE_UP_CHECKED_ACTION, w.id, "primary")],
          },
    ],
  };
}

/** One line of the day's list: "06:30 · 1208 · 刘洋 · 待叫醒 scheduled (rings 06:30, 06:35)". */
export function wakeUpLine(w: {
  time: string;
  room: string;
  guests: string[];
  state: WakeUpState;
  rings: string[];
}): string {
  const rings = w.rings.length > 0 ? ` (${w.rings.join(", ")})` : "";
  return `• ${w.time} · ${w.room} · ${mrkdwn(w.guests.join("、") || "—")} · ${stateName(w.state)}${rings}`;
}

/** The wake-up figures under `/switchboard stats`. */
export function wakeUpStatsBlocks(f: WakeUpFigures): Block[] {
  return [
    {
      type: "section",
      text: { type: "mrkdwn", text: "*叫醒服务 Wake-up calls*" },
      fields: [
        field("设置 Set", String(f.set)),
        field("一次应答 Answered first time", String(f.answeredFirstTime)),
        field("重拨后应答 Answered after retries", String(f.answeredAfterRetries)),
        field("未应答 Unanswered", `${f.unanswered}（已查看 checked ${f.checked}）`),
      ],
    },
  ];
}
