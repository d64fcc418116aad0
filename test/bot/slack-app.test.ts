import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { slackDeliverer } from "../../src/bot/delivery/slack-deliverer.ts";
import { createSlackClient } from "../../src/bot/slack-client.ts";
import { emergencyRepeatJob } from "../../src/jobs/emergency-repeat.ts";
import { runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { deliverNotices } from "../../src/store/outbox.ts";
import { callThrough } from "../support/calls.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { FakeTwilio } from "../support/fake-twilio.ts";
import {
  AUTH_TOKEN,
  createHarness,
  type Harness,
  newCallSid,
  PUBLIC_BASE_URL,
  post,
  TWILIO_ACCOUNT_SID,
  WEEKDAY_MORNING,
} from "../support/harness.ts";
import { buttonClick, slackPost, slashCommand } from "../support/slack.ts";
import { giveSlackIds } from "../support/staff.ts";

let h: Harness;
let slack: FakeSlack;
const now = WEEKDAY_MORNING;

beforeEach(async () => {
  slack = await new FakeSlack().start();
  h = await createHarness({ slackApiUrl: slack.url });
  await giveSlackIds(h, [
    ["li_na", "U_LINA"],
    ["zhang_wei", "U_ZHANG"],
    ["chen_jing", "U_CHEN", "operator"],
    ["wang_fang", "U_WANG", "supervisor"],
  ]);
  await h.prisma.organisation.updateMany({ data: { importedAt: new Date() } });
});
afterEach(async () => {
  await h.close();
  await slack.stop();
});

/** A caller leaves a message for finance, and the outbox posts it to Slack. */
async function messageForFinance() {
  const call = await callThrough(h, {
    says: ["我要开发票", "王先生", "个人", "#1"],
    staff: ["decline"],
    message: "请回电",
  });
  await h.settle();
  await deliverNotices(
    { db: h.db, now, log: createLogger("error"), holder: "test" },
    slackDeliverer({
      client: createSlackClient({ token: "xoxb-test", apiUrl: slack.url }),
      db: h.db,
      directory: () => loadDirectory(h.db),
      channels: { emergency: "C_EMERGENCY", supervisors: "C_SUPERVISORS" },
    }),
  );
  const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: call.callSid } });
  const post = slack.posts().find((p) => String(p.args.text).includes("New message"));
  // What Slack is asked from here on is the buttons' doing.
  slack.calls.length = 0;
  return { message, ts: `${post ? "1800000001.000001" : ""}` };
}

async function click(actionId: string, value: string, userId: string) {
  const res = await slackPost(
    h,
    buttonClick({ actionId, value, userId, responseUrl: slack.responseUrl() }),
    { now },
  );
  return res;
}

