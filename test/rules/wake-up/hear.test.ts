import { describe, expect, it } from "vitest";
import { hearWakeUp, hearWakeUpTime } from "../../../src/rules/wake-up/request.ts";
import type { WakeUpClock } from "../../../src/rules/wake-up/resolve.ts";

const SHANGHAI = "Asia/Shanghai";
const NEW_YORK = "America/New_York";

/** The clock at a Shanghai wall time, e.g. cst("2026-12-05 22:00") (a Saturday). */
const cst = (local: string): WakeUpClock => ({
  now: new Date(`${local.replace(" ", "T")}:00+08:00`),
  timezone: SHANGHAI,
});

/** What a request comes to, in one line: "2026-12-06 06:30 [morning,tomorrow]" or its kind. */
function heard(utterance: string, clock: WakeUpClock): string {
  const request = hearWakeUp(utterance, clock);
  if (request === null) return "not a wake-up";
  switch (request.kind) {
    case "set": {
      const { date, time, assumed } = request.wakeUp;
      return `${date} ${time}${assumed.length ? ` [${assumed.join(",")}]` : ""}`;
    }
    case "ask_time":
      return request.date ? `ask time (${request.date})` : "ask time";
    case "past":
      return `past ${request.at.date} ${request.at.time}`;
    default:
      return request.kind;
  }
}

describe("a wake-up asked for in the evening before, in Mandarin", () => {
  const evening = cst("2026-12-05 22:00");
  it.each([
    // The issue's own phrasings.
    ["明天早上六点半叫醒我", "2026-12-06 06:30"],
    ["请六点叫我起床", "2026-12-06 06:00 [morning,tomorrow]"],
    ["明早7点叫醒", "2026-12-06 07:00"],
    ["二十分钟后叫我", "2026-12-05 22:20"],
    ["后天早上六点叫醒我", "2026-12-07 06:00"],
    ["十二月六号早上六点叫醒我", "2026-12-06 06:00"],
    // Quarters, minutes before the hour, minutes in every spelling.
    ["六点一刻叫醒我", "2026-12-06 06:15 [morning,tomorrow]"],
    ["六点三刻叫醒我", "2026-12-06 06:45 [morning,tomorrow]"],
    ["差十分七点叫醒我", "2026-12-06 06:50 [morning,tomorrow]"],
    ["七点差一刻叫醒我", "2026-12-06 06:45 [morning,tomorrow]"],
    ["七点零五叫醒我", "2026-12-06 07:05 [morning,tomorrow]"],
    ["六点过五分叫醒我", "2026-12-06 06:05 [morning,tomorrow]"],
    ["明天早上六点十五分叫醒我", "2026-12-06 06:15"],
    ["明天6时30分叫醒", "2026-12-06 06:30 [morning]"],
    ["明天早上6:30叫醒我", "2026-12-06 06:30"],
    ["六点钟叫醒我", "2026-12-06 06:00 [morning,tomorrow]"],
    ["早6点叫早", "2026-12-06 06:00 [tomorrow]"],
    // Parts of the day.
    ["今晚十一点叫醒我", "2026-12-05 23:00"],
    ["晚上八点半叫我", "2026-12-06 20:30 [tomorrow]"],
    ["明天下午三点叫醒我", "2026-12-06 15:00"],
    ["明天中午十二点半叫醒我", "2026-12-06 12:30"],
    ["明天中午一点叫醒我", "2026-12-06 13:00"],
    ["凌晨四点叫醒我", "2026-12-06 04:00 [tomorrow]"],
    ["晚上12点叫醒我", "2026-12-06 00:00"],
    ["半夜两点叫醒我", "2026-12-06 02:00"],
    ["十九点半叫醒我", "2026-12-06 19:30 [tomorrow]"],
    ["明天十八点叫醒我", "2026-12-06 18:00"],
    // Days.
    ["大后天早上七点叫醒我", "2026-12-08 07:00"],
    ["礼拜天早上八点叫醒我", "2026-12-06 08:00"],
    ["下周一早上7点叫醒我", "2026-12-07 07:00"],
    ["星期三早上七点叫醒我", "2026-12-09 07:00"],
    ["8号早上7点叫醒我", "2026-12-08 07:00"],
    ["2027年1月3号早上7点叫醒我", "2027-01-03 07:00"],
    // Waits.
    ["半小时后叫醒我", "2026-12-05 22:30"],
    ["一个半小时后叫醒我", "2026-12-05 23:30"],
    ["两个小时以后叫醒我", "2026-12-06 00:00"],
    ["过二十分钟叫我起床", "2026-12-05 22:20"],
    ["一刻钟后叫醒我", "2026-12-05 22:15"],
    // The way callers really talk, and the recogniser writes them.
    ["嗯 那个 就是 明天 早上 六点 叫醒 一下 谢谢", "2026-12-06 06:00"],
    ["喂 你好 呃 请明天 早上六点三十 叫我起床", "2026-12-06 06:30"],
    ["你好，我想要一个叫醒服务，明天早上七点，谢谢", "2026-12-06 07:00"],
    ["我要一个morning call，明天七点", "2026-12-06 07:00"],
    ["明儿一早六点叫我", "2026-12-06 06:00"],
    ["明天早上６：３０叫醒我", "2026-12-06 06:30"],
    ["请在明天早上六点半给我打个叫醒电话", "2026-12-06 06:30"],
    ["帮我设个闹钟，明天上午十点", "2026-12-06 10:00"],
    ["五点四十五叫醒我", "2026-12-06 05:45 [morning,tomorrow]"],
    ["半个钟头后叫我", "2026-12-05 22:30"],
    // A room said with the request is not a time.
    ["我是1208房间，明天六点叫醒我", "2026-12-06 06:00 [morning]"],
    ["一二零八房间 明天早上七点叫醒", "2026-12-06 07:00"],
    ["房间号1502，七点叫醒我", "2026-12-06 07:00 [morning,tomorrow]"],
  ])("%s → %s", (utterance, expected) => {
    expect(heard(utterance, evening)).toBe(expected);
  });
});

