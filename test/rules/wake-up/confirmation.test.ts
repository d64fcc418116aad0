import { describe, expect, it } from "vitest";
import { hearConfirmation } from "../../../src/rules/wake-up/confirmation.ts";
import type { ProposedWakeUp, WakeUpClock } from "../../../src/rules/wake-up/resolve.ts";

const evening: WakeUpClock = {
  now: new Date("2026-12-05T22:00:00+08:00"),
  timezone: "Asia/Shanghai",
};

/** "明天早上六点半叫醒我", read back. */
const morning: ProposedWakeUp = { date: "2026-12-06", time: "06:30", assumed: [], daySaid: true };
/** "明天晚上八点叫醒我", read back. */
const eight: ProposedWakeUp = { date: "2026-12-06", time: "20:00", assumed: [], daySaid: true };

/** The answer in one line: its kind, or the corrected day and time. */
function answer(utterance: string, proposal: ProposedWakeUp, clock = evening): string {
  const heard = hearConfirmation(utterance, proposal, clock);
  if (heard.kind === "change") return `${heard.wakeUp.date} ${heard.wakeUp.time}`;
  if (heard.kind === "past") return `past ${heard.at.date} ${heard.at.time}`;
  return heard.kind;
}

describe("the answer to a read-back", () => {
  it.each([
    ["是", "yes"],
    ["是的", "yes"],
    ["对", "yes"],
    ["对的，谢谢", "yes"],
    ["好的", "yes"],
    ["嗯", "yes"],
    ["没错", "yes"],
    ["yes", "yes"],
    ["yeah that's right", "yes"],
    ["correct", "yes"],
    ["yes please", "yes"],
    ["不对", "no"],
    ["不是", "no"],
    ["no", "no"],
    ["that's wrong", "no"],
    ["不用了", "cancel"],
    ["算了", "cancel"],
    ["取消吧", "cancel"],
    ["never mind", "cancel"],
    ["forget it", "cancel"],
    ["不确定", "unclear"],
    ["呃", "unclear"],
    ["", "unclear"],
  ])("%s → %s", (utterance, expected) => {
    expect(answer(utterance, morning)).toBe(expected);
  });

  it("takes the same time said again as a yes", () => {
    expect(answer("对，六点半", morning)).toBe("yes");
    expect(answer("yes, 6:30", morning)).toBe("yes");
    expect(answer("是的，明天早上六点半", morning)).toBe("yes");
  });
});

describe("a correction", () => {
  it.each([
    ["不对，改成七点", "2026-12-06 07:00"],
    ["改成七点", "2026-12-06 07:00"],
    ["七点吧", "2026-12-06 07:00"],
    ["嗯 不对 七点半", "2026-12-06 07:30"],
    ["no, make it seven", "2026-12-06 07:00"],
    ["make it 7:15", "2026-12-06 07:15"],
    ["no, a quarter to seven", "2026-12-06 06:45"],
    ["不是明天，是后天", "2026-12-07 06:30"],
    ["the day after tomorrow", "2026-12-07 06:30"],
    ["不是早上，是晚上", "2026-12-06 18:30"],
    ["no, p.m.", "2026-12-06 18:30"],
    ["in 20 minutes", "2026-12-05 22:20"],
    ["不对，今天早上五点", "past 2026-12-05 05:00"],
    ["不对，25点", "unclear"],
  ])("%s → %s", (utterance, expected) => {
    expect(answer(utterance, morning)).toBe(expected);
  });

  it("keeps the day that was named, and the evening that was named", () => {
    expect(answer("不对，九点", eight)).toBe("2026-12-06 21:00");
    expect(answer("no, nine", eight)).toBe("2026-12-06 21:00");
    expect(answer("不对，早上九点", eight)).toBe("2026-12-06 09:00");
    expect(answer("不是晚上，是早上", eight)).toBe("2026-12-06 08:00");
    // Already the evening: a yes.
    expect(answer("是晚上", eight)).toBe("yes");
  });

  it("works a time out afresh when the day was not named but worked out", () => {
    // "六点叫醒我" at 06:30 was tomorrow's 06:00; "七点" is this morning's, half an hour away.
    const early: WakeUpClock = { ...evening, now: new Date("2026-12-05T06:30:00+08:00") };
    const rolled: ProposedWakeUp = {
      date: "2026-12-06",
      time: "06:00",
      assumed: ["morning", "tomorrow"],
      daySaid: false,
    };
    expect(answer("不对，七点", rolled, early)).toBe("2026-12-05 07:00");
    expect(answer("不对，七点", { ...rolled, daySaid: true }, early)).toBe("2026-12-06 07:00");
  });

  it("carries what it assumed in turn, to be read back again", () => {
    const heard = hearConfirmation("不对，七点", morning, evening);
    expect(heard).toEqual({
      kind: "change",
      wakeUp: { date: "2026-12-06", time: "07:00", assumed: ["morning"], daySaid: true },
    });
  });
});