describe("POST /slack/events", () => {
  it("refuses a bad signature or a stale timestamp with 401, and does nothing", async () => {
    const body = slashCommand("help", "U_CHEN", slack.responseUrl());
    expect((await slackPost(h, body, { now, secret: "not-the-signing-secret" })).status).toBe(401);
    const stale = Math.floor(now.getTime() / 1000) - 6 * 60;
    expect((await slackPost(h, body, { now, timestamp: stale })).status).toBe(401);
    const unsigned = await h.app.request(`${PUBLIC_BASE_URL}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(unsigned.status).toBe(401);
    await h.settle();
    expect(slack.calls).toEqual([]);
  });

  it("answers Slack's URL verification", async () => {
    const res = await slackPost(
      h,
      JSON.stringify({ type: "url_verification", challenge: "abc123" }),
      {
        now,
        contentType: "application/json",
      },
    );
    expect(await res.json()).toEqual({ challenge: "abc123" });
  });

  it("acknowledges a command at once and answers through its response URL", async () => {
    const res = await slackPost(h, slashCommand("help", "U_CHEN", slack.responseUrl("help")), {
      now,
    });
    expect(res.status).toBe(200);
    await h.settle();
    const [answer] = slack.responses();
    expect(answer?.method).toBe("response_url:/respond/help");
    expect(String(answer?.args.text)).toContain("/switchboard stats");
    expect(String(answer?.args.text)).not.toContain("Unknown command");
    // Each command in code on its own, so an example in code within a line stays code.
    const lines = String(answer?.args.text)
      .split("\n")
      .filter((l) => l.startsWith("•"));
    for (const line of lines) expect(line).toMatch(/^• `\/switchboard [^`]*`( — |$)/);
    expect(lines.find((l) => l.includes("switchboard call"))).toContain(
      "• `/switchboard call <number> <reason> [private]` — ",
    );
  });

  it("answers a command it does not know by saying so, then the list", async () => {
    await slackPost(h, slashCommand("stast today", "U_CHEN", slack.responseUrl()), { now });
    await h.settle();
    const text = String(slack.responses()[0]?.args.text);
    expect(text.split("\n")[0]).toBe("未知命令 Unknown command `stast`. 可用命令 You can use:");
    expect(text).toContain("/switchboard stats");
  });

  it("tells someone outside the directory that they are not in it", async () => {
    await slackPost(h, slashCommand("stats", "U_STRANGER", slack.responseUrl()), { now });
    await h.settle();
    expect(String(slack.responses()[0]?.args.text)).toContain("not in the switchboard's directory");
  });

  it("keeps supervisor commands from plain staff", async () => {
    await slackPost(h, slashCommand("stats", "U_LINA", slack.responseUrl()), { now });
    await h.settle();
    expect(String(slack.responses()[0]?.args.text)).toContain("is for admin, supervisor, operator");
  });
});

describe("buttons on a message", () => {
  it("lets the department's staff claim it, updates the post in place, and audit-logs it", async () => {
    const { message } = await messageForFinance();
    await click("message_claim", message.id, "U_LINA");
    await h.settle();
    const stored = await h.prisma.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored).toMatchObject({ claimedBy: "U_LINA", status: "claimed" });
    const update = slack.posts("chat.update").at(-1);
    expect(update?.args).toMatchObject({ channel: "C_SUPERVISORS", ts: "1800000001.000001" });
    const blocks = JSON.stringify(update?.args.blocks);
    expect(blocks).toContain("<@U_LINA> 已认领 claimed");
    expect(blocks).not.toContain("message_claim");
    expect(await h.prisma.auditLog.findMany({ where: { subject: message.id } })).toMatchObject([
      { actor: "U_LINA", action: "message.claim" },
    ]);
  });

  it("gives one result when two people claim at once", async () => {
    const { message } = await messageForFinance();
    await Promise.all([
      click("message_claim", message.id, "U_LINA"),
      click("message_claim", message.id, "U_CHEN"),
    ]);
    await h.settle();
    const stored = await h.prisma.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(["U_LINA", "U_CHEN"]).toContain(stored.claimedBy);
    expect(
      await h.prisma.auditLog.count({ where: { subject: message.id, action: "message.claim" } }),
    ).toBe(1);
    const loser = stored.claimedBy === "U_LINA" ? "U_CHEN" : "U_LINA";
    const refusal = slack.posts("chat.postEphemeral").find((p) => p.args.user === loser);
    expect(String(refusal?.args.text)).toContain(`Already taken by <@${stored.claimedBy}>`);
  });

  it("refuses someone outside the department with an ephemeral message, changing nothing", async () => {
    const { message } = await messageForFinance();
    await click("message_claim", message.id, "U_ZHANG");
    await click("message_done", message.id, "U_STRANGER");
    await h.settle();
    const refusals = slack.posts("chat.postEphemeral");
    expect(refusals.map((r) => r.args.user)).toEqual(["U_ZHANG", "U_STRANGER"]);
    expect(String(refusals[0]?.args.text)).toContain("only this department's staff");
    expect(await h.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      claimedBy: null,
      doneAt: null,
    });
    expect(slack.posts("chat.update")).toEqual([]);
    expect(await h.prisma.auditLog.count()).toBe(0);
  });

  it("marks it done once, and the post loses its buttons", async () => {
    const { message } = await messageForFinance();
    await click("message_done", message.id, "U_WANG");
    await click("message_done", message.id, "U_LINA");
    await h.settle();
    expect(await h.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      doneBy: "U_WANG",
      status: "done",
    });
    expect(slack.posts("chat.update")).toHaveLength(1);
    expect(JSON.stringify(slack.posts("chat.update")[0]?.args.blocks)).not.toContain('"actions"');
  });
});

