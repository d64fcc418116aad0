import type { WakeUpState } from "./schedule.ts";

/**
 * What the front desk reads in Slack about wake-ups, in both languages. The room appears here
 * and nowhere a caller can hear it; these go only to the wake-up department's channel and to
 * the person who ran a command. Names are given as they are to appear (escaped for mrkdwn).
 */

/** "叫醒未应答 Wake-up not answered · 1208 · 刘洋 · 06:30, 06:35, 06:40" */
export function unansweredText(room: string, guest: string, rings: readonly string[]): string {
  return ["叫醒未应答 Wake-up not answered", room, guest, rings.join(", ")].join(" · ");
}

/** "叫醒未按时拨出 Wake-up not rung on time · 1208 · 刘洋 · 06:30": the switchboard was down at the time. */
export function lateText(room: string, guest: string, time: string): string {
  return ["叫醒未按时拨出 Wake-up not rung on time", room, guest, time].join(" · ");
}

/** The button under an unanswered wake-up. */
export const CHECKED_BUTTON = "已查看 Checked on guest";

/** What replaces the button once pressed: "已查看 Checked on guest · <@U123> · 06:52". */
export function checkedText(by: string, time: string): string {
  return [CHECKED_BUTTON, by, time].join(" · ");
}

const STATE_NAMES: Record<WakeUpState, string> = {
  scheduled: "待叫醒 scheduled",
  ringing: "正在呼叫 ringing",
  answered: "已应答 answered",
  snoozed: "稍后再叫 snoozed",
  unanswered: "未应答 unanswered",
  checked: "已查看 checked",
  cancelled: "已取消 cancelled",
};

/** A wake-up's state as the list shows it: "待叫醒 scheduled". */
export function stateName(state: WakeUpState): string {
  return STATE_NAMES[state];
}