describe("a wake-up asked for in the evening before, in English", () => {
  const evening = cst("2026-12-05 22:00");
  it.each([
    ["wake me up at 6:30 tomorrow", "2026-12-06 06:30 [morning]"],
    ["a wake-up call at half past six please", "2026-12-06 06:30 [morning,tomorrow]"],
    ["wake me up tomorrow at six", "2026-12-06 06:00 [morning]"],
    ["wake-up call six thirty a.m.", "2026-12-06 06:30 [tomorrow]"],
    ["wake me up in 20 minutes", "2026-12-05 22:20"],
    ["wake me up in twenty minutes please", "2026-12-05 22:20"],
    ["could I have a wake up call at 7:45", "2026-12-06 07:45 [morning,tomorrow]"],
    ["wake up call at 07:45", "2026-12-06 07:45 [morning,tomorrow]"],
    ["wake-up call 19:30 tomorrow", "2026-12-06 19:30"],
    ["wake me at 7pm tomorrow", "2026-12-06 19:00"],
    ["wake me at 7 p.m. tomorrow", "2026-12-06 19:00"],
    ["I need a wakeup call for 5:45 am", "2026-12-06 05:45 [tomorrow]"],
    ["can I get a wake up call at 0700", "2026-12-06 07:00 [morning,tomorrow]"],
    ["wake me at a quarter past six", "2026-12-06 06:15 [morning,tomorrow]"],
    ["wake me at a quarter to seven", "2026-12-06 06:45 [morning,tomorrow]"],
    ["wake me ten to seven", "2026-12-06 06:50 [morning,tomorrow]"],
    ["wake me twenty past six tomorrow morning", "2026-12-06 06:20"],
    ["wake me up at six forty-five tomorrow morning", "2026-12-06 06:45"],
    ["wake me at six oh five", "2026-12-06 06:05 [morning,tomorrow]"],
    ["wake up call six o'clock", "2026-12-06 06:00 [morning,tomorrow]"],
    ["wake me up at 11 tonight", "2026-12-05 23:00"],
    ["wake me at six in the evening tomorrow", "2026-12-06 18:00"],
    ["wake me up at noon tomorrow", "2026-12-06 12:00"],
    ["wake me up at midnight", "2026-12-06 00:00"],
    ["wake me up in half an hour", "2026-12-05 22:30"],
    ["wake me in an hour and a half", "2026-12-05 23:30"],
    ["wake me up in an hour", "2026-12-05 23:00"],
    ["wake me up 45 minutes from now", "2026-12-05 22:45"],
    ["wake me up the day after tomorrow at 6 am", "2026-12-07 06:00"],
    ["wake me on Monday at 7 am", "2026-12-07 07:00"],
    ["wake me up next Wednesday at 7 am", "2026-12-09 07:00"],
    ["a wake-up call on December 8th at 7 a.m.", "2026-12-08 07:00"],
    ["a wake-up call on the 8th of December at seven a.m.", "2026-12-08 07:00"],
    ["wake me the seventh at six a.m.", "2026-12-07 06:00"],
    ["I want to be woken up at 6 tomorrow", "2026-12-06 06:00 [morning]"],
    ["please wake my husband at 7 am", "2026-12-06 07:00 [tomorrow]"],
    ["set an alarm for 6 am please", "2026-12-06 06:00 [tomorrow]"],
    ["wake me up at half six", "2026-12-06 06:30 [morning,tomorrow]"],
    ["wake me at 6h30", "2026-12-06 06:30 [morning,tomorrow]"],
    ["wake me up at five to six", "2026-12-06 05:55 [morning,tomorrow]"],
    // Recogniser spellings and fillers.
    ["wake up call 6 30", "2026-12-06 06:30 [morning,tomorrow]"],
    ["wake-up call six 30", "2026-12-06 06:30 [morning,tomorrow]"],
    ["wake up call 630", "2026-12-06 06:30 [morning,tomorrow]"],
    ["wake up call six three zero", "2026-12-06 06:30 [morning,tomorrow]"],
    ["um yeah hi uh wake me up uh six thirty tomorrow morning please", "2026-12-06 06:30"],
    ["good evening, I'd like a wake up call at 6", "2026-12-06 06:00 [morning,tomorrow]"],
    ["Wake Me Up At 6:30 A.M. Tomorrow", "2026-12-06 06:30"],
    // A room said with the request is not a time.
    ["this is room 1208, wake up call at six", "2026-12-06 06:00 [morning,tomorrow]"],
    ["wake up call for room 1208 at 6 am", "2026-12-06 06:00 [tomorrow]"],
    ["one two zero eight, wake me up at six tomorrow", "2026-12-06 06:00 [morning]"],
  ])("%s → %s", (utterance, expected) => {
    expect(heard(utterance, evening)).toBe(expected);
  });
});

