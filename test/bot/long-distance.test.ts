import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseTwiml } from "../../scripts/lib/phone.ts";
import { slackDeliverer } from "../../src/bot/delivery/slack-deliverer.ts";
import { createSlackClient } from "../../src/bot/slack-client.ts";
import { LONG_DISTANCE_DEFAULTS } from "../../src/config.ts";
import { longDistanceJob, PRICE_CHECKS_AFTER_MS } from "../../src/jobs/long-distance-upkeep.ts";
import { createLogger } from "../../src/log.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { shiftSummary } from "../../src/store/handovers.ts";
import { recordDecision } from "../../src/store/long-distance.ts";
import { deliverNotices } from "../../src/store/outbox.ts";
import { callThrough } from "../support/calls.ts";
import { FakeSlack } from "../support/fake-slack.ts";
import { FakeTwilio } from "../support/fake-twilio.ts";
import {
  ADMIN_TOKEN,
  AUTH_TOKEN,
  admin,
  createHarness,
  type Harness,
  PUBLIC_BASE_URL,
  post,
  TWILIO_ACCOUNT_SID,
  WEEKDAY_MORNING,
} from "../support/harness.ts";
import {
  buttonClick,
  NO_SHIFT_CALLS,
  slackPost,
  slashCommand,
  viewSubmission,
} from "../support/slack.ts";
import { giveSlackIds } from "../support/staff.ts";

const LI_NA_DESK = "+862155550206";
const MAIN_NUMBER = "+862155550000";
const APPROVERS = "C_APPROVERS";

let h: Harness;
let slack: FakeSlack;
let twilio: FakeTwilio;
let now: Date;

beforeEach(async () => {
  slack = await new FakeSlack().start();
  twilio = await new FakeTwilio(TWILIO_ACCOUNT_SID, AUTH_TOKEN).start();
  h = await createHarness({ slackApiUrl: slack.url, twilioApiUrl: twilio.url });
  now = WEEKDAY_MORNING;
  await giveSlackIds(h, [
    ["li_na", "U_LINA", "staff"],
    ["wang_fang", "U_WANG", "approver"],
    ["david_miller", "U_DAVID", "approver"],
    ["zhang_wei", "U_ZHANG", "operator"],
    ["chen_jing", "U_CHEN", "finance"],
  ]);
  await h.prisma.organisation.updateMany({ data: { importedAt: new Date() } });
});
afterEach(async () => {
  await h.close();
  await slack.stop();
  await twilio.stop();
});

function later(minutes: number) {
  now = new Date(now.getTime() + minutes * 60_000);
  h.setNow(now);
}

async function command(text: string, userId: string) {
  const res = await slackPost(h, slashCommand(text, userId, slack.responseUrl()), { now });
  expect(res.status).toBe(200);
  await h.settle();
  const answer = slack.responses().at(-1)?.args ?? {};
  return { text: String(answer.text), blocks: JSON.stringify(answer.blocks ?? []) };
}

/** Runs the outbox as the job would, with approvals going to their own channel. */
async function deliver() {
  await h.settle();
  return deliverNotices(
    { db: h.db, now, log: createLogger("error"), holder: "test" },
    slackDeliverer({
      client: createSlackClient({ token: "xoxb-test", apiUrl: slack.url }),
      db: h.db,
      directory: () => loadDirectory(h.db),
      channels: { emergency: "C_EMERGENCY", supervisors: "C_SUPERVISORS", approvers: APPROVERS },
    }),
  );
}

/** Asks for a call, and the outbox posts it to the approvers; returns the request and its post. */
async function requested(text: string, userId = "U_LINA") {
  const answer = await command(`call ${text}`, userId);
  await deliver();
  const request = await h.prisma.longDistanceRequest.findFirstOrThrow({
    orderBy: { createdAt: "desc" },
  });
  expect(request.slackChannel).toBe(APPROVERS);
  return { answer, request, ts: request.slackTs ?? "" };
}

async function click(actionId: string, value: string, userId: string, ts: string) {
  const res = await slackPost(
    h,
    buttonClick({
      actionId,
      value,
      userId,
      channel: APPROVERS,
      messageTs: ts,
      responseUrl: slack.responseUrl("click"),
    }),
    { now },
  );
  expect(res.status).toBe(200);
  return res;
}

async function found(id: string) {
  return h.prisma.longDistanceRequest.findUniqueOrThrow({ where: { id } });
}

async function actions(id: string) {
  const rows = await h.prisma.auditLog.findMany({ where: { subject: id }, orderBy: { at: "asc" } });
  return rows.map((r) => r.action);
}

const ephemeralTo = (user: string) =>
  slack
    .posts("chat.postEphemeral")
    .filter((p) => p.args.user === user)
    .map((p) => String(p.args.text));

const dmsTo = (user: string) =>
  slack
    .posts()
    .filter((p) => p.args.channel === user)
    .map((p) => String(p.args.text));

