// A guest setting a wake-up call by voice: every phrasing, the read-back and its answers, by the
// room the call comes from or by name and room, which must match. Real HTTP, real SQLite, the
// clock at 22:00 in Shanghai the evening before.
import { describe, expect, it } from "vitest";
import type { CallResult, CallScript } from "../../scripts/lib/phone.ts";
import { callThrough } from "../support/calls.ts";
import { ROOM_CALLER_ID, useWakeUpRig } from "../support/wake-ups.ts";

const rig = useWakeUpRig();
const STRANGER = "+8613800138000";

async function call(script: CallScript, from = STRANGER): Promise<CallResult> {
  const result = await callThrough(rig.h, script, from);
  expect(result.problems).toEqual([]);
  return result;
}

const heard = (r: CallResult) => r.heard.join("\n");
const wakeUps = () => rig.h.prisma.wakeUpCall.findMany({ orderBy: { createdAt: "asc" } });

/** Nothing the caller heard holds a guest's room. */
function noRoomSaid(r: CallResult) {
  const spoken = heard(r).replace(/\s/g, "");
  for (const room of ["1208", "0816", "1502", "0901"]) expect(spoken).not.toContain(room);
}

describe("a guest calling from their room", () => {
  it.each([
    ["明天早上六点半叫醒我", "明天12月5日早上6点30分，对吗？", "2026-12-05", "06:30"],
    ["请六点叫我起床", "明天12月5日早上6点，对吗？", "2026-12-05", "06:00"],
    ["帮我叫个醒，明早七点", "明天12月5日早上7点，对吗？", "2026-12-05", "07:00"],
    ["二十分钟后叫我", "今天12月4日晚上10点20分，对吗？", "2026-12-04", "22:20"],
    ["后天早上七点一刻叫醒我", "后天12月6日早上7点15分，对吗？", "2026-12-06", "07:15"],
  ])("%s: read back, confirmed, set for the room", async (words, readBack, date, time) => {
    const r = await call({ says: [words, "对"] }, ROOM_CALLER_ID("1208"));
    expect(heard(r)).toContain(readBack);
    expect(heard(r)).toContain("好的，已为您设置");
    expect(r.dialled).toEqual([]);
    noRoomSaid(r);
    expect(await wakeUps()).toMatchObject([
      {
        room: "1208",
        date,
        time,
        language: "zh",
        source: "voice",
        setBy: r.callSid,
        state: "scheduled",
      },
    ]);
    expect(JSON.parse((await wakeUps())[0]?.guests ?? "[]")).toEqual([
      { key: "liu_yang", name: "刘洋", incognito: false },
    ]);
  });

  it.each([
    [
      "wake me up at 6:30 tomorrow",
      "Tomorrow, December 5th, at 6:30 a.m. — is that right?",
      "06:30",
    ],
    [
      "a wake-up call at half past six please",
      "Tomorrow, December 5th, at 6:30 a.m. — is that right?",
      "06:30",
    ],
    [
      "in 20 minutes please wake me up",
      "Today, December 4th, at 10:20 p.m. — is that right?",
      "22:20",
    ],
  ])("%s: read back in English and set", async (words, readBack, time) => {
    const r = await call({ says: [words, "yes"] }, ROOM_CALLER_ID("0816"));
    expect(heard(r)).toContain(readBack);
    expect(heard(r)).toContain("Done. Your wake-up call is set for");
    noRoomSaid(r);
    expect(await wakeUps()).toMatchObject([{ room: "0816", time, language: "en" }]);
  });

  it("takes a correction, then a yes by key", async () => {
    const r = await call(
      { says: ["明天早上六点叫醒我", "不对，改成七点", "#1"] },
      ROOM_CALLER_ID("1208"),
    );
    expect(heard(r)).toContain("明天12月5日早上7点，对吗？");
    expect(await wakeUps()).toMatchObject([{ time: "07:00", date: "2026-12-05" }]);
  });

  it("asks for the time when none was said, keeping the day", async () => {
    const r = await call({ says: ["明天早上叫醒我", "七点半", "是的"] }, ROOM_CALLER_ID("1208"));
    expect(heard(r)).toContain("请问您需要几点叫醒");
    expect(heard(r)).toContain("明天12月5日早上7点30分，对吗？");
    expect(await wakeUps()).toMatchObject([{ time: "07:30" }]);
  });

  it("asks again for a time that is no time, and sets nothing on never mind", async () => {
    const r = await call({ says: ["25点叫醒我", "算了"] }, ROOM_CALLER_ID("1208"));
    expect(heard(r)).toContain("抱歉，我没有听清时间");
    expect(heard(r)).toContain("好的，不为您设置叫醒了。");
    expect(await wakeUps()).toEqual([]);
  });

  it("says a time gone by has passed", async () => {
    const r = await call(
      { says: ["今天晚上八点叫醒我", "明天早上八点", "对"] },
      ROOM_CALLER_ID("1208"),
    );
    expect(heard(r)).toContain("已经过了");
    expect(await wakeUps()).toMatchObject([{ date: "2026-12-05", time: "08:00" }]);
  });

  it("replaces the room's earlier wake-up when asked to change it", async () => {
    await call({ says: ["明天早上六点叫醒我", "对"] }, ROOM_CALLER_ID("1208"));
    await call({ says: ["把叫醒改成七点", "对"] }, ROOM_CALLER_ID("1208"));
    expect((await wakeUps()).map((w) => `${w.time} ${w.state}`)).toEqual([
      "06:00 cancelled",
      "07:00 scheduled",
    ]);
  });

  it("puts a caller who wants to cancel through to the front desk", async () => {
    const r = await call({ says: ["取消明天的叫醒"], staff: ["answer"] }, ROOM_CALLER_ID("1208"));
    expect(heard(r)).toContain("取消叫醒请由前台为您办理");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550100"]);
  });

  it("leaves a complaint about a wake-up to the rules", async () => {
    const r = await call(
      { says: ["今天早上没有人叫醒我"], staff: ["answer"] },
      ROOM_CALLER_ID("1208"),
    );
    expect(heard(r)).not.toContain("对吗");
    expect(await wakeUps()).toEqual([]);
  });
});