describe("the emergency button", () => {
  it("records who acknowledged it and when, once", async () => {
    const call = await callThrough(h, { says: ["有人晕倒了，快叫救护车"] });
    await click("emergency_ack", call.callSid, "U_CHEN");
    await click("emergency_ack", call.callSid, "U_WANG");
    await h.settle();
    const alert = await h.prisma.emergencyAlert.findUniqueOrThrow({
      where: { callSid: call.callSid },
    });
    expect(alert).toMatchObject({ acknowledgedBy: "U_CHEN", category: "medical" });
    expect(alert.acknowledgedAt?.toISOString()).toBe(now.toISOString());
    const [update] = slack.posts("chat.update");
    expect(JSON.stringify(update?.args.blocks)).toContain("<@U_CHEN> 已确认 acknowledged");
    expect(slack.posts("chat.update")).toHaveLength(1);
  });
});

describe("emergency repeats in Slack", () => {
  const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  const repeats = [emergencyRepeatJob()];
  async function repeatAt(minutes: number) {
    h.setNow(later(minutes));
    await runJobs(repeats, { db: h.db, clock: () => later(minutes), log: createLogger("error") });
    await h.settle();
  }

  it("acknowledged from a reply, updates the first post and every reply, and stops repeating", async () => {
    const call = await callThrough(h, { says: ["着火了，快来人！"] });
    await h.settle();
    await repeatAt(3);
    await repeatAt(6);
    const [first, ...replies] = slack.messages.filter((m) => m.channel === "C_EMERGENCY");
    expect(replies.map((r) => r.thread_ts)).toEqual([first?.ts, first?.ts]);
    slack.calls.length = 0;

    const res = await slackPost(
      h,
      buttonClick({
        actionId: "emergency_ack",
        value: call.callSid,
        userId: "U_CHEN",
        channel: "C_EMERGENCY",
        messageTs: replies[1]?.ts,
        responseUrl: slack.responseUrl(),
      }),
      { now: later(7) },
    );
    expect(res.status).toBe(200);
    await h.settle();
    const updates = slack.posts("chat.update");
    expect(updates.map((u) => u.args.ts).sort()).toEqual([first, ...replies].map((m) => m?.ts));
    for (const u of updates) {
      expect(u.args.channel).toBe("C_EMERGENCY");
      const shown = JSON.stringify(u.args.blocks);
      expect(shown).not.toContain("emergency_ack");
      expect(shown).not.toContain("not acknowledged");
      expect(shown).toContain("<@U_CHEN> 已确认 acknowledged");
    }
    for (const minutes of [9, 12, 30]) await repeatAt(minutes);
    expect(slack.posts()).toEqual([]);
  });
});

