import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CallResult, CallScript } from "../../scripts/lib/phone.ts";
import { slackDeliverer } from "../../src/bot/delivery/slack-deliverer.ts";
import { createSlackClient } from "../../src/bot/slack-client.ts";
import { createLogger } from "../../src/log.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { deliverNotices } from "../../src/store/outbox.ts";
import { callThrough, ringing } from "../support/calls.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import {
  callParams,
  createHarness,
  type Harness,
  newCallSid,
  post,
  WEEKDAY_MORNING,
} from "../support/harness.ts";

/** 23:30 in Shanghai: reservations and finance are closed. */
const LATE_EVENING = new Date("2026-11-25T15:30:00Z");
const FROM = "+8613800138000";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** A whole call through the real HTTP app, as Twilio would make it. */
async function call(script: CallScript, from = FROM): Promise<CallResult> {
  const result = await callThrough(h, script, from);
  expect(result.problems).toEqual([]);
  return result;
}

async function missedFor(r: CallResult) {
  const missed = await h.prisma.missedCall.findMany({ where: { callSid: r.callSid } });
  const notifications = await h.prisma.notification.findMany({
    where: { kind: "missed_call", dedupeKey: { in: missed.map((m) => `missed:${m.key}`) } },
  });
  const outcome = (await h.prisma.call.findUniqueOrThrow({ where: { callSid: r.callSid } }))
    .outcome;
  return { missed, notifications, outcome };
}

interface Expected {
  reason: string;
  department: string;
  target: string | null;
  outcome: string;
}

