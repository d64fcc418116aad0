import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callThrough } from "../support/calls.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { FakeTwilio } from "../support/fake-twilio.ts";
import {
  AUTH_TOKEN,
  createHarness,
  type Harness,
  TWILIO_ACCOUNT_SID,
  WEEKDAY_MORNING,
} from "../support/harness.ts";
import { buttonClick, deliverOutbox, slackPost } from "../support/slack.ts";
import { giveSlackIds } from "../support/staff.ts";

// A score of 1 or 2 is a follow-up task in Slack: posted to the department and the supervisors
// through the outbox, called back and marked done with its buttons.

/** A Shanghai landline: called back without long-distance approval. */
const CALLER = "+862166660000";
const now = WEEKDAY_MORNING;

let h: Harness;
let slack: FakeSlack;
let twilio: FakeTwilio;
beforeEach(async () => {
  slack = await new FakeSlack().start();
  twilio = await new FakeTwilio(TWILIO_ACCOUNT_SID, AUTH_TOKEN).start();
  h = await createHarness({ slackApiUrl: slack.url, twilioApiUrl: twilio.url });
  await giveSlackIds(h, [
    ["li_na", "U_LINA"],
    ["zhang_wei", "U_ZHANG"],
    ["wang_fang", "U_WANG", "supervisor"],
  ]);
});
afterEach(async () => {
  await h.close();
  await slack.stop();
  await twilio.stop();
});

/** A caller leaves Li Na a message and scores it `score`, saying `comment` when asked. */
async function scored(score: string, comment = "") {
  const r = await callThrough(
    h,
    { says: ["我找李娜", "我姓王", "个人", "#1", score, comment], staff: ["decline"] },
    CALLER,
  );
  expect(r.problems).toEqual([]);
  return r;
}

async function click(actionId: string, value: string, userId: string, channel: string) {
  const res = await slackPost(
    h,
    buttonClick({
      actionId,
      value,
      userId,
      channel,
      messageTs: "1800000001.000001",
      responseUrl: slack.responseUrl(),
    }),
    { now },
  );
  expect(res.status).toBe(200);
  await h.settle();
}

function followUps() {
  return slack.posts().filter((p) => String(p.args.text).startsWith("低分回访"));
}

describe("a low score's follow-up task", () => {
  it("is posted with the comment, to the department's channel and to the supervisors", async () => {
    await h.prisma.department.update({
      where: { key: "finance" },
      data: { slackChannel: "C_FINANCE" },
    });
    const r = await scored("#1", "没有人给我回电话");
    const queued = await h.prisma.notification.findMany({
      where: { kind: "survey_follow_up" },
      orderBy: { dedupeKey: "asc" },
    });
    // Stored before it is sent.
    expect(queued.map((n) => [n.dedupeKey, n.status])).toEqual([
      [`survey:${r.callSid}`, "pending"],
      [`survey:${r.callSid}:supervisors`, "pending"],
    ]);
    await deliverOutbox(h, slack.url, now);
    const posts = followUps();
    expect(posts.map((p) => p.args.channel).sort()).toEqual(["C_FINANCE", "C_SUPERVISORS"]);
    const blocks = JSON.stringify(posts[0]?.args.blocks);
    expect(blocks).toContain("★☆☆☆☆ 1/5");
    expect(blocks).toContain("没有人给我回电话");
    expect(blocks).toContain("李娜");
    expect(blocks).toContain("survey_call_back");
    expect(blocks).toContain("survey_done");
  });

  it("waits for the comment when one is asked, and goes without it when none comes", async () => {
    const r = await scored("#2", "/hangup");
    await deliverOutbox(h, slack.url, now);
    expect(followUps()).toEqual([]);
    await deliverOutbox(h, slack.url, new Date(now.getTime() + 120_000));
    // No department channel: the supervisors' channel is the department's, posted once.
    expect(followUps().map((p) => p.args.channel)).toEqual(["C_SUPERVISORS"]);
    expect(JSON.stringify(followUps()[0]?.args.blocks)).toContain("2/5");
    expect(await h.prisma.survey.findUnique({ where: { callSid: r.callSid } })).toMatchObject({
      comment: null,
      followUp: "open",
    });
  });

  it("is not opened for a score of 3 or more", async () => {
    await scored("#3");
    await deliverOutbox(h, slack.url, new Date(now.getTime() + 120_000));
    expect(followUps()).toEqual([]);
    expect(await h.prisma.notification.count({ where: { kind: "survey_follow_up" } })).toBe(0);
  });

  it("is called back from the clicker's desk and marked done, updating both posts", async () => {
    await h.prisma.department.update({
      where: { key: "finance" },
      data: { slackChannel: "C_FINANCE" },
    });
    const r = await scored("#1", "态度不好");
    await deliverOutbox(h, slack.url, now);
    const financeTs = String(
      (
        await h.prisma.notification.findUniqueOrThrow({
          where: { dedupeKey: `survey:${r.callSid}` },
        })
      ).slackTs,
    );

    // Someone from another department may not act on it.
    await click("survey_done", r.callSid, "U_ZHANG", "C_FINANCE");
    expect(String(slack.posts("chat.postEphemeral").at(-1)?.args.text)).toContain("Sorry, only");
    expect(
      (await h.prisma.survey.findUniqueOrThrow({ where: { callSid: r.callSid } })).followUp,
    ).toBe("open");

    await click("survey_call_back", r.callSid, "U_LINA", "C_FINANCE");
    expect(twilio.placed).toHaveLength(1);
    expect(twilio.placed[0]).toMatchObject({ to: "+862155550206", from: "+862155550000" });
    expect(twilio.placed[0]?.twiml).toMatch(new RegExp(`<Number[^>]*>\\${CALLER}</Number>`));
    // The call back is a call out in the record, for this survey, placed by the clicker.
    expect(
      await h.prisma.call.findFirstOrThrow({ where: { direction: "outbound" } }),
    ).toMatchObject({
      callSid: twilio.placed[0]?.sid,
      to: CALLER,
      placedBy: "li_na",
      department: "finance",
      purpose: "survey_follow_up",
      purposeId: r.callSid,
    });
    expect(
      await h.prisma.survey.findUniqueOrThrow({ where: { callSid: r.callSid } }),
    ).toMatchObject({ calledBackBy: "U_LINA", followUp: "open" });
    expect(await h.prisma.auditLog.count({ where: { action: "survey.call_back" } })).toBe(1);

    await click("survey_done", r.callSid, "U_LINA", "C_FINANCE");
    await click("survey_done", r.callSid, "U_WANG", "C_SUPERVISORS");
    expect(
      await h.prisma.survey.findUniqueOrThrow({ where: { callSid: r.callSid } }),
    ).toMatchObject({ doneBy: "U_LINA", followUp: "done" });
    expect(await h.prisma.auditLog.count({ where: { action: "survey.done" } })).toBe(1);
    // Both posts show it done, without buttons: the one clicked and the other.
    const updates = slack.posts("chat.update");
    const last = updates.slice(-2);
    expect(last.map((u) => u.args.channel).sort()).toEqual(["C_FINANCE", "C_SUPERVISORS"]);
    expect(updates.some((u) => u.args.channel === "C_FINANCE" && u.args.ts === financeTs)).toBe(
      true,
    );
    for (const u of last) {
      const blocks = JSON.stringify(u.args.blocks);
      expect(blocks).toContain("已完成 done");
      expect(blocks).not.toContain("survey_done");
    }
  });
});
