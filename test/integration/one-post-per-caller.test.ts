import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CallScript } from "../../scripts/lib/phone.ts";
import { parseConfig } from "../../src/config.ts";
import { callThrough, ringing } from "../support/calls.ts";
import { FakeSlack, type SlackCall } from "../support/fake-slack.ts";
import {
  callParams,
  createHarness,
  type Harness,
  post,
  WEEKDAY_MORNING,
} from "../support/harness.ts";

// Staff see each caller once: a transfer nobody took followed by a message is the message's
// post alone, saying what happened to the transfer; a missed call is posted only when the caller
// leaves without a message, and a message left on calling again closes its post.

const FROM = "+8613800138000";
/** 23:30 in Shanghai: finance is closed. */
const LATE_EVENING = new Date("2026-11-25T15:30:00Z");

let slack: FakeSlack;
let h: Harness;
beforeEach(async () => {
  slack = await new FakeSlack().start();
  h = await createHarness({ slackApiUrl: slack.url });
});
afterEach(async () => {
  await h.close();
  await slack.stop();
});

async function call(script: CallScript, from = FROM) {
  const result = await callThrough(h, script, from);
  expect(result.problems).toEqual([]);
  await h.settle();
  return result;
}

const isMessage = (p: SlackCall) => String(p.args.text).includes("New message");
const isMissed = (p: SlackCall) => String(p.args.text).includes("Missed call");
const blocksOf = (p: SlackCall | undefined) => JSON.stringify(p?.args.blocks ?? []);

/** The updates of missed-call posts (a message's post is updated too, with its transcription). */
const missedUpdates = () => slack.posts("chat.update").filter(isMissed);

/** For Li Na (finance), a name, an organisation, the caller ID, then the message. */
const MESSAGE_FOR_LI_NA = { says: ["我找李娜", "我姓王", "华为", "#1"], message: "请回电，谢谢。" };

describe("a transfer nobody took, then a message", () => {
  it.each([
    ["declined", "decline", "拒接 declined"],
    ["unanswered", "no-answer", "无人接听 no answer"],
    ["busy", "busy", "忙线 busy"],
  ] as const)("is one message post when the transfer was %s", async (_, staff, reason) => {
    const r = await call({ ...MESSAGE_FOR_LI_NA, staff: [staff] });
    const posts = slack.posts();
    expect(posts.filter(isMissed)).toEqual([]);
    expect(posts.filter(isMessage)).toHaveLength(1);
    const post = blocksOf(posts.find(isMessage));
    // Its context says what became of the transfer; its only Call back is the message's.
    expect(post).toContain(`转接 Transfer: ${reason}`);
    expect(post).toContain("message_call_back");
    expect(post).not.toContain("missed_call_back");
    // The missed call is kept, answered by the message, and its own notice never went out.
    const missed = await h.prisma.missedCall.findMany({ where: { callSid: r.callSid } });
    const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(missed).toMatchObject([{ status: "message", messageId: message.id }]);
    expect(
      await h.prisma.notification.findMany({
        where: { kind: "missed_call" },
        select: { status: true },
      }),
    ).toEqual([{ status: "withdrawn" }]);
  });

  it("is one message post when the caller gave their name and hung up before the message", async () => {
    await call({ says: ["我找李娜", "我姓王", "我是华为的", "/hangup"], staff: ["decline"] });
    const posts = slack.posts();
    expect(posts.map(isMessage)).toEqual([true]);
    expect(blocksOf(posts[0])).toContain("转接 Transfer: 拒接 declined");
  });

  it("is one message post when the caller hangs up at the end of the recording", async () => {
    await call({ ...MESSAGE_FOR_LI_NA, staff: ["no-answer"], hangupAfterMessage: true });
    expect(slack.posts().map(isMessage)).toEqual([true]);
    // Nothing is left waiting to be posted later either.
    expect(await h.prisma.notification.count({ where: { kind: "missed_call" } })).toBe(1);
    expect(
      await h.prisma.notification.count({ where: { kind: "missed_call", status: "pending" } }),
    ).toBe(0);
  });
});

