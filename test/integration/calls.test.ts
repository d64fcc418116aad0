import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CallResult, CallScript } from "../../scripts/lib/phone.ts";
import { callThrough } from "../support/calls.ts";
import { DIRECTORY_NUMBERS, demoDirectory, expectNothingUnsafe } from "../support/demo.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { withoutIds } from "../support/privacy.ts";

const directory = demoDirectory;

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** A whole call through the real HTTP app, as Twilio would make it. */
async function call(script: CallScript, from?: string): Promise<CallResult> {
  const result = await callThrough(h, script, from);
  expect(result.problems).toEqual([]);
  expectNothingUnsafe(result);
  return result;
}

async function stored(result: CallResult) {
  return h.prisma.call.findUniqueOrThrow({ where: { callSid: result.callSid } });
}

const heard = (r: CallResult) => r.heard.join("\n");

describe("a call to a department", () => {
  it("greets, understands, asks the staff member first, and transfers", async () => {
    const r = await call({ says: ["我想订房"], staff: ["answer"] });
    expect(r.heard[0]).toContain("欢迎致电湖畔酒店");
    expect(heard(r)).toContain("正在为您转接预订部");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550101"]);
    expect(r.staffHeard.join("")).toMatch(/按1/);
    expect(r.staffHeard.join("")).toContain("我想订房");
    expect(r.staffHeard.join("")).not.toContain("讲英语");
    const c = await stored(r);
    expect(c).toMatchObject({
      intent: "department",
      department: "reservations",
      outcome: "transferred",
      handledBy: "reservations",
      status: "completed",
    });
    expect(c.answeredAt).not.toBeNull();
    expect(c.endedAt).not.toBeNull();
  });

  it("takes a complete message when the staff member declines", async () => {
    const r = await call({
      // Silence at the survey's question: the farewell follows.
      says: ["我找李娜", "我姓王", "东方贸易公司", "#1", ""],
      staff: ["decline"],
      message: "关于上个月的发票，请尽快回电。",
    });
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550206"]);
    expect(heard(r)).toContain("暂时无法接听");
    // Short enough for Twilio to transcribe: it only takes recordings under 120 s.
    const record = r.requests.find((q) => q.body.includes("<Record "))?.body ?? "";
    expect(Number(/maxLength="(\d+)"/.exec(record)?.[1])).toBeLessThan(120);
    // Only a surname was given: the thanks goes without it, not as a bare "王". The message
    // goes to the person asked for, and the read-back says so.
    expect(heard(r)).toContain("好的，您的留言已记录，我们会尽快转交李娜，");
    expect(heard(r)).toContain("感谢您的来电，祝您有个愉快的一天。");
    const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(message).toMatchObject({
      department: "finance",
      target: "li_na",
      callerName: "王",
      organisation: "东方贸易公司",
      callbackNumber: "+8613800138000",
      status: "new",
      transcription: "关于上个月的发票，请尽快回电。",
    });
    expect(message.recordingUrl).toMatch(/^https:\/\/api\.twilio\.com\//);
    expect(message.transcript).toContain("我找李娜");
    const outbox = await h.prisma.notification.findMany({
      where: { status: "pending" },
      orderBy: { kind: "asc" },
    });
    // The message and its recording for the post's thread; the declined transfer is its missed
    // call, answered by the message, whose own post never goes.
    expect(outbox.map((n) => n.kind)).toEqual(["message", "message_recording"]);
    expect(await h.prisma.missedCall.findMany({ where: { callSid: r.callSid } })).toMatchObject([
      { department: "finance", target: "li_na", reason: "declined", status: "message" },
    ]);
    expect(await stored(r)).toMatchObject({
      outcome: "message",
      callerName: "王",
      target: "li_na",
    });
  });

  it("takes a message when nobody answers, with a callback number the caller keys in", async () => {
    const r = await call({
      says: ["我要开发票", "Tom", "个人", "#2", "#13912345678", "#1"],
      staff: ["no-answer"],
      message: "请把发票寄给我。",
    });
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550106"]);
    const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(message).toMatchObject({
      department: "finance",
      callerName: "Tom",
      organisation: null,
      callbackNumber: "+8613912345678",
    });
    expect(heard(r)).toContain("1 3 9 1 2 3 4 5 6 7 8");
    expect(heard(r)).toContain("好的，Tom，您的留言已记录");
    expect(
      (await h.prisma.missedCall.findFirstOrThrow({ where: { callSid: r.callSid } })).reason,
    ).toBe("no-answer");
  });

  it("reads a callback number keyed from abroad as a number of the caller's country", async () => {
    const r = await call(
      {
        says: ["Li Na please", "Tom", "personal", "#2", "#4155550123", "#1"],
        staff: ["no-answer"],
        message: "Please call me back.",
      },
      "+14155550100",
    );
    expect(heard(r)).toContain("4 1 5 5 5 5 0 1 2 3");
    expect(
      (await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } })).callbackNumber,
    ).toBe("+14155550123");
  });

  it("does not ask again for the organisation the caller gave with their name", async () => {
    const r = await call({
      says: ["我找王芳", "我叫王小明，是东方贸易公司的", "#1"],
      staff: ["decline"],
      message: "请回电。",
    });
    expect(heard(r)).not.toContain("哪家公司或单位");
    expect(heard(r)).toContain("好的，王小明，您的留言已记录，我们会尽快转交王芳，");
    expect(
      await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } }),
    ).toMatchObject({
      callerName: "王小明",
      organisation: "东方贸易公司",
      target: "wang_fang",
    });

    const en = await call(
      {
        says: ["David Miller please", "This is Tom calling from Contoso Ltd.", "#1"],
        staff: ["busy"],
        message: "Please call me back.",
      },
      "+14155550100",
    );
    expect(heard(en)).not.toContain("Which company or organisation");
    expect(
      await h.prisma.message.findUniqueOrThrow({ where: { callSid: en.callSid } }),
    ).toMatchObject({
      callerName: "Tom",
      organisation: "Contoso Ltd",
    });
  });

  it("asks again for the name after a bare agreement, and hears the organisation as it is said", async () => {
    const r = await call({
      says: ["我找李娜", "好的", "好的，我姓王", "我是华为的王强", "#1"],
      staff: ["decline"],
      message: "请回电。",
    });
    expect(r.heard.filter((line) => line.includes("请问您贵姓"))).toHaveLength(2);
    // The full name given with the organisation replaces the surname given before.
    expect(heard(r)).toContain("好的，王强，您的留言已记录");
    expect(
      await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } }),
    ).toMatchObject({
      callerName: "王强",
      organisation: "华为",
    });

    const en = await call(
      {
        says: ["David Miller please", "Sure. My name is Jane", "I'm calling from Contoso.", "#1"],
        staff: ["busy"],
        message: "Please call me back.",
      },
      "+14155550100",
    );
    expect(
      await h.prisma.message.findUniqueOrThrow({ where: { callSid: en.callSid } }),
    ).toMatchObject({
      callerName: "Jane",
      organisation: "Contoso",
    });
  });

  it("thanks a caller who gave no name without calling them anything", async () => {
    const r = await call(
      {
        says: ["I'd like a taxi to the airport", "", "", "personal", "#1"],
        staff: ["busy"],
        message: "Please book me a taxi for 6 am.",
      },
      "+14155550100",
    );
    expect(heard(r)).toContain("Thank you. Your message has been recorded and will be passed to");
    expect(
      (await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } })).callerName,
    ).toBeNull();
  });

  it("records a call where nobody answered and no message was left as missed", async () => {
    const r = await call({ says: ["我要开发票"], staff: ["busy"] });
    expect(
      (await h.prisma.missedCall.findFirstOrThrow({ where: { callSid: r.callSid } })).reason,
    ).toBe("busy");
    expect((await stored(r)).outcome).toBe("missed");
  });

  it("records a caller who hangs up before being helped as abandoned", async () => {
    const r = await call({ says: [] });
    expect(r.ended).toBe("caller");
    expect(await stored(r)).toMatchObject({ outcome: "abandoned", status: "completed" });
  });
});