describe("what is not a time to set", () => {
  const evening = cst("2026-12-05 22:00");
  it.each([
    // A request with no time asks for it, keeping the day if one was named.
    ["叫醒服务", "ask time"],
    ["你们有叫醒服务吗", "ask time"],
    ["我想要一个叫醒电话", "ask time"],
    ["明天早上叫醒我", "ask time (2026-12-06)"],
    ["明天早一点叫醒我", "ask time (2026-12-06)"],
    ["I'd like a wake-up call please", "ask time"],
    ["wake-up call tomorrow morning", "ask time (2026-12-06)"],
    // No time of day, though said as one.
    ["25点叫醒我", "unclear"],
    ["wake up call 25:00", "unclear"],
    ["7:75 wake up call", "unclear"],
    ["六点七十五分叫醒我", "unclear"],
    ["2月30号早上6点叫醒我", "unclear"],
    ["wake me up on February 30th at 6", "unclear"],
    // Gone by.
    ["这周五早上八点叫醒我", "past 2026-12-04 08:00"],
    ["今天早上六点叫醒我", "past 2026-12-05 06:00"],
    // About a wake-up, not setting one.
    ["取消明天的叫醒", "cancel"],
    ["明天不用叫醒我了", "cancel"],
    ["please cancel my wake-up call", "cancel"],
    ["我的叫醒电话怎么没打来", "not a wake-up"],
    ["今天早上没有人叫醒我", "not a wake-up"],
    ["I didn't get my wake-up call this morning", "not a wake-up"],
    ["nobody woke me up", "not a wake-up"],
    // Other requests.
    ["叫我小王就行", "not a wake-up"],
    ["请帮我转前台", "not a wake-up"],
    ["六点钟的早餐在哪里", "not a wake-up"],
    ["can you call me back at 6", "not a wake-up"],
    ["my alarm clock is broken", "not a wake-up"],
    ["房间闹钟坏了", "not a wake-up"],
    ["叫我", "not a wake-up"],
    ["经理叫我六点过去", "not a wake-up"],
    ["他叫我明天七点给他回电话", "not a wake-up"],
  ])("%s → %s", (utterance, expected) => {
    expect(heard(utterance, evening)).toBe(expected);
  });

  it("says when the earlier wake-up is to be replaced", () => {
    const change = hearWakeUp("把叫醒改成七点", evening);
    expect(change).toMatchObject({ kind: "set", replaces: true, wakeUp: { time: "07:00" } });
    expect(hearWakeUp("change my wake-up call to 7 am", evening)).toMatchObject({
      kind: "set",
      replaces: true,
    });
    expect(hearWakeUp("明天七点叫醒我", evening)).toMatchObject({ replaces: false });
  });
});