describe("a missed call, on every path", () => {
  it.each<[string, CallScript, Date, Expected]>([
    [
      "the staff member declines",
      { says: ["我要开发票"], staff: ["decline"] },
      WEEKDAY_MORNING,
      { reason: "declined", department: "finance", target: null, outcome: "missed" },
    ],
    [
      "nobody answers",
      { says: ["我要开发票"], staff: ["no-answer"] },
      WEEKDAY_MORNING,
      { reason: "no-answer", department: "finance", target: null, outcome: "missed" },
    ],
    [
      "the line is busy",
      { says: ["我找李娜"], staff: ["busy"] },
      WEEKDAY_MORNING,
      { reason: "busy", department: "finance", target: "li_na", outcome: "missed" },
    ],
    [
      "the caller hangs up while it rings",
      { says: ["我想订房"], staff: ["hangup"] },
      WEEKDAY_MORNING,
      { reason: "caller-hung-up", department: "reservations", target: null, outcome: "abandoned" },
    ],
    [
      "the caller hangs up in the phone menu",
      { says: ["嗯"] },
      WEEKDAY_MORNING,
      { reason: "hung-up-in-ivr", department: "operator", target: null, outcome: "abandoned" },
    ],
    [
      "the caller hangs up at the greeting",
      { says: [] },
      WEEKDAY_MORNING,
      { reason: "hung-up-in-ivr", department: "operator", target: null, outcome: "abandoned" },
    ],
    [
      "a department is closed and no message is left",
      { says: ["我想订房"] },
      LATE_EVENING,
      { reason: "after-hours", department: "reservations", target: null, outcome: "missed" },
    ],
    [
      "a person's department is closed and no message is left",
      { says: ["我找李娜"] },
      LATE_EVENING,
      { reason: "after-hours", department: "finance", target: "li_na", outcome: "missed" },
    ],
  ])("records one missed call and one notification when %s", async (_, script, at, expected) => {
    h.setNow(at);
    const r = await call(script);
    const { missed, notifications, outcome } = await missedFor(r);
    const { outcome: expectedOutcome, ...record } = expected;
    expect(outcome).toBe(expectedOutcome);
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({ ...record, status: "new" });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      status: "pending",
      subject: missed[0]?.id,
      department: record.department,
    });
    // The notice names its missed call and copies nothing of it: its post reads the row.
    expect(JSON.parse(notifications[0]?.payload ?? "")).toEqual({});
    expect(missed[0]).toMatchObject({ callSid: r.callSid, createdAt: at });
    // Nothing else was queued about this call.
    expect(await h.prisma.notification.count()).toBe(1);
  });

  it("records no missed call when the caller was helped or left a message", async () => {
    const transferred = await call({ says: ["我想订房"], staff: ["answer"] });
    h.setNow(LATE_EVENING);
    const message = await call({
      says: ["我想订房", "留言", "李先生", "个人", "#1"],
      message: "明天想订两间房。",
    });
    const refused = await call({ says: ["我找住在你们酒店的赵敏"] });
    for (const r of [transferred, message, refused]) {
      expect((await missedFor(r)).missed).toEqual([]);
    }
    expect((await missedFor(refused)).outcome).toBe("info");
    expect(
      await h.prisma.notification.findMany({ select: { kind: true }, orderBy: { kind: "asc" } }),
    ).toEqual([{ kind: "message" }, { kind: "message_recording" }]);
  });

  it("does not ask to call back a caller whose number is withheld", async () => {
    const r = await call({ says: ["嗯"] }, "+266696687");
    expect(await missedFor(r)).toMatchObject({ missed: [], outcome: "abandoned" });
    expect(await h.prisma.notification.count()).toBe(0);
  });

  it("records the missed call once however often the status webhook comes", async () => {
    const r = await call({ says: ["嗯"] });
    const status = r.requests.find((q) => q.path === "/voice/status");
    if (!status) throw new Error("the simulator sent no status callback");
    // The same delivery again, several at once, then a later report with other details.
    const again = await Promise.all([1, 2, 3].map(() => post(h, "/voice/status", status.params)));
    expect(again.map((res) => res.status)).toEqual([200, 200, 200]);
    await post(h, "/voice/status", { ...status.params, CallDuration: "99", SequenceNumber: "1" });
    const { missed, notifications } = await missedFor(r);
    expect(missed).toHaveLength(1);
    expect(notifications).toHaveLength(1);
    expect(await h.prisma.notification.count()).toBe(1);
  });

  it("records one missed call when Twilio reports the hang-up on the Dial and on the call", async () => {
    const { sid, dialed } = await ringing(h, "我想订房", FROM);
    await dialed("canceled");
    await post(h, "/voice/status", callParams(sid, FROM, { CallStatus: "completed" }));
    expect(await h.prisma.missedCall.findMany({ where: { callSid: sid } })).toMatchObject([
      { reason: "caller-hung-up", department: "reservations" },
    ]);
    expect(await h.prisma.notification.count({ where: { kind: "missed_call" } })).toBe(1);
  });

  it("reads what an earlier version recorded as an event of its own about a closed department", async () => {
    // A call that was told Reservations is closed before an upgrade, then hangs up after it.
    h.setNow(LATE_EVENING);
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    const call = await h.prisma.call.update({
      where: { callSid: sid },
      data: { intent: "department", department: "reservations" },
    });
    await h.prisma.callEvent.create({
      data: {
        callSid: sid,
        callStartedAt: call.startedAt,
        at: LATE_EVENING,
        type: "info",
        detail: JSON.stringify({ what: "closed", department: "reservations" }),
      },
    });
    await post(h, "/voice/status", callParams(sid, FROM, { CallStatus: "completed" }));
    expect(await h.prisma.missedCall.findMany({ where: { callSid: sid } })).toMatchObject([
      { reason: "after-hours", department: "reservations", target: null },
    ]);
    expect((await h.prisma.call.findUniqueOrThrow({ where: { callSid: sid } })).outcome).toBe(
      "missed",
    );
  });

  it("records the missed call once when the first two status webhooks race", async () => {
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    const ended = callParams(sid, FROM, { CallStatus: "completed", CallDuration: "4" });
    const later = { ...ended, CallDuration: "5" };
    await Promise.all([post(h, "/voice/status", ended), post(h, "/voice/status", later)]);
    expect(await h.prisma.missedCall.count({ where: { callSid: sid } })).toBe(1);
    expect(await h.prisma.notification.count({ where: { kind: "missed_call" } })).toBe(1);
  });
});