/** A leg of the placed call ends: Twilio's signed status callback to the URL it was given. */
async function legEnds(url: string, params: Record<string, string>) {
  const path = url.slice(PUBLIC_BASE_URL.length);
  const res = await post(h, path, {
    AccountSid: TWILIO_ACCOUNT_SID,
    ApiVersion: "2010-04-01",
    From: MAIN_NUMBER,
    Direction: "outbound-api",
    ...params,
  });
  expect(res.status).toBe(200);
  expect(await res.text()).toContain("<Response");
}

/** The status callback URL on the bridged number in the placed call's TwiML. */
function destinationCallback(twiml: string | undefined): string {
  const dial = parseTwiml(twiml ?? "").find((v) => v.name === "Dial");
  return dial?.children[0]?.attrs.statusCallback ?? "";
}

const childSid = () => `CA${crypto.randomUUID().replace(/-/g, "")}`;

describe("/switchboard call → approval → the call", () => {
  it("posts the request, places the approved call through Twilio, and records duration and price", async () => {
    const { answer, request, ts } = await requested("+1 212 736 3100 client contract follow-up");
    expect(answer.text).toContain("Sent for approval");
    expect(request).toMatchObject({
      status: "pending",
      requesterKey: "li_na",
      requesterSlackId: "U_LINA",
      department: "finance",
      destination: "+12127363100",
      region: "US",
      tollClass: "international",
      reason: "client contract follow-up",
      private: false,
      source: "slack",
    });
    expect(request.expiresAt.getTime() - request.createdAt.getTime()).toBe(30 * 60_000);
    const shown = JSON.stringify(slack.posts().find((p) => p.args.channel === APPROVERS)?.args);
    for (const part of [
      "+1 212 736 3100",
      "美国 United States",
      "国际长途 international",
      "client contract follow-up",
      "公务 business",
      "李娜 (<@U_LINA>)",
      "财务部",
      "long_distance_approve",
      "long_distance_deny",
    ]) {
      expect(shown).toContain(part);
    }

    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    expect(twilio.placed).toHaveLength(1);
    const [placed] = twilio.placed;
    expect(placed).toMatchObject({ to: LI_NA_DESK, from: MAIN_NUMBER });
    expect(placed?.statusCallback).toBe(
      `${PUBLIC_BASE_URL}/voice/long-distance/status?request=${request.id}&leg=desk`,
    );
    const verbs = parseTwiml(placed?.twiml ?? "");
    expect(verbs.map((v) => v.name)).toEqual(["Say", "Dial"]);
    const dial = verbs[1];
    expect(dial?.attrs).toMatchObject({ callerId: MAIN_NUMBER, timeLimit: "3600" });
    expect(dial?.children.map((c) => [c.name, c.text])).toEqual([["Number", "+12127363100"]]);
    expect(destinationCallback(placed?.twiml)).toBe(
      `${PUBLIC_BASE_URL}/voice/long-distance/status?request=${request.id}&leg=destination`,
    );
    expect(await found(request.id)).toMatchObject({
      status: "calling",
      callSid: placed?.sid,
      decidedBy: "U_WANG",
      decidedByName: "王芳",
      deposit: null,
    });
    const onPost = slack.posts("chat.update").at(-1);
    expect(onPost?.args).toMatchObject({ channel: APPROVERS, ts });
    expect(JSON.stringify(onPost?.args.blocks)).toContain("<@U_WANG> 已批准 approved");
    expect(JSON.stringify(onPost?.args.blocks)).not.toContain("long_distance_approve");

    await deliver();
    expect(dmsTo("U_LINA").join("\n")).toContain("was approved: your desk will ring");

    later(3);
    const child = childSid();
    await legEnds(destinationCallback(placed?.twiml), {
      CallSid: child,
      ParentCallSid: placed?.sid ?? "",
      To: "+12127363100",
      CallStatus: "completed",
      CallDuration: "125",
      Price: "-0.08500",
      PriceUnit: "USD",
    });
    // Twilio bills the desk's leg too: the call's cost is both legs'.
    await legEnds(placed?.statusCallback ?? "", {
      CallSid: placed?.sid ?? "",
      To: LI_NA_DESK,
      CallStatus: "completed",
      CallDuration: "140",
      Price: "-0.01400",
      PriceUnit: "USD",
    });
    const done = await found(request.id);
    expect(done).toMatchObject({
      status: "completed",
      destinationCallSid: child,
      callStatus: "completed",
      durationSeconds: 125,
      deskCost: "0.014",
      deskCostCurrency: "USD",
      destinationCost: "0.085",
      destinationCostCurrency: "USD",
      cost: "0.099",
      costCurrency: "USD",
      costSource: "twilio",
    });
    expect(done.callEndedAt?.toISOString()).toBe(now.toISOString());
    expect(done.callStartedAt?.getTime()).toBe(now.getTime() - 125_000);

    await deliver();
    const updated = slack.posts("chat.update").at(-1);
    expect(updated?.args).toMatchObject({ channel: APPROVERS, ts });
    expect(JSON.stringify(updated?.args.blocks)).toContain("已通话 connected");
    expect(JSON.stringify(updated?.args.blocks)).toContain("USD 0.099");
    expect(await actions(request.id)).toEqual([
      "long_distance.request",
      "long_distance.approve",
      "long_distance.call_placed",
      "long_distance.destination_leg",
      "long_distance.cost",
    ]);

    const res = await admin(h, "/api/long-distance?status=completed");
    const body = (await res.json()) as { items: Record<string, unknown>[]; total: number };
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      requester: "li_na",
      requesterName: "李娜",
      department: "finance",
      destination: "+12127363100",
      class: "international",
      reason: "client contract follow-up",
      decidedBy: "U_WANG",
      durationSeconds: 125,
      deskCost: "0.014",
      destinationCost: "0.085",
      cost: "0.099",
      costCurrency: "USD",
    });

    // The call is in the call record too, as a call out placed by Li Na for her request.
    const calls = await admin(h, "/api/calls?direction=outbound");
    const out = (await calls.json()) as { items: Record<string, unknown>[]; total: number };
    expect(out.total).toBe(1);
    expect(out.items[0]).toMatchObject({
      callSid: placed?.sid,
      direction: "outbound",
      from: MAIN_NUMBER,
      to: "+12127363100",
      placedBy: "li_na",
      department: "finance",
      purpose: "long_distance",
      purposeId: request.id,
      outcome: "answered",
      durationSeconds: 125,
      cost: "0.099",
      costCurrency: "USD",
      answeredAt: new Date(now.getTime() - 125_000).toISOString(),
    });
    const inbound = (await (await admin(h, "/api/calls?direction=inbound")).json()) as {
      items: { direction: string }[];
    };
    expect(inbound.items.every((call) => call.direction === "inbound")).toBe(true);
    const figures = (await (await admin(h, "/api/stats")).json()) as {
      totals: { calls: number };
      outbound: unknown;
      departments: { key: string | null; outbound: unknown }[];
      staff: { key: string; outbound: unknown }[];
    };
    const placedOne = { calls: 1, answered: 1, seconds: 125, cost: 0.099 };
    expect(figures.outbound).toEqual(placedOne);
    expect(figures.departments.find((d) => d.key === "finance")?.outbound).toEqual(placedOne);
    expect(figures.staff.find((s) => s.key === "li_na")?.outbound).toEqual(placedOne);
    expect(figures.staff.find((s) => s.key === "zhang_wei")?.outbound).toEqual({
      calls: 0,
      answered: 0,
      seconds: 0,
      cost: 0,
    });

    const stats = await command("stats today", "U_ZHANG");
    expect(stats.blocks).toContain("长途电话 Long-distance calls");
    expect(stats.blocks).toContain("USD 0.099");
  });

  it("refuses an unsigned status callback, changing nothing", async () => {
    const { request, ts } = await requested("+1 212 736 3100 client call");
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    const url = destinationCallback(twilio.placed[0]?.twiml);
    const res = await h.app.request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        CallSid: childSid(),
        CallStatus: "completed",
        CallDuration: "9",
      }).toString(),
    });
    expect(res.status).toBe(403);
    expect((await found(request.id)).status).toBe("calling");
  });

  it("records an unanswered desk, updates the post and tells the requester", async () => {
    const { request, ts } = await requested("010 6552 9988 confirm the Beijing meeting");
    expect(request.tollClass).toBe("domestic_long_distance");
    await click("long_distance_approve", request.id, "U_DAVID", ts);
    await h.settle();
    const [placed] = twilio.placed;
    await legEnds(placed?.statusCallback ?? "", {
      CallSid: placed?.sid ?? "",
      To: LI_NA_DESK,
      CallStatus: "no-answer",
      CallDuration: "0",
    });
    expect(await found(request.id)).toMatchObject({
      status: "unanswered",
      callFailure: "desk no-answer",
      cost: null,
    });
    await deliver();
    expect(JSON.stringify(slack.posts("chat.update").at(-1)?.args.blocks)).toContain(
      "未接通 not connected: desk no-answer",
    );
    expect(dmsTo("U_LINA").join("\n")).toContain("not connected (desk no-answer)");
  });

  it("closes a call whose desk answered and hung up before the destination was dialled", async () => {
    const { request, ts } = await requested("+1 212 736 3100 client call");
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    const [placed] = twilio.placed;
    await legEnds(placed?.statusCallback ?? "", {
      CallSid: placed?.sid ?? "",
      To: LI_NA_DESK,
      CallStatus: "completed",
      CallDuration: "4",
    });
    expect(await found(request.id)).toMatchObject({
      status: "calling",
      deskCallStatus: "completed",
    });
    const job = longDistanceJob({ settings: LONG_DISTANCE_DEFAULTS, twilio: null });
    const run = () => job.run({ db: h.db, now, log: createLogger("error"), holder: "test" });
    later(60);
    expect(await run()).toMatchObject({ stalled: 0 });
    later(6);
    expect(await run()).toMatchObject({ stalled: 1 });
    expect(await found(request.id)).toMatchObject({
      status: "unanswered",
      callFailure: "desk hung up before the destination answered",
    });
    await deliver();
    expect(dmsTo("U_LINA").join("\n")).toContain("not connected");
  });

  it("tells a requester who has no Slack user in the post's thread", async () => {
    const { request, ts } = await requested("+1 212 736 3100 client call");
    await h.prisma.staff.update({ where: { key: "li_na" }, data: { slackUserId: null } });
    await h.prisma.organisation.updateMany({ data: { importedAt: new Date() } });
    await h.prisma.longDistanceRequest.update({
      where: { id: request.id },
      data: { requesterSlackId: null },
    });
    await click("long_distance_deny", request.id, "U_WANG", ts);
    await h.settle();
    const view = slack.posts("views.open").at(-1)?.args.view as { private_metadata: string };
    await slackPost(
      h,
      viewSubmission({
        callbackId: "long_distance_deny",
        userId: "U_WANG",
        privateMetadata: view.private_metadata,
        values: { reason: { value: { type: "plain_text_input", value: "Use email" } } },
      }),
      { now },
    );
    await h.settle();
    await deliver();
    const inThread = slack.posts().find((p) => p.args.thread_ts === ts);
    expect(inThread?.args.channel).toBe(APPROVERS);
    expect(String(inThread?.args.text)).toContain("李娜");
    expect(String(inThread?.args.text)).toContain("please tell them by phone");
  });

  it("records a call Twilio refuses as failed, on the post and to the requester", async () => {
    const { request, ts } = await requested("13912345678 call the supplier back");
    twilio.faults.push({ status: 400, code: 21215, message: "Account not authorized to call" });
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    const failed = await found(request.id);
    expect(failed.status).toBe("failed");
    expect(failed.callFailure).toContain("Account not authorized");
    expect(JSON.stringify(slack.posts("chat.update").at(-1)?.args.blocks)).toContain(
      "呼叫失败 call failed",
    );
    expect(await actions(request.id)).toContain("long_distance.call_failed");
    await deliver();
    expect(dmsTo("U_LINA").join("\n")).toContain("was approved but not connected");
  });
});