describe("a caller whose room the caller ID does not show", () => {
  it("is asked their name and room; a match sets it for that guest", async () => {
    const r = await call({
      says: ["a wake-up call at half past six please", "yes", "Emily Carter", "#0816"],
    });
    expect(heard(r)).toContain("may I have your name");
    expect(heard(r)).toContain("Please key in your room number");
    expect(heard(r)).toContain(
      "Done. Your wake-up call is set for tomorrow, December 5th, at 6:30 a.m.",
    );
    noRoomSaid(r);
    expect(await wakeUps()).toMatchObject([{ room: "0816", time: "06:30", language: "en" }]);
    const events = await rig.h.prisma.callEvent.findMany({ where: { callSid: r.callSid } });
    expect(JSON.stringify(events)).not.toContain("0816");
  });

  it("takes the family name, heard by sound", async () => {
    await call({ says: ["明天早上六点半叫醒我", "对", "我姓刘", "#1208"] });
    expect(await wakeUps()).toMatchObject([{ room: "1208" }]);
  });

  it.each([
    ["a name that is not the room's guest", "王五", "#1208"],
    ["a room that is not the guest's", "刘洋", "#0816"],
    ["a room nobody is in", "刘洋", "#9999"],
  ])("gets the same answer for %s, and no wake-up", async (_, name, room) => {
    const r = await call({ says: ["明天早上六点半叫醒我", "对", name, room] });
    expect(heard(r)).toContain(
      "抱歉，您提供的姓名和房间号无法核实，未能设置叫醒。请联系前台为您办理。",
    );
    noRoomSaid(r);
    expect(await wakeUps()).toEqual([]);
  });

  it("has one try per call", async () => {
    const r = await call({
      says: ["明天早上六点半叫醒我", "对", "王五", "#1208", "明天早上六点半叫醒我", "对"],
    });
    expect(
      r.heard.filter((t) => t.includes("无法核实")),
      r.heard.join("\n"),
    ).toHaveLength(2);
    expect(heard(r)).toContain("请问您的姓名");
    expect(r.heard.filter((t) => t.includes("请问您的姓名"))).toHaveLength(1);
    expect(await wakeUps()).toEqual([]);
  });
});