describe("the day a time falls on", () => {
  it("takes a time still to come today as today's, and one gone by as tomorrow's, and says so", () => {
    expect(heard("六点叫醒我", cst("2026-12-05 05:00"))).toBe("2026-12-05 06:00 [morning]");
    expect(heard("六点叫醒我", cst("2026-12-05 06:00"))).toBe(
      "2026-12-06 06:00 [morning,tomorrow]",
    );
    expect(heard("wake me at 23:59", cst("2026-12-05 23:58"))).toBe("2026-12-05 23:59");
    expect(heard("wake me at 23:59", cst("2026-12-05 23:59"))).toBe("2026-12-06 23:59 [tomorrow]");
  });

  it("hears 六点 with no part of the day as the morning, never the evening", () => {
    expect(heard("六点叫醒我", cst("2026-12-05 14:00"))).toBe(
      "2026-12-06 06:00 [morning,tomorrow]",
    );
    expect(heard("wake me at 4", cst("2026-12-05 14:00"))).toBe(
      "2026-12-06 04:00 [morning,tomorrow]",
    );
  });

  it("hears 今天六点 said in the afternoon as this evening, and says so", () => {
    expect(heard("今天六点叫醒我", cst("2026-12-05 14:00"))).toBe("2026-12-05 18:00 [evening]");
    expect(heard("wake me at 6 today", cst("2026-12-05 14:00"))).toBe("2026-12-05 18:00 [evening]");
    expect(heard("今天早上六点叫醒我", cst("2026-12-05 14:00"))).toBe("past 2026-12-05 06:00");
  });

  it("hears tomorrow morning said in the small hours as the morning about to come", () => {
    expect(heard("明天早上七点叫醒我", cst("2026-12-06 01:30"))).toBe(
      "2026-12-06 07:00 [this_morning]",
    );
    expect(heard("wake me up tomorrow at 7 am", cst("2026-12-06 02:00"))).toBe(
      "2026-12-06 07:00 [this_morning]",
    );
    // Not once the morning has begun, nor for the small hours themselves.
    expect(heard("明天早上七点叫醒我", cst("2026-12-06 05:30"))).toBe("2026-12-07 07:00");
    expect(heard("明天凌晨四点叫醒我", cst("2026-12-06 01:30"))).toBe("2026-12-07 04:00");
  });

  it("counts a wait across midnight, a month's end and a year's end", () => {
    expect(heard("wake me up in 20 minutes", cst("2026-12-05 23:50"))).toBe("2026-12-06 00:10");
    expect(heard("二十分钟后叫我", cst("2026-11-30 23:45"))).toBe("2026-12-01 00:05");
    expect(heard("三个小时后叫醒我", cst("2026-12-31 22:30"))).toBe("2027-01-01 01:30");
    // To the minute: 22:00:40 and 20 minutes is 22:20.
    const clock = { now: new Date("2026-12-05T22:00:40+08:00"), timezone: SHANGHAI };
    expect(heard("in 20 minutes wake me", clock)).toBe("2026-12-05 22:20");
  });

  it("turns midnight and the night's small hours over to the next day", () => {
    expect(heard("今晚12点叫醒我", cst("2026-12-05 20:00"))).toBe("2026-12-06 00:00");
    expect(heard("明天晚上12点叫醒我", cst("2026-12-05 20:00"))).toBe("2026-12-07 00:00");
    expect(heard("tonight at 1 wake me up", cst("2026-12-05 20:00"))).toBe("2026-12-06 01:00");
    expect(heard("wake me at midnight", cst("2026-12-05 23:30"))).toBe("2026-12-06 00:00");
    // Said after midnight, the small hours still to come are tonight's.
    expect(heard("半夜三点叫醒我", cst("2026-12-06 00:30"))).toBe("2026-12-06 03:00");
  });

  it("reads dates of next year in December, and a date just gone by as past", () => {
    expect(heard("1月2号早上7点叫醒我", cst("2026-12-30 22:00"))).toBe("2027-01-02 07:00");
    expect(heard("wake me on January 2nd at 7 am", cst("2026-12-30 22:00"))).toBe(
      "2027-01-02 07:00",
    );
    expect(heard("12月4号早上7点叫醒我", cst("2026-12-05 22:00"))).toBe("past 2026-12-04 07:00");
    // A day of the month gone by is next month's.
    expect(heard("3号早上7点叫醒我", cst("2026-12-05 22:00"))).toBe("2027-01-03 07:00");
  });

  it("takes a weekday whose time has passed today as next week's", () => {
    // 2026-12-05 is a Saturday.
    expect(heard("星期六早上八点叫醒我", cst("2026-12-05 07:00"))).toBe("2026-12-05 08:00");
    expect(heard("星期六早上八点叫醒我", cst("2026-12-05 09:00"))).toBe("2026-12-12 08:00");
  });
});