describe("deciding", () => {
  it("denies through a form that needs a reason, and tells the requester why", async () => {
    const { request, ts } = await requested("+44 20 7946 0000 supplier call");
    await click("long_distance_deny", request.id, "U_WANG", ts);
    await h.settle();
    const view = slack.posts("views.open").at(-1)?.args.view as {
      callback_id: string;
      private_metadata: string;
    };
    expect(view.callback_id).toBe("long_distance_deny");
    const submit = async (reason: string) => {
      const res = await slackPost(
        h,
        viewSubmission({
          callbackId: "long_distance_deny",
          userId: "U_WANG",
          privateMetadata: view.private_metadata,
          values: { reason: { value: { type: "plain_text_input", value: reason } } },
        }),
        { now },
      );
      const body = await res.text();
      await h.settle();
      return body ? (JSON.parse(body) as { response_action?: string }) : null;
    };
    expect(await submit("  ")).toMatchObject({ response_action: "errors" });
    expect((await found(request.id)).status).toBe("pending");

    await submit("Email the supplier instead");
    expect(await found(request.id)).toMatchObject({
      status: "denied",
      decidedBy: "U_WANG",
      denyReason: "Email the supplier instead",
    });
    const onPost = slack.posts("chat.update").at(-1);
    expect(onPost?.args).toMatchObject({ channel: APPROVERS, ts });
    expect(JSON.stringify(onPost?.args.blocks)).toContain("<@U_WANG> 已拒绝 denied");
    expect(JSON.stringify(onPost?.args.blocks)).not.toContain("long_distance_approve");
    await deliver();
    const told = dmsTo("U_LINA").join("\n");
    expect(told).toContain("was denied");
    expect(told).toContain("Email the supplier instead");
    expect(twilio.placed).toEqual([]);
    expect(await actions(request.id)).toEqual(["long_distance.request", "long_distance.deny"]);

    // A decided request can't be approved afterwards.
    await click("long_distance_approve", request.id, "U_DAVID", ts);
    await h.settle();
    expect(ephemeralTo("U_DAVID").join("\n")).toContain("Already denied by <@U_WANG>");
    expect(twilio.placed).toEqual([]);
  });

  it("expires a request nobody decided in time, on the post and to the requester", async () => {
    const { request, ts } = await requested("+1 212 736 3100 client call");
    const job = longDistanceJob({ settings: LONG_DISTANCE_DEFAULTS, twilio: null });
    const run = () => job.run({ db: h.db, now, log: createLogger("error"), holder: "test" });
    later(29);
    expect(await run()).toMatchObject({ expired: 0 });
    later(1);
    expect(await run()).toMatchObject({ expired: 1 });
    expect(await run()).toMatchObject({ expired: 0 });
    expect((await found(request.id)).status).toBe("expired");
    await deliver();
    expect(JSON.stringify(slack.posts("chat.update").at(-1)?.args.blocks)).toContain(
      "已过期 expired",
    );
    expect(dmsTo("U_LINA").join("\n")).toContain("has expired");
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    expect(ephemeralTo("U_WANG").join("\n")).toContain("This request has expired");
    expect(twilio.placed).toEqual([]);
    expect(await actions(request.id)).toEqual(["long_distance.request", "long_distance.expire"]);
  });

  it("refuses an approval clicked after the request's time, before the job has expired it", async () => {
    const { request, ts } = await requested("+1 212 736 3100 client call");
    later(31);
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    expect(ephemeralTo("U_WANG").join("\n")).toContain("expired");
    expect((await found(request.id)).status).toBe("expired");
    expect(twilio.placed).toEqual([]);
  });

  it("never lets approvers decide their own request", async () => {
    const { request, ts } = await requested("+1 212 736 3100 my own client", "U_WANG");
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await click("long_distance_deny", request.id, "U_WANG", ts);
    await h.settle();
    expect(ephemeralTo("U_WANG")).toEqual([
      expect.stringContaining("You can't decide your own request"),
      expect.stringContaining("You can't decide your own request"),
    ]);
    expect(slack.posts("views.open")).toEqual([]);
    expect((await found(request.id)).status).toBe("pending");
    expect(twilio.placed).toEqual([]);
    // Another approver may.
    await click("long_distance_approve", request.id, "U_DAVID", ts);
    await h.settle();
    expect(twilio.placed.map((p) => p.to)).toEqual(["+862155550208"]);
  });

  it("answers a click by someone who is not an approver with an ephemeral refusal", async () => {
    const { request, ts } = await requested("+1 212 736 3100 client call");
    await click("long_distance_approve", request.id, "U_ZHANG", ts);
    await click("long_distance_deny", request.id, "U_STRANGER", ts);
    await h.settle();
    expect(ephemeralTo("U_ZHANG")).toEqual([expect.stringContaining("only approvers decide")]);
    expect(ephemeralTo("U_STRANGER")).toEqual([expect.stringContaining("only approvers decide")]);
    expect((await found(request.id)).status).toBe("pending");
    expect(slack.posts("chat.update")).toEqual([]);
    expect(await actions(request.id)).toEqual(["long_distance.request"]);
  });

  it("places one call when two approvers click at once", async () => {
    const { request, ts } = await requested("+1 212 736 3100 client call");
    await Promise.all([
      click("long_distance_approve", request.id, "U_WANG", ts),
      click("long_distance_approve", request.id, "U_DAVID", ts),
      click("long_distance_approve", request.id, "U_WANG", ts),
    ]);
    await h.settle();
    expect(twilio.placed).toHaveLength(1);
    const decided = await found(request.id);
    expect(["U_WANG", "U_DAVID"]).toContain(decided.decidedBy);
    const audited = await actions(request.id);
    expect(audited.filter((a) => a === "long_distance.approve")).toHaveLength(1);
    expect(audited.filter((a) => a === "long_distance.call_placed")).toHaveLength(1);
    const refusals = slack.posts("chat.postEphemeral").map((p) => String(p.args.text));
    expect(refusals).toHaveLength(2);
    for (const r of refusals) expect(r).toContain(`Already approved by <@${decided.decidedBy}>`);
    await deliver();
    expect(dmsTo("U_LINA")).toHaveLength(1);
  });
});