describe("Call back", () => {
  /** Runs `test` on a harness rebuilt to call a fake Twilio, with Li Na linked to Slack. */
  async function withTwilio(test: (twilio: FakeTwilio) => Promise<void>) {
    const twilio = await new FakeTwilio(TWILIO_ACCOUNT_SID, AUTH_TOKEN).start();
    await h.close();
    h = await createHarness({ slackApiUrl: slack.url, twilioApiUrl: twilio.url });
    await h.prisma.staff.update({ where: { key: "li_na" }, data: { slackUserId: "U_LINA" } });
    try {
      await test(twilio);
    } finally {
      await twilio.stop();
    }
  }

  it("rings the clicking staff member's desk through Twilio, then bridges to the caller, once per click", async () => {
    await withTwilio(async (twilio) => {
      const { message } = await messageForFinance();
      // A local number: a long-distance one needs an approved request first.
      await h.prisma.message.update({
        where: { id: message.id },
        data: { callbackNumber: "+862155551234" },
      });
      await Promise.all([
        click("message_call_back", message.id, "U_LINA"),
        click("message_call_back", message.id, "U_LINA"),
      ]);
      await h.settle();
      expect(twilio.placed).toHaveLength(1);
      const [placed] = twilio.placed;
      expect(placed).toMatchObject({ to: "+862155550206", from: "+862155550000" });
      expect(placed?.twiml).toMatch(/<Number [^>]*>\+862155551234<\/Number>/);
      expect(await h.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject(
        {
          calledBackBy: "U_LINA",
        },
      );
      expect(JSON.stringify(slack.posts("chat.update").at(-1)?.args.blocks)).toContain(
        "已回电 called back",
      );
      expect(await h.prisma.auditLog.count({ where: { action: "message.call_back" } })).toBe(1);
    });
  });

  it("records the call back as a call out by the staff member, completed by Twilio's reports", async () => {
    await withTwilio(async (twilio) => {
      const { message } = await messageForFinance();
      await h.prisma.message.update({
        where: { id: message.id },
        data: { callbackNumber: "+862155551234" },
      });
      await click("message_call_back", message.id, "U_LINA");
      await h.settle();
      const [placed] = twilio.placed;
      const sid = placed?.sid ?? "";
      expect(placed?.statusCallback).toBe(`${PUBLIC_BASE_URL}/voice/outbound/status?leg=desk`);
      const call = await h.prisma.call.findUniqueOrThrow({ where: { callSid: sid } });
      expect(call).toMatchObject({
        direction: "outbound",
        from: "+862155550000",
        to: "+862155551234",
        placedBy: "li_na",
        department: "finance",
        purpose: "message",
        purposeId: message.id,
        outcome: null,
      });
      expect(call.startedAt.toISOString()).toBe(now.toISOString());

      // The caller's leg ends after 95 s, then the desk's: signed as Twilio signs them.
      const report = (leg: string, params: Record<string, string>) =>
        post(h, `/voice/outbound/status?leg=${leg}`, {
          AccountSid: TWILIO_ACCOUNT_SID,
          Direction: "outbound-dial",
          ...params,
        });
      const ended = new Date(now.getTime() + 120_000);
      h.setNow(ended);
      const dialled = {
        CallSid: newCallSid(),
        ParentCallSid: sid,
        CallStatus: "completed",
        CallDuration: "95",
        Price: "-0.0200",
        PriceUnit: "usd",
      };
      expect((await report("dialled", dialled)).status).toBe(200);
      // Twilio retries: nothing changes twice.
      expect((await report("dialled", dialled)).status).toBe(200);
      expect(
        (await report("desk", { CallSid: sid, CallStatus: "completed", CallDuration: "110" }))
          .status,
      ).toBe(200);
      const done = await h.prisma.call.findUniqueOrThrow({ where: { callSid: sid } });
      expect(done).toMatchObject({
        outcome: "answered",
        status: "completed",
        durationSeconds: 95,
        cost: "0.02",
        costCurrency: "USD",
      });
      expect(done.answeredAt?.toISOString()).toBe(new Date(ended.getTime() - 95_000).toISOString());
      expect(done.endedAt?.toISOString()).toBe(ended.toISOString());
      expect(await h.prisma.call.count({ where: { direction: "outbound" } })).toBe(1);

      // An unsigned report changes nothing.
      const unsigned = await h.app.request(`${PUBLIC_BASE_URL}/voice/outbound/status?leg=desk`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ CallSid: sid, CallStatus: "failed" }).toString(),
      });
      expect(unsigned.status).toBe(403);
    });
  });

  it("records a call back the desk never answered as not answered, with no length", async () => {
    await withTwilio(async (twilio) => {
      const { message } = await messageForFinance();
      await h.prisma.message.update({
        where: { id: message.id },
        data: { callbackNumber: "+862155551234" },
      });
      await click("message_call_back", message.id, "U_LINA");
      await h.settle();
      const sid = twilio.placed[0]?.sid ?? "";
      await post(h, "/voice/outbound/status?leg=desk", {
        CallSid: sid,
        CallStatus: "no-answer",
        CallDuration: "0",
      });
      expect(await h.prisma.call.findUniqueOrThrow({ where: { callSid: sid } })).toMatchObject({
        outcome: "no-answer",
        answeredAt: null,
        durationSeconds: 0,
      });
    });
  });

  it("says so when Twilio refuses, and lets the button be used again", async () => {
    await withTwilio(async (twilio) => {
      const { message } = await messageForFinance();
      await h.prisma.message.update({
        where: { id: message.id },
        data: { callbackNumber: "+862155551234" },
      });
      twilio.faults.push({ status: 400, code: 21211, message: "Invalid 'To' Phone Number" });
      await click("message_call_back", message.id, "U_LINA");
      await h.settle();
      expect(String(slack.posts("chat.postEphemeral").at(-1)?.args.text)).toContain(
        "Call back failed",
      );
      expect(await h.prisma.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject(
        {
          calledBackBy: null,
        },
      );
      await click("message_call_back", message.id, "U_LINA");
      await h.settle();
      expect(twilio.placed).toHaveLength(1);
    });
  });
  it("refuses to call back a withheld number, placing no call", async () => {
    await withTwilio(async (twilio) => {
      const { message } = await messageForFinance();
      await h.prisma.message.update({
        where: { id: message.id },
        data: { callbackNumber: "+266696687" },
      });
      await click("message_call_back", message.id, "U_LINA");
      await h.settle();
      expect(twilio.placed).toEqual([]);
      expect(String(slack.posts("chat.postEphemeral").at(-1)?.args.text)).toContain(
        "There is no number to call back",
      );
    });
  });
});