describe("time zones with clock changes", () => {
  const ny = (iso: string): WakeUpClock => ({ now: new Date(iso), timezone: NEW_YORK });

  it("reads the time on the local clock of the organisation, not the server's", () => {
    // 22:00 in New York on 5 December is 03:00 UTC on the 6th.
    expect(heard("wake me at 6:30 tomorrow", ny("2026-12-06T03:00:00Z"))).toBe(
      "2026-12-06 06:30 [morning]",
    );
    expect(heard("明天早上六点半叫醒我", ny("2026-12-06T03:00:00Z"))).toBe("2026-12-06 06:30");
  });

  it("counts a wait in real minutes across the night clocks go forward and back", () => {
    // 8 March 2026, 01:50 EST; at 02:00 clocks go to 03:00. 20 minutes on is 03:10 EDT.
    expect(heard("wake me up in 20 minutes", ny("2026-03-08T06:50:00Z"))).toBe("2026-03-08 03:10");
    // 1 November 2026, 01:50 EDT; at 02:00 clocks go back to 01:00. 20 minutes on is 01:10 EST.
    expect(heard("wake me up in 20 minutes", ny("2026-11-01T05:50:00Z"))).toBe("2026-11-01 01:10");
  });

  it("keeps a wall time on the day clocks change", () => {
    expect(heard("wake me at 7 am tomorrow", ny("2026-03-08T03:00:00Z"))).toBe("2026-03-08 07:00");
    expect(heard("wake me at 7 am tomorrow", ny("2026-10-31T23:00:00Z"))).toBe("2026-11-01 07:00");
  });
});

describe("an answer to 'what time?'", () => {
  const evening = cst("2026-12-05 22:00");

  it("needs no wake-up words", () => {
    expect(hearWakeUpTime("六点半", evening)).toMatchObject({
      kind: "time",
      wakeUp: { date: "2026-12-06", time: "06:30", assumed: ["morning", "tomorrow"] },
    });
    expect(hearWakeUpTime("seven forty-five", evening)).toMatchObject({
      kind: "time",
      wakeUp: { time: "07:45" },
    });
    expect(hearWakeUpTime("嗯", evening)).toEqual({ kind: "none" });
  });

  it("keeps the day named before", () => {
    // "明天早上叫醒我" at 05:00, then "六点半": tomorrow's, not the one an hour and a half away.
    const early = cst("2026-12-05 05:00");
    expect(hearWakeUpTime("六点半", early, "2026-12-06")).toMatchObject({
      kind: "time",
      wakeUp: { date: "2026-12-06", time: "06:30", daySaid: true },
    });
    expect(hearWakeUpTime("后天六点半", early, "2026-12-06")).toMatchObject({
      wakeUp: { date: "2026-12-07" },
    });
  });
});