describe("the decision itself", () => {
  it("is one conditional update: of decisions made at once, whatever each read before, one counts", async () => {
    const { request } = await requested("+1 212 736 3100 client call");
    const by = (slackUserId: string, staffKey: string) => ({
      slackUserId,
      staffKey,
      name: staffKey,
    });
    const results = await Promise.all([
      recordDecision(h.db, { id: request.id, approve: true, by: by("U_WANG", "wang_fang"), now }),
      recordDecision(h.db, {
        id: request.id,
        approve: false,
        by: by("U_DAVID", "david_miller"),
        now,
        denyReason: "no",
      }),
      recordDecision(h.db, {
        id: request.id,
        approve: true,
        by: by("U_DAVID", "david_miller"),
        now,
      }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(
      await recordDecision(h.db, {
        id: request.id,
        approve: false,
        by: by("U_WANG", "wang_fang"),
        now,
      }),
    ).toBe(false);
    expect(await h.prisma.notification.count({ where: { kind: "long_distance_outcome" } })).toBe(1);
    // Nor on one's own request, nor after its time, even straight at the store.
    const own = await requested("+44 20 7946 0000 supplier", "U_WANG");
    expect(
      await recordDecision(h.db, {
        id: own.request.id,
        approve: true,
        by: by("U_WANG", "wang_fang"),
        now,
      }),
    ).toBe(false);
    later(31);
    expect(
      await recordDecision(h.db, {
        id: own.request.id,
        approve: true,
        by: by("U_DAVID", "david_miller"),
        now,
      }),
    ).toBe(false);
    expect((await found(own.request.id)).status).toBe("pending");
  });
});

describe("what is refused at request time", () => {
  it.each([
    ["+1 900 555 1234 quiz line", "always blocked"],
    ["+1 876 512 3456 missed call from this number", "always blocked"],
    ["+881 6 1234 5678 ship", "always blocked"],
    ["110 report a theft", "emergency number"],
    ["12345 hello", "not a valid phone number"],
  ])("%s: a clear message, no request, nothing posted", async (text, said) => {
    const answer = await command(`call ${text}`, "U_LINA");
    expect(answer.text).toContain(said);
    expect(await h.prisma.longDistanceRequest.count()).toBe(0);
    expect(await h.prisma.notification.count()).toBe(0);
    await deliver();
    expect(slack.posts()).toEqual([]);
  });

  it("tells a local number needs no approval, and explains the command without a reason", async () => {
    expect((await command("call 021 5555 0100 the caterer", "U_LINA")).text).toContain(
      "needs no approval",
    );
    expect((await command("call +12127363100", "U_LINA")).text).toContain("Usage");
    expect(await h.prisma.longDistanceRequest.count()).toBe(0);
  });
});

describe("numbers and reasons as people type them", () => {
  it("takes full-width digits typed on a Chinese keyboard", async () => {
    const answer = await command("call ０１０－６５５２－９９８８ 核对合同", "U_LINA");
    expect(answer.text).toContain("Sent for approval");
    expect(await h.prisma.longDistanceRequest.findFirstOrThrow()).toMatchObject({
      destination: "+861065529988",
      reason: "核对合同",
    });
  });

  it.each(["+1 212 736 3100 x123 contract", "+12127363100;ext=123 contract"])(
    "refuses %j naming the extension, and asks for nothing",
    async (text) => {
      const answer = await command(`call ${text}`, "U_LINA");
      expect(answer.text).toContain("extension 123 can't be dialled for you");
      expect(await h.prisma.longDistanceRequest.count()).toBe(0);
    },
  );

  it("cuts a reason over the limit and says so in the reply, which shows what was kept", async () => {
    const reason = Array.from({ length: 150 }, (_, i) => `detail${i}`).join(" ");
    const answer = await command(`call +12127363100 ${reason}`, "U_LINA");
    const stored = await h.prisma.longDistanceRequest.findFirstOrThrow();
    expect([...stored.reason].length).toBeLessThanOrEqual(500);
    expect(stored.reason.endsWith("…")).toBe(true);
    expect(answer.text).toContain(stored.reason);
    expect(answer.text).not.toContain(reason);
    expect(answer.text).toContain("the reason was over 500 characters and was cut");
  });
});

describe("staff callbacks", () => {
  /** A caller leaves a message for finance from `from`, which Li Na may call back. */
  async function message(from: string) {
    const call = await callThrough(
      h,
      { says: ["我要开发票", "王先生", "个人", "#1"], staff: ["decline"] },
      from,
    );
    return h.prisma.message.findUniqueOrThrow({ where: { callSid: call.callSid } });
  }

  it("refuses to call back a number that needs approval, pointing to /switchboard call", async () => {
    const m = await message("+8613912345678");
    await click("message_call_back", m.id, "U_LINA", "1800000001.000001");
    await h.settle();
    expect(twilio.placed).toEqual([]);
    const refusal = ephemeralTo("U_LINA").join("\n");
    expect(refusal).toContain("needs approval");
    expect(refusal).toContain("/switchboard call +8613912345678");
  });

  it("calls back a local number at once", async () => {
    const m = await message("+862155551234");
    await click("message_call_back", m.id, "U_LINA", "1800000001.000001");
    await h.settle();
    expect(twilio.placed.map((p) => p.to)).toEqual([LI_NA_DESK]);
    expect(twilio.placed[0]?.twiml).toMatch(/<Number [^>]*>\+862155551234<\/Number>/);
  });
});

describe("private calls and the ledger", () => {
  async function privateCall(text: string, seconds: number) {
    const { request, ts } = await requested(`${text} private`);
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    const placed = twilio.placed.at(-1);
    const child = childSid();
    await legEnds(destinationCallback(placed?.twiml), {
      CallSid: child,
      ParentCallSid: placed?.sid ?? "",
      To: request.destination,
      CallStatus: "completed",
      CallDuration: String(seconds),
    });
    return { id: request.id, child, desk: placed?.sid ?? "" };
  }

  it("takes the deposit at approval, prices the call from Twilio or the tariff, and lets finance settle it", async () => {
    const settings = {
      ...LONG_DISTANCE_DEFAULTS,
      tariff: { currency: "CNY", perMinute: { mobile: 0.3 } },
    };
    const job = longDistanceJob({
      settings,
      twilio: { accountSid: TWILIO_ACCOUNT_SID, authToken: AUTH_TOKEN, apiUrl: twilio.url },
    });
    const run = () => job.run({ db: h.db, now, log: createLogger("error"), holder: "test" });

    const rated = await privateCall("+1 212 736 3100 call my family", 300);
    expect(await found(rated.id)).toMatchObject({
      private: true,
      deposit: "200",
      depositCurrency: "CNY",
      status: "completed",
      cost: null,
    });
    // Twilio has not rated it yet, then it has rated the destination's leg, then the desk's.
    twilio.calls.set(rated.child, { status: "completed", duration: "300", price: null });
    twilio.calls.set(rated.desk, { status: "completed", duration: "320", price: null });
    expect(await run()).toMatchObject({ priced: 0 });
    later(1);
    twilio.calls.set(rated.child, { status: "completed", duration: "300", price: "-0.12000" });
    expect(await run()).toMatchObject({ priced: 0 });
    expect(await found(rated.id)).toMatchObject({ destinationCost: "0.12", cost: null });
    later(4);
    twilio.calls.set(rated.desk, { status: "completed", duration: "320", price: "-0.02000" });
    expect(await run()).toMatchObject({ priced: 1 });
    expect(await found(rated.id)).toMatchObject({
      deskCost: "0.02",
      deskCostCurrency: "USD",
      destinationCost: "0.12",
      destinationCostCurrency: "USD",
      cost: "0.14",
      costCurrency: "USD",
      costSource: "twilio",
    });

    // Twilio never tells this one's price: after its last ask, the tariff prices it.
    const tariffed = await privateCall("13912345678 call my mother", 290);
    twilio.calls.set(tariffed.child, { status: "completed", duration: "290", price: null });
    const start = now.getTime();
    for (const after of PRICE_CHECKS_AFTER_MS) {
      now = new Date(start + after);
      h.setNow(now);
      await run();
      expect((await found(tariffed.id)).cost).toBeNull();
    }
    const asked = twilio.requests.filter(
      (r) => r.method === "GET" && r.path.includes(tariffed.child),
    );
    expect(asked).toHaveLength(PRICE_CHECKS_AFTER_MS.length);
    await run();
    expect(await found(tariffed.id)).toMatchObject({
      cost: "1.5",
      costCurrency: "CNY",
      costSource: "tariff",
    });
    // Each cost's audit entry says what it was worked out from.
    const costOf = async (id: string) =>
      JSON.parse(
        (
          await h.prisma.auditLog.findFirstOrThrow({
            where: { subject: id, action: "long_distance.cost" },
          })
        ).detail,
      );
    expect(await costOf(tariffed.id)).toEqual({
      source: "tariff",
      amount: "1.5",
      currency: "CNY",
      basis: {
        ratedBy: "mobile",
        perMinute: 0.3,
        minutes: 5,
        seconds: 290,
        rounding: "each started minute",
      },
    });
    expect(await costOf(rated.id)).toEqual({
      source: "twilio",
      amount: "0.14",
      currency: "USD",
      basis: {
        legs: [
          { leg: "desk", amount: "0.02", currency: "USD" },
          { leg: "destination", amount: "0.12", currency: "USD" },
        ],
      },
    });
    await deliver();
    expect(JSON.stringify(slack.posts("chat.update").at(-1)?.args.blocks)).toContain(
      "CNY 1.5 (按资费表 by the tariff)",
    );

    expect((await command("ledger", "U_ZHANG")).text).toContain("is for finance");
    const ledger = await command("ledger", "U_CHEN");
    expect(ledger.blocks).toContain("long_distance_settled");
    expect(ledger.blocks).toContain("押金 Deposit CNY 200");
    expect(ledger.blocks).toContain("应退 refund CNY 198.50");
    // Priced in USD against a CNY deposit, with no rate configured: it says so.
    expect(ledger.blocks).toContain("USD 0.14");
    expect(ledger.blocks).toContain("汇率未配置 rate not configured (USD → CNY, LONG_DISTANCE_FX)");

    await click("long_distance_settled", `${tariffed.id}|`, "U_ZHANG", "1");
    await h.settle();
    expect(ephemeralTo("U_ZHANG").join("\n")).toContain("only finance settles");
    await click("long_distance_settled", `${tariffed.id}|`, "U_CHEN", "1");
    await h.settle();
    expect(await found(tariffed.id)).toMatchObject({ settledBy: "U_CHEN", settledByName: "陈静" });
    const refreshed = slack.responses().at(-1)?.args;
    expect(refreshed?.replace_original).toBe(true);
    expect(JSON.stringify(refreshed?.blocks)).not.toContain(tariffed.id);
    expect(JSON.stringify(refreshed?.blocks)).toContain(rated.id);
    await click("long_distance_settled", `${tariffed.id}|`, "U_CHEN", "1");
    await h.settle();
    expect(ephemeralTo("U_CHEN").join("\n")).toContain("Already settled by <@U_CHEN>");
    const settled = await h.prisma.auditLog.findMany({
      where: { subject: tariffed.id, action: "long_distance.settle" },
    });
    expect(settled).toHaveLength(1);
    // In the deposit's own currency: nothing converted, the refund the deposit less the cost.
    expect(JSON.parse(settled[0]?.detail ?? "{}")).toEqual({
      deposit: "200",
      depositCurrency: "CNY",
      cost: "1.5",
      costCurrency: "CNY",
      costSource: "tariff",
      refund: "198.50",
      refundCurrency: "CNY",
      conversion: null,
    });

    const month = await command("ledger 2026-11", "U_CHEN");
    expect(month.blocks).toContain("<@U_CHEN> 已结算 settled");

    const csv = await admin(h, "/api/long-distance/export?from=2026-11-01&to=2026-12-01");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const file = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    const lines = file.split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFFid,source,requester,requesterName,/);
    expect(lines.filter(Boolean)).toHaveLength(3);
    expect(lines.join("\n")).toContain("call my mother");
    expect(lines.join("\n")).toContain(",1.5,CNY,tariff,U_CHEN,陈静,");

    const awaiting = await admin(h, "/api/long-distance?settlement=awaiting");
    expect(((await awaiting.json()) as { total: number }).total).toBe(1);
    const bad = await admin(h, "/api/long-distance?status=lost");
    expect(bad.status).toBe(400);
    const unauthorised = await admin(h, "/api/long-distance", `${ADMIN_TOKEN}x`);
    expect(unauthorised.status).toBe(401);
  });
});

describe("a private call priced in another currency than its deposit's", () => {
  const FX = { fx: { USD: 7.1 }, fxDate: "2026-11-30" };

  /** A private call to New York approved and ended on LONG_DISTANCE_FX, each leg's price as Twilio reports it. */
  async function pricedCall(desk: [price: string, unit: string], destination: [string, string]) {
    await h.close();
    h = await createHarness({ slackApiUrl: slack.url, twilioApiUrl: twilio.url, longDistance: FX });
    await giveSlackIds(h, [
      ["li_na", "U_LINA", "staff"],
      ["wang_fang", "U_WANG", "approver"],
      ["chen_jing", "U_CHEN", "finance"],
    ]);
    const { request, ts } = await requested("+1 212 736 3100 call my family private");
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    const placed = twilio.placed.at(-1);
    await legEnds(destinationCallback(placed?.twiml), {
      CallSid: childSid(),
      ParentCallSid: placed?.sid ?? "",
      To: request.destination,
      CallStatus: "completed",
      CallDuration: "300",
      Price: destination[0],
      PriceUnit: destination[1],
    });
    await legEnds(placed?.statusCallback ?? "", {
      CallSid: placed?.sid ?? "",
      To: LI_NA_DESK,
      CallStatus: "completed",
      CallDuration: "320",
      Price: desk[0],
      PriceUnit: desk[1],
    });
    return request;
  }

  it("is refunded at the LONG_DISTANCE_FX rate, both legs converted, to the cent", async () => {
    const request = await pricedCall(["-0.02000", "USD"], ["-0.12000", "USD"]);
    expect(await found(request.id)).toMatchObject({
      cost: "0.14",
      costCurrency: "USD",
      deposit: "200",
      depositCurrency: "CNY",
    });
    const ledger = await command("ledger", "U_CHEN");
    expect(ledger.blocks).toContain("应退 refund CNY 199.01 (USD 0.14 × 7.1 = CNY 0.99)");
    expect(ledger.blocks).not.toContain("rate not configured");

    // Settled: the audit keeps the rate, where it came from and its day, so finance can redo it.
    await click("long_distance_settled", `${request.id}|`, "U_CHEN", "1");
    await h.settle();
    expect(await found(request.id)).toMatchObject({ settledBy: "U_CHEN" });
    const entry = await h.prisma.auditLog.findFirstOrThrow({
      where: { subject: request.id, action: "long_distance.settle" },
    });
    expect(JSON.parse(entry.detail)).toEqual({
      deposit: "200",
      depositCurrency: "CNY",
      cost: "0.14",
      costCurrency: "USD",
      costSource: "twilio",
      refund: "199.01",
      refundCurrency: "CNY",
      conversion: {
        from: { amount: "0.14", currency: "USD" },
        rate: 7.1,
        to: { amount: "0.99", currency: "CNY" },
        rateSource: "LONG_DISTANCE_FX",
        rateDate: "2026-11-30",
        rounding: "the converted cost to the cent",
      },
    });
  });

  it("records the rates a cost in two currencies was added up at", async () => {
    const request = await pricedCall(["-0.50", "CNY"], ["-0.12000", "USD"]);
    // Two currencies: the job, which has the rates, adds them up in the deposit's.
    await longDistanceJob({
      settings: { ...LONG_DISTANCE_DEFAULTS, ...FX },
      twilio: null,
    }).run({ db: h.db, now, log: createLogger("error"), holder: "test" });
    expect(await found(request.id)).toMatchObject({ cost: "1.352", costCurrency: "CNY" });
    const entry = await h.prisma.auditLog.findFirstOrThrow({
      where: { subject: request.id, action: "long_distance.cost" },
    });
    expect(JSON.parse(entry.detail)).toEqual({
      source: "twilio",
      amount: "1.352",
      currency: "CNY",
      basis: {
        legs: [
          { leg: "desk", amount: "0.5", currency: "CNY" },
          { leg: "destination", amount: "0.12", currency: "USD" },
        ],
        rates: { USD: 7.1 },
        rateSource: "LONG_DISTANCE_FX",
        rateDate: "2026-11-30",
      },
    });
  });
});

describe("the shift handover", () => {
  it("counts the requests still waiting for a decision", async () => {
    await requested("+1 212 736 3100 client call");
    const { request, ts } = await requested("+44 20 7946 0000 supplier call");
    await click("long_distance_approve", request.id, "U_WANG", ts);
    await h.settle();
    const range = {
      from: new Date(now.getTime() - 3_600_000),
      to: new Date(now.getTime() + 60_000),
    };
    expect((await shiftSummary(h.db, range, NO_SHIFT_CALLS)).pendingLongDistance).toBe(1);
  });
});