describe("a message the caller began and did not finish", () => {
  async function messageFor(r: CallResult) {
    return h.prisma.message.findUnique({ where: { callSid: r.callSid } });
  }

  it("is passed on with who called and their number when they hang up before recording", async () => {
    const r = await call({
      says: ["我找李娜", "我姓王", "我是华为的", "/hangup"],
      staff: ["decline"],
    });
    expect(r.heard.join("\n")).toContain("尾号8 0 0 0");
    expect(await messageFor(r)).toMatchObject({
      department: "finance",
      target: "li_na",
      callerName: "王",
      organisation: "华为",
      // Not yet confirmed, but the caller ID is the number to call back.
      callbackNumber: FROM,
      transcript: "我找李娜 / 我姓王 / 我是华为的",
      summary: "来电人未录下留言内容即挂断 Hung up before recording the message",
      recordingUrl: null,
      status: "new",
    });
    const { missed, outcome } = await missedFor(r);
    expect(outcome).toBe("message");
    // The declined transfer is kept as a missed call the message answered: its post never goes.
    expect(missed.map((m) => [m.reason, m.status])).toEqual([["declined", "message"]]);
    const kinds = await h.prisma.notification.findMany({
      select: { kind: true, status: true },
      orderBy: { kind: "asc" },
    });
    expect(kinds).toEqual([
      { kind: "message", status: "pending" },
      { kind: "missed_call", status: "withdrawn" },
    ]);
  });

  it("takes the place of the after-hours missed call when they gave their name", async () => {
    h.setNow(LATE_EVENING);
    const r = await call({ says: ["我想订房", "好的", "Tom", "/hangup"] });
    expect(r.heard.join("\n")).toContain("哪家公司或单位");
    expect(await messageFor(r)).toMatchObject({
      department: "reservations",
      target: null,
      callerName: "Tom",
      organisation: null,
      callbackNumber: FROM,
    });
    const { missed, outcome } = await missedFor(r);
    expect(outcome).toBe("message");
    expect(missed).toEqual([]);
    expect(await h.prisma.notification.count({ where: { kind: "message" } })).toBe(1);
  });

  it("is only a missed call when they hang up before saying who they are", async () => {
    const r = await call({ says: ["我找李娜", "/hangup"], staff: ["decline"] });
    expect(r.heard.join("\n")).toContain("请问您贵姓");
    expect(await messageFor(r)).toBeNull();
    const { missed, outcome } = await missedFor(r);
    expect(outcome).toBe("missed");
    expect(missed.map((m) => m.reason)).toEqual(["declined"]);
  });

  it("is not taken when the caller would rather not leave one", async () => {
    const zh = await call({ says: ["我找李娜", "不用了，谢谢", ""], staff: ["decline"] });
    const en = await call(
      { says: ["Li Na please", "No thanks, I'll call back later", "no"], staff: ["no-answer"] },
      "+14155550100",
    );
    for (const r of [zh, en]) {
      expect(r.ended).toBe("twiml");
      expect(r.heard.join("\n")).not.toMatch(/哪家公司|Which company/);
      expect(await messageFor(r)).toBeNull();
      const { missed, outcome } = await missedFor(r);
      expect(outcome).toBe("missed");
      expect(missed).toHaveLength(1);
      expect(
        (await h.prisma.call.findUniqueOrThrow({ where: { callSid: r.callSid } })).callerName,
      ).toBeNull();
    }
    expect(zh.heard.slice(-2)).toEqual([
      "请问还有什么可以帮您？",
      "感谢您的来电，祝您有个愉快的一天。",
    ]);
  });

  it("is stored once however often the status webhook comes", async () => {
    const r = await call({ says: ["我找李娜", "我姓王", "/hangup"], staff: ["decline"] });
    const status = r.requests.find((q) => q.path === "/voice/status");
    if (!status) throw new Error("the simulator sent no status callback");
    // The same delivery again, several at once, then a later report with other details.
    await Promise.all([1, 2, 3].map(() => post(h, "/voice/status", status.params)));
    await post(h, "/voice/status", { ...status.params, CallDuration: "99", SequenceNumber: "1" });
    expect(await h.prisma.message.count()).toBe(1);
    expect(await h.prisma.notification.count({ where: { kind: "message" } })).toBe(1);
  });
});