describe("hours", () => {
  it("says when a closed department opens and takes a message", async () => {
    h.setNow(new Date("2026-11-25T15:30:00Z")); // 23:30 in Shanghai
    const r = await call({
      says: ["我想订房", "留言", "李先生", "个人", "#1"],
      message: "明天想订两间房。",
    });
    expect(r.dialled).toEqual([]);
    expect(heard(r)).toContain("预订部现在不在营业时间，将于明天早上8点开始服务。");
    const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(message).toMatchObject({ department: "reservations", callerName: "李先生" });
    expect((await stored(r)).department).toBe("reservations");
  });

  it.each([
    [["我想订房", "不用了", ""], undefined, "感谢您的来电，祝您有个愉快的一天。"],
    [["我想订房", "", "没有了"], undefined, "感谢您的来电，祝您有个愉快的一天。"],
    [["I'd like to book a room", "no thanks", "no"], "+14155550100", "Have a pleasant day."],
  ])(
    "says goodbye to a caller who wants no message and nothing else: %j",
    async (says, from, bye) => {
      h.setNow(new Date("2026-11-25T15:30:00Z"));
      const r = await call({ says, hangupWhenDone: false }, from);
      expect(r.ended).toBe("twiml");
      expect(r.heard.at(-1)).toContain(bye);
      expect(heard(r)).not.toMatch(/没有听清|didn't catch/);
      expect(await h.prisma.message.count()).toBe(0);
    },
  );

  it("passes a closed restaurant's call to the front desk", async () => {
    h.setNow(new Date("2026-11-25T15:30:00Z"));
    const r = await call({ says: ["我想订早餐"], staff: ["answer"] });
    expect(heard(r)).toContain("不在营业时间");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550100"]);
    expect(await stored(r)).toMatchObject({
      department: "restaurant",
      handledBy: "front_desk",
      outcome: "transferred",
    });

    // In English, a desk is "the" desk, at the start of a sentence too.
    const en = await call({ says: ["I need a taxi"], staff: ["answer"] }, "+14155550100");
    expect(en.heard[2]).toBe(
      "The Concierge is closed right now and opens tomorrow at 7 am. Let me put you through to the Front Desk instead.",
    );
    expect(en.dialled.map((d) => d.number)).toEqual(["+862155550100"]);
  });

  it("closes finance on a public holiday and opens it on a make-up Saturday", async () => {
    h.setNow(new Date("2026-10-01T03:00:00Z")); // National Day, 11:00
    const holiday = await call({ says: ["我找财务部"] });
    expect(holiday.dialled).toEqual([]);
    expect(heard(holiday)).toContain("不在营业时间");
    h.setNow(new Date("2026-02-28T03:00:00Z")); // Saturday, a make-up workday (调休)
    const saturday = await call({ says: ["我找财务部"], staff: ["answer"] });
    expect(saturday.dialled.map((d) => d.number)).toEqual(["+862155550106"]);
  });
});

describe("emergencies", () => {
  it("dials the emergency target at once, without asking, and records an alert", async () => {
    const r = await call({ says: ["着火了，快来人！"] });
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550109"]);
    expect(r.dialled[0]?.whisperUrl).toBeUndefined();
    expect(heard(r)).toContain("紧急转接保安部");
    const alert = await h.prisma.emergencyAlert.findUniqueOrThrow({
      where: { callSid: r.callSid },
    });
    expect(alert).toMatchObject({
      category: "fire",
      department: "security",
      from: "+8613800138000",
    });
    expect(await h.prisma.notification.count({ where: { kind: "emergency" } })).toBe(1);
    const c = await stored(r);
    expect(c).toMatchObject({
      intent: "emergency",
      outcome: "emergency",
      department: "security",
      handledBy: "security",
    });
    // Security picked up: the call counts as answered in the statistics.
    expect(c.answeredAt).not.toBeNull();
  });

  it("puts an emergency first even in the middle of a call about something else", async () => {
    const r = await call({ says: ["嗯", "there's smoke coming from the kitchen"] }, "+14155550100");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550109"]);
  });
});

describe("people and guests", () => {
  it("asks before putting through someone named by a title and surname", async () => {
    const zh = await call({ says: ["我找张先生", "是"], staff: ["answer"] });
    expect(zh.heard[2]).toBe("请问您是要找销售部的张伟吗？是请说“是”或按1，不是请说“不是”或按2。");
    expect(zh.dialled.map((d) => d.number)).toEqual(["+862155550207"]);
    const en = await call({ says: ["Mr. Zhang please", "yes"], staff: ["answer"] }, "+14155550100");
    expect(en.heard[2]).toBe(
      "Did you want Zhang Wei in Sales & Events? Say yes or press 1; say no or press 2.",
    );
    expect(en.dialled.map((d) => d.number)).toEqual(["+862155550207"]);
  });

  it("finds a person by a speech-recognition homophone of their name", async () => {
    const r = await call({ says: ["帮我转一下章威"], staff: ["answer"] });
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550207"]);
    expect(await stored(r)).toMatchObject({
      intent: "person",
      department: "sales",
      target: "zhang_wei",
      handledBy: "zhang_wei",
    });
  });

  it("rings a guest room through the PBX without ever saying the room", async () => {
    const r = await call({ says: ["请帮我转刘洋的房间"], staff: ["answer"] });
    expect(r.dialled).toHaveLength(1);
    expect(r.dialled[0]).toMatchObject({ number: "+862155550001", sendDigits: "ww1208" });
    // The room exists only as DTMF for Twilio to key in, nowhere else in what was sent.
    const sent = r.requests.map((q) => q.body.replace('sendDigits="ww1208"', "")).join("");
    expect(withoutIds(sent)).not.toContain("1208");
    expect(await stored(r)).toMatchObject({
      intent: "guest",
      target: "liu_yang",
      outcome: "transferred",
    });
  });

  it("neither confirms nor denies an incognito guest, and offers a message", async () => {
    const incognito = await call({ says: ["我找住在你们酒店的赵敏"] });
    const nobody = await call({ says: ["我找住在你们酒店的孙悟空"] });
    expect(incognito.dialled).toEqual([]);
    expect(heard(incognito)).toContain("不能确认住客信息");
    // The way to leave a message is said once, not once in the refusal and again after it.
    expect(heard(incognito).match(/按1/g)).toHaveLength(1);
    // The same words for a hidden guest as for someone who isn't there: nothing leaks.
    expect(incognito.heard.slice(1)).toEqual(nobody.heard.slice(1));
  });

  // A hidden guest's name must draw the very words a stranger's does, however it is asked.
  it.each(["%s", "请帮我接%s", "%s在吗", "我要找%s"])(
    "answers “%s” the same for a hidden guest as for a stranger",
    async (phrase) => {
      const hidden = await call({ says: [phrase.replace("%s", "赵敏"), ""] });
      const stranger = await call({ says: [phrase.replace("%s", "孙悟空"), ""] });
      expect(hidden.dialled).toEqual([]);
      expect(hidden.heard.slice(1)).toEqual(stranger.heard.slice(1));
    },
  );

  it("answers in English the same for a hidden guest as for a stranger", async () => {
    for (const phrase of ["%s", "Could you connect me to %s", "I'd like to speak to %s"]) {
      const hidden = await call({ says: [phrase.replace("%s", "Zhao Min"), ""] }, "+14155550100");
      const stranger = await call(
        { says: [phrase.replace("%s", "Peter Brown"), ""] },
        "+14155550100",
      );
      expect(hidden.dialled).toEqual([]);
      expect(hidden.heard.slice(1)).toEqual(stranger.heard.slice(1));
    }
  });

  it("takes a message for a guest who doesn't answer, for that guest by name", async () => {
    const r = await call(
      {
        says: ["Could you put me through to Emily Carter's room", "John Smith", "personal", "#1"],
        staff: ["no-answer"],
        message: "Call me back, please.",
      },
      "+14155550100",
    );
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550001"]);
    expect(heard(r)).toContain(
      "Thank you, John Smith. Your message has been recorded and will be passed to Emily Carter.",
    );
    const zh = await call({
      says: ["帮我转刘洋的房间", "我叫李明", "个人", "#1"],
      staff: ["no-answer"],
      message: "请转告我明天到。",
    });
    expect(heard(zh)).toContain("好的，李明，您的留言已记录，我们会尽快转交刘洋，");
    const message = await h.prisma.message.findFirstOrThrow({ where: { callSid: zh.callSid } });
    expect(message).toMatchObject({ target: "liu_yang" });
  });

  it("reads back a message for a hidden guest as for someone who isn't there", async () => {
    const message = { staff: [], message: "请转告我明天到。" };
    const incognito = await call({
      says: ["我找住在你们酒店的赵敏", "#1", "我叫李明", "个人", "#1"],
      ...message,
    });
    const nobody = await call({
      says: ["我找住在你们酒店的孙悟空", "#1", "我叫李明", "个人", "#1"],
      ...message,
    });
    expect(heard(incognito)).toContain("您的留言已记录，我们会尽快转交总机，");
    expect(incognito.heard.slice(1)).toEqual(nobody.heard.slice(1));
  });

  it("asks for the name when a room is asked for by its number, and rings by the name", async () => {
    const r = await call({ says: ["请转1208房间", "刘洋"], staff: ["answer"] });
    expect(r.heard[2]).toBe("为保护隐私，总机按姓名为您转接。请问您要找哪位？");
    // Twilio listens for the names callers answer with: staff and the guests not hidden.
    const asked = r.requests.find((q) => q.body.includes("按姓名为您转接"))?.body ?? "";
    const hints = /<Gather[^>]*hints="([^"]*)"/.exec(asked)?.[1]?.split(", ") ?? [];
    expect(hints).toEqual(expect.arrayContaining(["刘洋", "Emily Carter", "张伟", "Zhang Wei"]));
    expect(hints).not.toContain("赵敏");
    expect(r.dialled).toHaveLength(1);
    expect(r.dialled[0]).toMatchObject({ number: "+862155550001", sendDigits: "ww1208" });
    expect(await stored(r)).toMatchObject({
      intent: "guest",
      target: "liu_yang",
      outcome: "transferred",
    });
  });

  it("rings nobody by a room number, whatever room it is and whatever name follows", async () => {
    // The incognito guest's own room and name, a room with the wrong name, and a number again.
    const hidden = await call({ says: ["转1502房间", "赵敏"] });
    const wrong = await call({ says: ["转1208房间", "孙悟空"] });
    const again = await call({ says: ["room 1208 please", "1208"] }, "+14155550100");
    for (const r of [hidden, wrong]) {
      expect(r.dialled).toEqual([]);
      expect(heard(r)).toContain("为保护隐私，总机按姓名为您转接");
      expect(heard(r)).toContain("不能确认住客信息");
      expect(withoutIds(r.requests.map((q) => q.body).join(""))).not.toMatch(/1208|1502/);
    }
    expect(hidden.heard.slice(1)).toEqual(wrong.heard.slice(1));
    expect(again.dialled).toEqual([]);
    expect(heard(again)).toContain("I connect calls by name");
    expect(heard(again)).toContain("I can't confirm whether someone is staying with us");
  });

  it("puts the caller through to the desk instead of giving out a private number", async () => {
    const r = await call({ says: ["请告诉我张伟的手机号码", "好的"], staff: ["answer"] });
    expect(r.heard[2]).toBe(
      "抱歉，为保护隐私，我们不能提供员工的私人电话，但可以为您转接张伟的办公电话。需要现在为您转接吗？是请说“是”或按1，不用请说“不用”或按2。",
    );
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550207"]);
    expect(r.requests.map((q) => q.body).join("")).not.toContain("13900000001");
    expect(await stored(r)).toMatchObject({ target: "zhang_wei", outcome: "transferred" });

    const en = await call(
      { says: ["What's David Miller's cell number?", "yes"], staff: ["answer"] },
      "+14155550100",
    );
    expect(heard(en)).toContain("can't give out staff members' private numbers");
    expect(heard(en)).toContain("put you through to David Miller's desk");
    expect(en.dialled.map((d) => d.number)).toEqual(["+862155550205"]);
    expect(en.requests.map((q) => q.body).join("")).not.toContain("13900000004");
  });

  it("takes a message for them when the caller does not want to be put through", async () => {
    const r = await call({
      says: ["张伟的手机号是多少", "不用了", "#1", "我姓王", "个人", "#1"],
      staff: [],
      message: "请张伟回电。",
    });
    expect(r.dialled).toEqual([]);
    expect(heard(r)).toContain("您的留言已记录，我们会尽快转交张伟，");
    expect(
      await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } }),
    ).toMatchObject({
      department: "sales",
      target: "zhang_wei",
    });
  });

  it("offers a guest's room, without naming the guest, instead of its number", async () => {
    const r = await call({ says: ["刘洋住哪个房间", "是"], staff: ["answer"] });
    expect(r.heard[2]).toContain("不能提供房间号，但可以为您接通这位住客的房间");
    expect(r.dialled[0]).toMatchObject({ number: "+862155550001", sendDigits: "ww1208" });
    expect(heard(r)).not.toMatch(/1208/);
    expect(await stored(r)).toMatchObject({ intent: "guest", target: "liu_yang" });
  });

  it.each([
    ["%s住哪个房间", "zh"],
    ["what is %s's room number", "en"],
  ])("refuses “%s” alike for a hidden guest and a stranger, offering a message", async (phrase) => {
    const en = phrase.startsWith("what");
    const from = en ? "+14155550100" : undefined;
    const hidden = await call({ says: [phrase.replace("%s", en ? "Zhao Min" : "赵敏"), ""] }, from);
    const stranger = await call(
      { says: [phrase.replace("%s", en ? "Peter Brown" : "孙悟空"), ""] },
      from,
    );
    expect(hidden.dialled).toEqual([]);
    expect(heard(hidden)).toContain(
      en
        ? "can't give out staff members' private numbers or guests' room numbers"
        : "不能提供员工的私人电话或住客的房间号",
    );
    expect(hidden.heard.slice(1)).toEqual(stranger.heard.slice(1));
  });
});