describe("/switchboard stats and messages", () => {
  it("shows today's figures to an operator", async () => {
    await messageForFinance();
    await slackPost(h, slashCommand("stats today", "U_CHEN", slack.responseUrl("stats")), { now });
    await h.settle();
    const [answer] = slack.responses();
    const shown = JSON.stringify(answer?.args);
    expect(shown).toContain("财务部");
    expect(answer?.args.response_type).toBe("ephemeral");
  });

  it("answers a period it can't read with the forms it can", async () => {
    await slackPost(h, slashCommand("stats someday", "U_CHEN", slack.responseUrl()), { now });
    await h.settle();
    expect(String(slack.responses()[0]?.args.text)).toContain("2026-Q4");
  });

  it("lists a staff member's open messages with their buttons", async () => {
    const { message } = await messageForFinance();
    await slackPost(h, slashCommand("messages", "U_LINA", slack.responseUrl()), { now });
    await h.settle();
    const shown = JSON.stringify(slack.responses()[0]?.args.blocks);
    expect(shown).toContain(message.id);
    expect(shown).toContain("message_claim");
  });

  it("lists open messages oldest first, whole, and pages through the rest", async () => {
    for (let i = 0; i < 12; i++) {
      await h.prisma.message.create({
        data: {
          id: `m-${i}`,
          callSid: `CA${String(i).padStart(32, "0")}`,
          department: "finance",
          callerName: `客人${i}`,
          callbackNumber: "+8613800138000",
          language: "zh",
          transcription: `第${i}条留言，请回电。`,
          transcript: "我要开发票 / 个人",
          recordingUrl: "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1",
          status: "new",
          createdAt: new Date(now.getTime() - i * 60_000),
          updatedAt: now,
        },
      });
    }
    type Blocks = {
      type: string;
      text?: { text: string };
      elements?: { text?: string; value?: string }[];
    }[];
    const page = async (args: string) => {
      slack.calls.length = 0;
      await slackPost(h, slashCommand(args, "U_LINA", slack.responseUrl()), { now });
      await h.settle();
      const blocks = slack.responses()[0]?.args.blocks as Blocks;
      // Every message shown has its buttons: none is cut off part-way.
      const shown = blocks
        .filter((b) => b.type === "actions")
        .map((b) => String(b.elements?.[0]?.value));
      expect(blocks.filter((b) => b.type === "divider")).toHaveLength(shown.length);
      expect(blocks.length).toBeLessThanOrEqual(50);
      return { blocks, shown };
    };
    const first = await page("messages");
    expect(first.blocks[0]?.text?.text).toBe("待处理留言 Open messages (12) · 1/3");
    // The longest waiting first, since those are the ones to handle first.
    expect(first.shown).toEqual(["m-11", "m-10", "m-9", "m-8", "m-7"]);
    expect(first.blocks.at(-1)?.elements?.[0]?.text).toContain(
      "7 more, newer: `/switchboard messages 2` for the next page",
    );
    const last = await page("messages 3");
    expect(last.shown).toEqual(["m-1", "m-0"]);
    expect(last.blocks.at(-1)?.type).toBe("divider");
  });
});