describe("a complaint", () => {
  it("queues one notice for the duty manager with what the caller said", async () => {
    const r = await call({ says: ["我要投诉，你们的服务太差了"], staff: ["answer"] });
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550110"]);
    const complaints = await h.prisma.notification.findMany({ where: { kind: "complaint" } });
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatchObject({
      department: "duty_manager",
      dedupeKey: `complaint:${r.callSid}`,
      subject: r.callSid,
      status: "pending",
    });
    // What the caller said is the notice's own; who called is read from the call when posted.
    expect(JSON.parse(complaints[0]?.payload ?? "")).toEqual({
      utterance: "我要投诉，你们的服务太差了",
    });
    expect(complaints[0]?.createdAt).toEqual(WEEKDAY_MORNING);
    expect(await h.prisma.notification.count()).toBe(1);
  });

  it("queues it once when the same webhook is delivered several times at once", async () => {
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    const said = callParams(sid, FROM, {
      CallStatus: "in-progress",
      SpeechResult: "I want to make a complaint about the noise",
      Confidence: "0.9",
    });
    await Promise.all([1, 2, 3].map(() => post(h, "/voice/intent?n=1", said)));
    expect(await h.prisma.notification.count({ where: { kind: "complaint" } })).toBe(1);
  });

  it("is posted for the duty manager, and a missed transfer of it is a missed call too", async () => {
    const r = await call(
      {
        says: ["your service is terrible, I want to complain"],
        staff: ["no-answer"],
      },
      "+14155550100",
    );
    expect((await missedFor(r)).missed).toMatchObject([
      { reason: "no-answer", department: "duty_manager" },
    ]);
    const slack = await new FakeSlack().start();
    try {
      const deliver = slackDeliverer({
        client: createSlackClient({ token: "xoxb-test", apiUrl: slack.url }),
        db: h.db,
        directory: () => loadDirectory(h.db),
        channels: { emergency: "C_EMERGENCY", supervisors: "C_SUPERVISORS" },
      });
      await h.prisma.department.update({
        where: { key: "duty_manager" },
        data: { slackChannel: "C_DUTY_MANAGER" },
      });
      const log = createLogger("error");
      const result = await deliverNotices(
        { db: h.db, now: WEEKDAY_MORNING, log, holder: "test" },
        deliver,
      );
      expect(result.delivered).toBe(2);
      const complaint = slack.posts().find((p) => String(p.args.text).startsWith("投诉 Complaint"));
      expect(complaint?.args.channel).toBe("C_DUTY_MANAGER");
      expect(String(complaint?.args.text)).toContain("+14155550100");
      expect(JSON.stringify(complaint?.args.blocks)).toContain(
        "your service is terrible, I want to complain",
      );
      const missed = slack.posts().find((p) => String(p.args.text).includes("Missed call"));
      expect(missed?.args.channel).toBe("C_DUTY_MANAGER");
    } finally {
      await slack.stop();
    }
  });
});

describe("the missed-call post", () => {
  /** What the outbox posts to a fake Slack at `now`: each post's arguments. */
  async function postedToSlack(now: Date): Promise<Record<string, unknown>[]> {
    const slack = await new FakeSlack().start();
    try {
      const deliver = slackDeliverer({
        client: createSlackClient({ token: "xoxb-test", apiUrl: slack.url }),
        db: h.db,
        directory: () => loadDirectory(h.db),
        channels: { emergency: "C_EMERGENCY", supervisors: "C_SUPERVISORS" },
      });
      await deliverNotices({ db: h.db, now, log: createLogger("error"), holder: "test" }, deliver);
      return slack.posts().map((p) => p.args);
    } finally {
      await slack.stop();
    }
  }

  it("says why in staff's words for the new reasons", async () => {
    h.setNow(LATE_EVENING);
    await call({ says: ["我想订房"] });
    h.setNow(WEEKDAY_MORNING);
    await call({ says: ["嗯"] });
    const blocks = (await postedToSlack(LATE_EVENING)).map((p) => JSON.stringify(p.blocks));
    expect(blocks).toHaveLength(2);
    expect(blocks.join("\n")).toContain("after hours, no message");
    expect(blocks.join("\n")).toContain("hung up in the phone menu");
    for (const b of blocks) expect(b).toContain("missed_call_back");
  });

  it("says a withheld number was withheld, and offers no call back to it", async () => {
    const WITHHELD = "+266696687"; // ANONYMOUS on a keypad: a number in form, and nobody's
    await call({ says: ["我找李娜", "/hangup"], staff: ["decline"] }, WITHHELD);
    await call({ says: ["我找王芳", "我姓赵", "个人", "/hangup"], staff: ["decline"] }, WITHHELD);
    const posts = (await postedToSlack(WEEKDAY_MORNING)).map((p) => JSON.stringify(p));
    // The first call's missed call, and the message begun in the second call in place of its own.
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      expect(post).not.toContain(WITHHELD);
      expect(post).not.toContain("call_back");
    }
    expect(posts.filter((p) => p.includes("未显示号码 Withheld"))).toHaveLength(1);
    expect(posts.find((p) => p.includes("message:"))).toContain("未留号码 None given");
  });
});