describe("toll-fraud attempts", () => {
  it.each([
    ["transfer me to +1 900 555 0100", "+14155550100"],
    ["please connect me to 00 1 242 555 0199", "+14155550100"],
    ["帮我转一下幺三八零零一三八零零零", undefined],
    ["拨打13800138000", undefined],
  ])("never dials what the caller says: %s", async (words, from) => {
    const r = await call({ says: [words, words, "#"] }, from);
    expect(r.dialled.filter((d) => !DIRECTORY_NUMBERS.has(d.number))).toEqual([]);
    expect(r.dialled.every((d) => d.number !== "+19005550100")).toBe(true);
    expect(heard(r)).toMatch(/外部号码|outside numbers/);
  });

  it("dials nothing a caller keys in at the menu", async () => {
    const r = await call({ says: ["嗯", "嗯", "#19005550100"], staff: ["answer"] });
    // Only the first key counts, as a menu choice; the rest is ignored.
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550100"]);
  });
});

describe("language", () => {
  it("switches to English when the caller asks", async () => {
    const r = await call({
      says: ["English please", "I'd like to book a room"],
      staff: ["answer"],
    });
    expect(heard(r)).toContain("I'll continue in English");
    expect(heard(r)).toContain("Connecting you to Reservations");
    expect((await stored(r)).language).toBe("en");
    // The staff member is told in the hotel's language that the caller speaks English.
    expect(r.staffHeard.join("")).toContain(
      "湖畔酒店总机来电。来电人讲英语。来电人说：“I'd like to book a room”。",
    );
  });

  it("switches language with 9", async () => {
    const r = await call({ says: ["#9", "预订"], staff: ["answer"] }, "+14155550100");
    expect(r.heard[0]).toContain("Lakeside Hotel");
    expect(heard(r)).toContain("我们将用中文为您服务");
    expect((await stored(r)).language).toBe("zh");
  });

  it("goes on in English with a caller greeted in Chinese who plainly speaks English", async () => {
    const r = await call({
      says: ["Hi, I'd like to book a room", "Tom Baker", "personal", "#1"],
      staff: ["no-answer"],
      message: "Please call me back.",
    });
    expect(r.heard[2]).toBe("Connecting you to Reservations. One moment, please.");
    expect(heard(r)).toContain("May I have your name, please?");
    expect(heard(r)).toContain("Thank you, Tom Baker. Your message has been recorded");
    // Twilio listens for English from then on.
    const gathers = r.requests.slice(1).map((q) => /<Gather[^>]*language="([^"]+)"/.exec(q.body));
    // The name, the organisation, the callback and the survey's question.
    expect(gathers.filter(Boolean).map((m) => m?.[1])).toEqual([
      "en-US",
      "en-US",
      "en-US",
      "en-US",
    ]);
    expect((await stored(r)).language).toBe("en");
    const answered = await call({ says: ["Hi, I'd like to book a room"], staff: ["answer"] });
    expect(answered.staffHeard.join("")).toContain("来电人讲英语");
    const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(message.language).toBe("en");
  });

  it("goes on in Chinese with a caller greeted in English who speaks Chinese", async () => {
    const r = await call({ says: ["我想订房"], staff: ["answer"] }, "+14155550100");
    expect(r.heard[0]).toContain("Lakeside Hotel");
    expect(r.heard[2]).toBe("好的，正在为您转接预订部，请稍候。");
    expect(r.staffHeard.join("")).not.toContain("讲英语");
    expect((await stored(r)).language).toBe("zh");
  });

  it("keeps the call's language for a word or a name in the other one", async () => {
    const wifi = await call({ says: ["WiFi"], staff: ["answer"] });
    expect(wifi.heard[2]).toBe("好的，正在为您转接前台，请稍候。");
    expect((await stored(wifi)).language).toBe("zh");
    const name = await call({ says: ["我找David Miller"], staff: ["answer"] });
    expect(name.heard[2]).toContain("正在为您转接工程部的David Miller");
    expect((await stored(name)).language).toBe("zh");
  });
});