describe("a transfer nobody took, and no message", () => {
  it.each<[string, CallScript]>([
    ["hangs up when asked for their name", { says: ["我找李娜", "/hangup"], staff: ["decline"] }],
    [
      "would rather not leave one",
      { says: ["我找李娜", "不用了，谢谢", ""], staff: ["no-answer"] },
    ],
    ["hangs up while it rings", { says: ["我找李娜"], staff: ["hangup"] }],
  ])("is one missed-call post as soon as the caller %s", async (_, script) => {
    await call(script);
    const posts = slack.posts();
    expect(posts.map(isMissed)).toEqual([true]);
    expect(blocksOf(posts[0])).toContain("missed_call_back");
  });

  it("is a missed-call post for the department whose transfer the message does not follow", async () => {
    // Li Na declines and no message is left for her; reservations does not answer either, and
    // the message is left for reservations.
    const r = await call({
      says: ["我找李娜", "不用了", "我想订房", "我姓王", "个人", "#1"],
      staff: ["decline", "no-answer"],
    });
    const posts = slack.posts();
    expect(posts.map(isMessage).sort()).toEqual([false, true]);
    expect(blocksOf(posts.find(isMissed))).toContain("李娜");
    expect(blocksOf(posts.find(isMessage))).toContain("转接 Transfer: 无人接听 no answer");
    expect(
      await h.prisma.missedCall.findMany({
        where: { callSid: r.callSid },
        select: { department: true, status: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([
      { department: "finance", status: "new" },
      { department: "reservations", status: "message" },
    ]);
  });
});

describe("a message left on calling again", () => {
  it("closes the missed call's post with a note of the message", async () => {
    await call({ says: ["我找李娜", "/hangup"], staff: ["decline"] });
    const [missedPost] = slack.posts();
    expect(isMissed(missedPost as SlackCall)).toBe(true);
    expect(blocksOf(missedPost)).toContain("missed_call_back");

    h.setNow(new Date(WEEKDAY_MORNING.getTime() + 20 * 60_000));
    await call({ ...MESSAGE_FOR_LI_NA, staff: ["no-answer"] });
    const posts = slack.posts();
    // The second call is one message post; the first call's post is updated, not posted again.
    expect(posts.map(isMessage)).toEqual([false, true]);
    const message = blocksOf(posts[1]);
    expect(message).toContain("转接 Transfer: 无人接听 no answer");
    expect(message).toContain("此前未接来电 Earlier missed call: 拒接 declined");
    const updates = missedUpdates();
    expect(updates).toHaveLength(1);
    expect(updates[0]?.args).toMatchObject({
      channel: missedPost?.args.channel,
      ts: slack.messages[0]?.ts,
    });
    const updated = blocksOf(updates[0]);
    expect(updated).toContain("来电人随后留言");
    expect(updated).not.toContain("missed_call_back");
    expect(updated).not.toContain("missed_done");
    expect(await h.prisma.missedCall.count({ where: { status: "message" } })).toBe(2);
  });

  it("leaves a missed call open for a message from another number, or for someone else", async () => {
    await call({ says: ["我找李娜", "/hangup"], staff: ["decline"] });
    h.setNow(new Date(WEEKDAY_MORNING.getTime() + 10 * 60_000));
    await call({ ...MESSAGE_FOR_LI_NA, staff: ["decline"] }, "+8613900139000");
    await call({ says: ["我找王芳", "我姓王", "华为", "#1"], staff: ["decline"] });
    expect(missedUpdates()).toEqual([]);
    expect(
      await h.prisma.missedCall.findMany({
        where: { status: "new" },
        select: { target: true, reason: true },
      }),
    ).toEqual([{ target: "li_na", reason: "declined" }]);
  });

  it("closes an after-hours missed call when the caller calls back and leaves a message", async () => {
    // Finance is closed and no message is left; the caller calls again and leaves one.
    h.setNow(LATE_EVENING);
    await call({ says: ["我找李娜"] });
    await call({ says: ["我找李娜", "好的", "我姓王", "华为", "#1"] });
    expect(slack.posts().map(isMissed)).toEqual([true, false]);
    expect(missedUpdates()).toHaveLength(1);
  });
});

describe("a missed call whose call never reports its end", () => {
  it("waits at most ten minutes to be posted, and goes at once when the end is reported late", async () => {
    const { sid, dialed } = await ringing(h, "我找李娜", FROM);
    await dialed("no-answer");
    await h.settle();
    // Asked for a message, the caller is gone, and Twilio's status callback never comes.
    expect(slack.posts()).toEqual([]);
    const held = await h.prisma.notification.findFirstOrThrow({ where: { kind: "missed_call" } });
    expect(held).toMatchObject({ status: "pending" });
    expect(held.nextAttemptAt).toEqual(new Date(WEEKDAY_MORNING.getTime() + 10 * 60_000));

    // The status callback, late, posts it at once.
    h.setNow(new Date(WEEKDAY_MORNING.getTime() + 60_000));
    await post(h, "/voice/status", callParams(sid, FROM, { CallStatus: "completed" }));
    await h.settle();
    expect(slack.posts().map(isMissed)).toEqual([true]);
  });
});

describe("the waits, as configured", () => {
  /** The harness again, on the waits these variables give. */
  async function configured(env: Record<string, string>) {
    await h.close();
    const dev = {
      TWILIO_AUTH_TOKEN: "dev-twilio-token",
      ADMIN_TOKEN: "dev-admin-token-0123456789",
    };
    h = await createHarness({ slackApiUrl: slack.url, waits: parseConfig(env, dev).waits });
  }

  it("holds a missed call whose call never reports its end for MISSED_CALL_HOLD_MINUTES", async () => {
    await configured({ MISSED_CALL_HOLD_MINUTES: "2" });
    const { dialed } = await ringing(h, "我找李娜", FROM);
    await dialed("no-answer");
    await h.settle();
    const held = await h.prisma.notification.findFirstOrThrow({ where: { kind: "missed_call" } });
    expect(held.nextAttemptAt).toEqual(new Date(WEEKDAY_MORNING.getTime() + 2 * 60_000));
  });

  it("waits TRANSCRIPTION_GRACE_SECONDS for Twilio's transcription of a message", async () => {
    await configured({ TRANSCRIPTION_GRACE_SECONDS: "45" });
    const r = await call({ ...MESSAGE_FOR_LI_NA, staff: ["decline"] });
    const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(message.recordingSid).not.toBeNull();
    expect(message.transcribeAfter).toEqual(new Date(WEEKDAY_MORNING.getTime() + 45_000));
  });

  it.each([
    ["12 hours by default: answered", {}, "message"],
    ["1 hour with CALL_BACK_WINDOW_HOURS=1: left open", { CALL_BACK_WINDOW_HOURS: "1" }, "new"],
  ])(
    "takes a message two hours after a missed call, the call-back window %s",
    async (_, env, status) => {
      await configured(env);
      h.setNow(LATE_EVENING);
      await call({ says: ["我找李娜"] });
      h.setNow(new Date(LATE_EVENING.getTime() + 2 * 60 * 60_000));
      await call({ says: ["我找李娜", "好的", "我姓王", "华为", "#1"] });
      const missed = await h.prisma.missedCall.findMany({ select: { status: true } });
      expect(missed).toEqual([{ status }]);
    },
  );
});