describe("when the caller is unclear", () => {
  it("answers a hello in kind, and a line that stays silent ends at the menu", async () => {
    const r = await call({ says: ["喂？", "我想订房"], staff: ["answer"] });
    expect(r.heard[2]).toBe("您好，请讲。请问您要找哪个部门或哪位？");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550101"]);

    const bad = await call({ says: ["Hello?", "Hello?", "#1"], staff: ["answer"] }, "+14155550100");
    expect(bad.heard[2]).toBe("Hello, I'm listening. Which department or person do you need?");
    expect(bad.heard[3]).toBe("Sorry, I didn't catch that.");
    expect(bad.heard[4]).toMatch(/^Please choose from the menu/);
  });

  it("says goodbye to a caller who says goodbye, and posts no missed call", async () => {
    const r = await call({ says: ["好的，再见"], hangupWhenDone: false });
    expect(r.ended).toBe("twiml");
    expect(r.heard.at(-1)).toBe("感谢您的来电，祝您有个愉快的一天。");
    expect(heard(r)).not.toContain("没有听清");
    expect(await stored(r)).toMatchObject({ outcome: "abandoned" });
    expect(await h.prisma.missedCall.count()).toBe(0);
    expect(await h.prisma.notification.count()).toBe(0);
  });

  it("says yes to a caller making sure they reached the hotel, then listens", async () => {
    const r = await call({ says: ["你好，请问是湖畔酒店吗？", "我想订房"], staff: ["answer"] });
    expect(r.heard[2]).toBe("是的，这里是湖畔酒店。请问有什么可以为您服务的？");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550101"]);

    const en = await call(
      { says: ["Hello, is this the Lakeside Hotel?", "front desk please"], staff: ["answer"] },
      "+14155550100",
    );
    expect(en.heard[2]).toBe("Yes, this is Lakeside Hotel. How may I help you?");
    expect(en.dialled.map((d) => d.number)).toEqual(["+862155550100"]);
  });

  it("asks first when the recogniser doubts what it heard, however clear the words", async () => {
    const r = await call({ says: ["我想订房", "是的"], staff: ["answer"], confidence: 0.2 });
    expect(r.heard[2]).toBe("请问您是要找预订部吗？是请说“是”或按1，不是请说“不是”或按2。");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550101"]);
    // The staff member hears what the caller asked for, not the "yes".
    expect(r.staffHeard.join("")).toContain("来电人说：“我想订房”。");
    // Heard with confidence, or with no score at all (0): put through at once.
    for (const confidence of [0.9, 0]) {
      const clear = await call({ says: ["我想订房"], staff: ["answer"], confidence });
      expect(clear.heard[2]).toBe("好的，正在为您转接预订部，请稍候。");
    }
    const person = await call({ says: ["我找张伟", "是"], staff: ["answer"], confidence: 0.3 });
    expect(person.heard[2]).toBe(
      "请问您是要找销售部的张伟吗？是请说“是”或按1，不是请说“不是”或按2。",
    );
    expect(person.dialled.map((d) => d.number)).toEqual(["+862155550207"]);
    expect(person.staffHeard.join("")).toContain("来电人说：“我找张伟”。");
    // An emergency never waits for a question.
    const fire = await call({ says: ["着火了"], staff: ["answer"], confidence: 0.1 });
    expect(fire.dialled.map((d) => d.number)).toEqual(["+862155550109"]);
  });

  it("tells the staff member what the caller wants without the hellos and hesitations", async () => {
    const r = await call({ says: ["喂，你好，嗯 是这样的 我 嗯 想订房"], staff: ["answer"] });
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550101"]);
    expect(r.staffHeard.join("")).toContain("来电人说：“我想订房”。");
    expect(r.staffHeard.join("")).not.toMatch(/喂|嗯/);
  });

  it("offers a choice of two, and tells the staff member what the caller asked for", async () => {
    // A meeting and a meal, each as much one department's as the other's.
    const r = await call({ says: ["我们开会要吃饭", "#2"], staff: ["answer"] });
    expect(r.heard[2]).toBe("请问您是要找餐饮部，还是销售部？餐饮部请按1，销售部请按2。");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550107"]);
    expect(r.staffHeard.join("")).toContain("来电人说：“我们开会要吃饭”。");

    const spoken = await call({ says: ["我们开会要吃饭", "餐饮部"], staff: ["answer"] });
    expect(spoken.dialled.map((d) => d.number)).toEqual(["+862155550103"]);
    expect(spoken.staffHeard.join("")).toContain("来电人说：“我们开会要吃饭”。");
  });

  it("offers the keypad menu after two tries, then transfers by key", async () => {
    const r = await call({ says: ["嗯", "嗯", "#3"], staff: ["answer"] });
    const keyed = directory.departments
      .filter((d) => d.keypad !== undefined)
      .sort((a, b) => Number(a.keypad) - Number(b.keypad));
    // One sentence: the choices between semicolons, a full stop at the end.
    expect(r.heard).toContain(
      `请按键选择：${keyed.map((d) => `${d.name.zh}请按${d.keypad}`).join("；")}。`,
    );
    const key3 = directory.departments.find((d) => d.keypad === "3");
    expect(r.dialled.map((d) => d.number)).toEqual(key3?.numbers.slice(0, 1));
    // Asked to say it once more after the first miss; before the menu, only the apology: not
    // "please say the department" and then "please press a key".
    const menu = r.heard.findIndex((text) => text.startsWith("请按键选择："));
    expect(r.heard[menu - 1]).toBe("抱歉，我没有听清。");
    expect(r.heard.filter((text) => text.includes("请说出您要找的部门"))).toHaveLength(1);
  });

  it("says so when a key is no choice, then reads the menu again", async () => {
    const r = await call({ says: ["#8", "#*", "#2"], staff: ["answer"] });
    const sorry = r.heard.flatMap((text, i) => (text === "抱歉，没有这个选项。" ? [i] : []));
    expect(sorry).toHaveLength(2);
    for (const i of sorry) expect(r.heard[i + 1]).toMatch(/^请按键选择：/);
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550101"]);
  });

  it("reads the menu in English to an English caller", async () => {
    const r = await call({ says: ["um", "um", "#3"], staff: ["answer"] }, "+14155550100");
    // Desks and roles with "the", services without.
    const listing = [
      "Please choose from the menu.",
      "For the Operator, press 0.",
      "For the Front Desk, press 1.",
      "For Reservations, press 2.",
      "For Housekeeping, press 3.",
      "For Food & Beverage, press 4.",
      "For the Concierge, press 5.",
      "For Engineering, press 6.",
      "For Sales & Events, press 7.",
    ].join(" ");
    expect(r.heard).toContain(listing);
    expect(r.heard[r.heard.indexOf(listing) - 1]).toBe("Sorry, I didn't catch that.");
  });

  it("hands over to the operator when the menu doesn't help either", async () => {
    const r = await call({ says: ["嗯", "嗯", "", ""], staff: ["answer"] });
    expect(heard(r)).toContain("总机人工服务");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550199"]);
  });
});
